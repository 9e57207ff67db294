// The "Bring your history" page: upload a Strong export, see the summary and the possible past flare-ups,
// confirm, and the workouts are in the journal; a file that is not an export shows the reason and imports nothing.
import BackstrongCore
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("import page")
struct ImportPageTests {
    /// Posts files as multipart/form-data with the browser's cookies and CSRF field.
    static func upload(_ browser: PageBrowser, files: [(String, Data)], unit: String = "kg") async throws -> PageReply {
        let boundary = "----backstrong-test-boundary"
        var body = Data()
        func field(_ name: String, _ value: String) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        field("_csrf", browser.csrfField ?? "")
        field("unit", unit)
        for (name, data) in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n".utf8))
            body.append(data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .cookie, value: browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let res = try await browser.app.testing().sendRequest(.POST, "/import", headers: headers, body: ByteBuffer(data: body))
        return PageReply(status: res.status, headers: res.headers, body: String(decoding: Data(buffer: res.body), as: UTF8.self))
    }

    @Test("a Strong export shows its summary and pain notes, and imports on confirmation", arguments: TestStore.all)
    func importStrong(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            #expect(try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.sixWeeks).status == .ok)
            let browser = PageBrowser(app)
            try await browser.signIn()
            let page = try await browser.get("/import")
            #expect(page.status == .ok)
            #expect(page.body.contains("Bring your history"))
            let file = try Data(contentsOf: repositoryRoot.appendingPathComponent("Tests/BackstrongImportTests/Fixtures/strong-12-column.csv"))

            // when
            let preview = try await Self.upload(browser, files: [("strong.csv", file)])

            // then
            #expect(preview.status == .ok)
            #expect(preview.body.contains("Check your import"))
            #expect(preview.body.contains("lower back felt weird"))
            #expect(preview.body.contains("Bicep Curl (Barbell)"))
            let sessionsBefore = try await app.api(.GET, "api/v1/sessions", token: token)
            let countBefore = (try JSONSerialization.jsonObject(with: sessionsBefore.data) as? [Any])?.count ?? -1
            guard let r = preview.body.range(of: #"/import/[0-9A-Fa-f-]+/confirm"#, options: .regularExpression) else {
                Issue.record("no confirm form")
                return
            }

            // when
            let confirmed = try await browser.post(String(preview.body[r]), [])

            // then
            #expect(confirmed.status == .seeOther)
            let sessionsAfter = try await app.api(.GET, "api/v1/sessions", token: token)
            #expect(((try JSONSerialization.jsonObject(with: sessionsAfter.data) as? [Any])?.count ?? -1) == countBefore + 2)
        }
    }

    @Test("a file that is not an export shows why, and nothing is imported", arguments: TestStore.all)
    func notAnExport(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            #expect(try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.sixWeeks).status == .ok)
            let browser = PageBrowser(app)
            try await browser.signIn()
            _ = try await browser.get("/import")
            let journalBefore = try await app.api(.GET, "api/v1/journal", token: token).data

            // when
            let reply = try await Self.upload(browser, files: [("shopping.csv", Data("milk,eggs\n1,2\n".utf8))])

            // then
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.body.contains("shopping.csv"))
            #expect(reply.body.contains("not an export"))
            #expect(try await app.api(.GET, "api/v1/journal", token: token).data == journalBefore)
        }
    }
}
