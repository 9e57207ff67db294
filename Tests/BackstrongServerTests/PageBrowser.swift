// A tiny browser for page tests: keeps cookies between requests (session and CSRF), sends forms with the hidden
// `_csrf` field read from the last page, and signs in through the sign-in page as a person would.
import BackstrongCore
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

/// One page as the browser received it.
struct PageReply {
    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var body: String

    var location: String? { headers.first(name: .location) }

    /// How many times `text` occurs in the page.
    func count(_ text: String) -> Int { body.components(separatedBy: text).count - 1 }
}

final class PageBrowser: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    /// The hidden `_csrf` field of the last page that had one.
    private(set) var csrfField: String?

    init(_ app: Application) { self.app = app }

    func get(_ path: String) async throws -> PageReply {
        try await send(.GET, path, body: nil)
    }

    /// Posts a form; the `_csrf` field from the last page is added unless `csrf: false`.
    func post(_ path: String, _ fields: [(String, String)], csrf: Bool = true) async throws -> PageReply {
        var all = fields
        if csrf { all.append(("_csrf", csrfField ?? cookies[CSRF.cookieName] ?? "")) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, body: body)
    }

    /// Signs in through the page: GET /signin for the CSRF cookie and field, then POST the form.
    func signIn(email: String = "person@example.com", password: String = "correct horse") async throws {
        let page = try await get("/signin")
        #expect(page.status == .ok)
        #expect(cookies[CSRF.cookieName] != nil)
        #expect(csrfField == cookies[CSRF.cookieName])
        let res = try await post("/signin", [("email", email), ("password", password)])
        #expect(res.status == .seeOther)
        #expect(cookies[WebSession.cookieName] != nil)
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String?) async throws -> PageReply {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if body != nil { headers.contentType = .urlEncodedForm }
        let res = try await app.testing().sendRequest(
            method, path, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for line in res.headers[.setCookie] {
            let pair = line.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0]).trimmingCharacters(in: .whitespaces)
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || line.contains("1970") { cookies[name] = nil } else { cookies[name] = value }
        }
        let text = String(decoding: Data(buffer: res.body), as: UTF8.self)
        if let r = text.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) {
            let match = String(text[r])
            csrfField = String(match.dropFirst(#"name="_csrf" value=""#.count).dropLast())
        }
        return PageReply(status: res.status, headers: res.headers, body: text)
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}

/// Page-test set-up: an account whose journal is `example` (a file in examples/), signed in through the pages.
func signedInBrowser(_ app: Application, email: String = "person@example.com", example: String? = "six-weeks.json")
    async throws -> (browser: PageBrowser, token: String)
{
    let token = try await apiToken(app, email: email)
    if let example {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("examples/\(example)"))
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        headers.contentType = .json
        let res = try await app.testing().sendRequest(
            .PUT, "api/v1/journal", headers: headers, body: ByteBuffer(data: data))
        #expect(res.status == .ok)
    }
    let browser = PageBrowser(app)
    try await browser.signIn(email: email)
    return (browser, token)
}

/// The ids of a user's logged sets, read through the API.
func setIDs(_ app: Application, token: String) async throws -> [UUID] {
    var headers = HTTPHeaders()
    headers.bearerAuthorization = BearerAuthorization(token: token)
    let res = try await app.testing().sendRequest(.GET, "api/v1/sessions", headers: headers)
    #expect(res.status == .ok)
    let sessions = try JSONDecoder().decode([SessionResponse].self, from: Data(buffer: res.body))
    return sessions.flatMap { $0.sets.map(\.id) }
}
