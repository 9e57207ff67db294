// A small browser for page tests: it keeps cookies, sends the CSRF cookie's token with every form, posts
// URL-encoded forms and follows redirects, so a test walks the pages as a person would.
import BackstrongCore
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

/// One response as a browser sees it.
struct TestPage {
    var status: HTTPStatus
    var html: String
    var location: String?
    /// The path this page was requested at.
    var path: String

    func contains(_ text: String) -> Bool { html.contains(text) }

    /// The first capture of a regular expression in the HTML.
    func first(_ pattern: String) -> String? {
        guard let re = try? NSRegularExpression(pattern: pattern),
            let m = re.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)), m.numberOfRanges > 1,
            let r = Range(m.range(at: 1), in: html)
        else { return nil }
        return String(html[r])
    }
}

/// A cookie-keeping client for the pages of one test app.
final class TestBrowser: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]

    init(_ app: Application) { self.app = app }

    func request(_ method: HTTPMethod, _ path: String, form: [(String, String)]? = nil) async throws -> TestPage {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        var body = ByteBuffer()
        if let form {
            headers.contentType = .urlEncodedForm
            let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
            func enc(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s }
            body = ByteBuffer(string: form.map { "\(enc($0.0))=\(enc($0.1))" }.joined(separator: "&"))
        }
        let response = try await app.testing().performTest(
            request: TestingHTTPRequest(method: method, url: URI(string: path), headers: headers, body: body))
        for line in response.headers[.setCookie] {
            let pair = line.split(separator: ";", maxSplits: 1)[0]
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).trimmingCharacters(in: .whitespaces)
            let value = parts.count > 1 ? String(parts[1]) : ""
            if value.isEmpty { cookies[name] = nil } else { cookies[name] = value }
        }
        return TestPage(status: response.status, html: String(buffer: response.body),
                        location: response.headers.first(name: .location), path: path)
    }

    func get(_ path: String) async throws -> TestPage { try await request(.GET, path) }

    /// Posts a form with the CSRF token (the cookie's, as the page's hidden field carries it), without following.
    func post(_ path: String, _ fields: [(String, String)]) async throws -> TestPage {
        if cookies[CSRF.cookieName] == nil { _ = try await get("/signin") }
        return try await request(.POST, path, form: [(CSRF.fieldName, cookies[CSRF.cookieName] ?? "")] + fields)
    }

    /// Follows redirects with GET until a page answers.
    func follow(_ page: TestPage) async throws -> TestPage {
        var current = page
        var hops = 0
        while [.seeOther, .found, .movedPermanently, .temporaryRedirect].contains(current.status), let location = current.location,
            hops < 10
        {
            let path = String(location.split(separator: "#", maxSplits: 1)[0])
            current = try await get(path)
            hops += 1
        }
        return current
    }

    func postAndFollow(_ path: String, _ fields: [(String, String)]) async throws -> TestPage {
        try await follow(try await post(path, fields))
    }

    /// Signs up through the page (reading the CSRF field from the form) and returns the page it lands on.
    func signUp(email: String, password: String = "correct horse battery") async throws -> TestPage {
        let form = try await get("/signup")
        let field = form.first(#"name="_csrf" value="([^"]+)""#)
        #expect(field != nil && field == cookies[CSRF.cookieName], "the sign-up form carries the CSRF cookie's token")
        return try await postAndFollow("/signup", [("email", email), ("password", password)])
    }
}

/// Every screening question answered no, except those listed.
func screeningAnswers(yes: Set<ScreeningQuestion> = []) -> [(String, String)] {
    ScreeningQuestion.allCases.map { ($0.rawValue, yes.contains($0) ? "yes" : "no") }
}

/// A typical profile form.
func profileFields(age: String = "40", bodyweight: String = "75", units: String = "kg", days: String = "3",
                   equipment: [String] = ["dumbbells", "bench"], conditions: [String] = []) -> [(String, String)] {
    [("units", units), ("age", age), ("bodyweight", bodyweight), ("sex", ""), ("experience", "novice"), ("daysPerWeek", days)]
        + equipment.map { ("equipment", $0) } + conditions.map { ("conditions", $0) }
}

/// Readiness results that pass every foundation test.
let passingTests: [(String, String)] = [
    ("squats", "25"), ("lungesPerSide", "12"), ("pushUps", "20"), ("plankSeconds", "90"), ("sidePlankLeftSeconds", "60"),
    ("sidePlankRightSeconds", "60"), ("backExtensionHoldSeconds", "90"), ("trunkFlexorHoldSeconds", ""), ("painDuringTests", "1"),
]

/// Signs up and goes through onboarding on the clear path; returns the result page.
func onboard(_ b: TestBrowser, email: String, tests: [(String, String)] = passingTests) async throws -> TestPage {
    _ = try await b.signUp(email: email)
    _ = try await b.postAndFollow("/onboarding/screening", screeningAnswers())
    let testsPage = try await b.postAndFollow("/onboarding/profile", profileFields())
    #expect(testsPage.path == "/onboarding/tests")
    return try await b.postAndFollow("/onboarding/tests", tests)
}

/// Text as Leaf escapes it in HTML.
func htmlEscaped(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}
