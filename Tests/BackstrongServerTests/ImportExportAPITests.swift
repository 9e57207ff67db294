// Bringing history in and out over the API: a Strong export imports with its summary, a second import of the
// same file adds nothing, an unreadable file changes nothing, and the CSV export re-imports without doubling.
import BackstrongCore
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("import and export API")
struct ImportExportAPITests {
    static var strongFile: Data {
        get throws {
            try Data(contentsOf: repositoryRoot.appendingPathComponent("Tests/BackstrongImportTests/Fixtures/strong-12-column.csv"))
        }
    }

    @Test("a Strong export imports once, with its summary and pain notes; the same file again adds nothing", arguments: TestStore.all)
    func importTwice(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            #expect(try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.sixWeeks).status == .ok)
            let before = try await app.api(.GET, "api/v1/sessions", token: token)
            let sessionsBefore = (try JSONSerialization.jsonObject(with: before.data) as? [Any])?.count ?? -1

            // when
            let first = try await app.api(.POST, "api/v1/imports?filename=strong.csv&unit=kg", token: token, data: try Self.strongFile,
                                          headers: [("Content-Type", "text/csv")])
            let second = try await app.api(.POST, "api/v1/imports?filename=strong.csv&unit=kg", token: token, data: try Self.strongFile,
                                           headers: [("Content-Type", "text/csv")])

            // then
            #expect(first.status == .ok)
            #expect(first.object["format"] as? String == "strong")
            #expect((first.object["added"] as? Int ?? 0) > 0)
            #expect((first.object["painNotes"] as? [Any])?.isEmpty == false)
            #expect(second.object["added"] as? Int == 0)
            let after = try await app.api(.GET, "api/v1/sessions", token: token)
            let sessionsAfter = (try JSONSerialization.jsonObject(with: after.data) as? [Any])?.count ?? -1
            #expect(sessionsAfter == sessionsBefore + (first.object["added"] as? Int ?? 0))
        }
    }

    @Test("an unreadable file is a 422 naming it, and the journal does not change", arguments: TestStore.all)
    func unreadable(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            #expect(try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.sixWeeks).status == .ok)
            let journalBefore = try await app.api(.GET, "api/v1/journal", token: token).data

            // when
            let reply = try await app.api(.POST, "api/v1/imports?filename=notes.csv", token: token, body: "just,some,text\n1,2,3\n",
                                          headers: [("Content-Type", "text/csv")])

            // then
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.error?.message.contains("notes.csv") == true)
            #expect(try await app.api(.GET, "api/v1/journal", token: token).data == journalBefore)
        }
    }

    @Test("the CSV export re-imports without adding anything; ics and json exports download", arguments: TestStore.all)
    func exportRoundTrip(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            #expect(try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.sixWeeks).status == .ok)

            // when
            let csv = try await app.api(.GET, "api/v1/export?format=csv", token: token)
            let again = try await app.api(.POST, "api/v1/imports?filename=backstrong.csv", token: token, data: csv.data,
                                          headers: [("Content-Type", "text/csv")])
            let ics = try await app.api(.GET, "api/v1/export?format=ics&today=2026-11-23", token: token)

            // then
            #expect(csv.status == .ok)
            #expect(csv.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            #expect(again.status == .ok)
            #expect(again.object["added"] as? Int == 0)
            let calendar = String(decoding: ics.data, as: UTF8.self)
            #expect(calendar.hasPrefix("BEGIN:VCALENDAR"))
            #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count > 1)
        }
    }
}
