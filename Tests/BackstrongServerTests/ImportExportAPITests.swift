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

    @Test("a corrected export updates the stored workout whose sets changed, without adding one", arguments: TestStore.all)
    func correctedExportUpdates(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given: the Strong export imported once
            let token = try await apiToken(app)
            #expect(try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.sixWeeks).status == .ok)
            let headers = [("Content-Type", "text/csv")]
            let first = try await app.api(.POST, "api/v1/imports?filename=strong.csv&unit=kg", token: token, data: try Self.strongFile,
                                          headers: headers)
            #expect(first.status == .ok)
            let count = { (try JSONSerialization.jsonObject(with: try await app.api(.GET, "api/v1/sessions", token: token).data) as? [Any])?.count ?? -1 }
            let sessionsBefore = try await count()
            // the same export after the curl's second set was corrected in the app from 7 to 9 reps
            let corrected = Data(String(decoding: try Self.strongFile, as: UTF8.self)
                .replacingOccurrences(of: "Bicep Curl (Barbell),F,45,7,", with: "Bicep Curl (Barbell),F,45,9,").utf8)

            // when: a dry run, then the import
            let dry = try await app.api(.POST, "api/v1/imports?filename=strong.csv&unit=kg&dryRun=true", token: token, data: corrected,
                                        headers: headers)
            let afterDry = try await app.api(.GET, "api/v1/journal", token: token)
            let second = try await app.api(.POST, "api/v1/imports?filename=strong.csv&unit=kg", token: token, data: corrected,
                                           headers: headers)

            // then
            #expect(dry.object["updated"] as? Int == 1)
            #expect(!String(decoding: afterDry.data, as: UTF8.self).contains("\"reps\" : 9"))
            #expect(second.object["updated"] as? Int == 1)
            #expect(second.object["added"] as? Int == 0)
            #expect(try await count() == sessionsBefore)
            let journal = try Journal.read(from: try await app.api(.GET, "api/v1/journal", token: token).data)
            let curlReps = journal.sessions.flatMap(\.exercises).filter { $0.exerciseId.contains("curl") }.flatMap(\.sets).compactMap(\.reps)
            #expect(curlReps.contains(9) && !curlReps.contains(7), "\(curlReps)")
        }
    }

    @Test("slash dates the file cannot decide are read month first with a warning, or day first with dateOrder=dmy", arguments: TestStore.all)
    func dateOrder(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given: a Strong export re-saved by a UK spreadsheet, every day up to 12
            let token = try await apiToken(app)
            #expect(try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.sixWeeks).status == .ok)
            let header = "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration"
            let csv = Data(([header] + ["3/4/2024 18:05", "5/6/2024 07:00"].map { "\($0);A;Squat (Barbell);1;80;kg;5;;;;;;;45m" })
                .joined(separator: "\n").utf8)
            let headers = [("Content-Type", "text/csv")]

            // when
            let assumed = try await app.api(.POST, "api/v1/imports?filename=s.csv&dryRun=true", token: token, data: csv, headers: headers)
            let dayFirst = try await app.api(.POST, "api/v1/imports?filename=s.csv&dateOrder=dmy", token: token, data: csv, headers: headers)
            let bad = try await app.api(.POST, "api/v1/imports?filename=s.csv&dateOrder=ymd", token: token, data: csv, headers: headers)

            // then
            let warnings = assumed.object["warnings"] as? [String] ?? []
            #expect(warnings.contains { $0.contains("month first") && $0.contains("dateOrder=dmy") }, "\(warnings)")
            #expect(dayFirst.status == .ok)
            #expect((dayFirst.object["warnings"] as? [String] ?? ["?"]).isEmpty)
            let journal = try Journal.read(from: try await app.api(.GET, "api/v1/journal", token: token).data)
            #expect(journal.sessions.contains { $0.day.iso == "2024-04-03" } && journal.sessions.contains { $0.day.iso == "2024-06-05" })
            #expect(bad.status.code >= 400 && bad.status.code < 500)
            #expect(bad.object["field"] as? String == "dateOrder")
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
