// The small readers under every dialect: CSV records, dates, durations, names and pain notes.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

@Suite("Import parsing")
struct ParsingTests {
    func records(_ bytes: [UInt8]) throws -> [CSVRecord] {
        var out: [CSVRecord] = []
        try CSVTokenizer.forEachRecord(in: Data(bytes)) { out.append($0) }
        return out
    }

    @Test("strips a byte-order mark and reads CRLF lines")
    func bomAndCRLF() throws {
        // given UTF-8 with a BOM and CRLF line ends
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,2\r\n".utf8)
        // when
        let r = try records(bytes)
        // then
        #expect(r.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(r.map(\.line) == [1, 2])
    }

    @Test("reads quoted fields with delimiters, doubled quotes and line breaks, and counts lines")
    func quotedFields() throws {
        // given
        let text = "a;b\n\"x;y\";\"say \"\"hi\"\"\nthere\"\n\"z\";\"\"\n"
        // when
        let r = try records(Array(text.utf8))
        // then
        #expect(r.map(\.fields) == [["a", "b"], ["x;y", "say \"hi\"\nthere"], ["z", ""]])
        #expect(r.map(\.line) == [1, 2, 4])
    }

    @Test("names the line of a quoted field that is never closed")
    func unclosedQuote() throws {
        // given
        let text = "a,b\n1,2\n3,\"open\n"
        // then
        let error = #expect(throws: CSVSyntaxError.self) { try records(Array(text.utf8)) }
        #expect(error?.line == 3)
    }

    @Test("rejects text that is not UTF-8, naming the line")
    func notUTF8() throws {
        let error = #expect(throws: CSVSyntaxError.self) { try records(Array("a,b\n".utf8) + [0xFF, 0x2C, 0x31]) }
        #expect(error?.line == 2)
    }

    @Test(
        "reads the durations the apps write",
        arguments: [
            ("1h 6m", 3960.0), ("38min", 2280), ("45s", 45), ("3600", 3600), ("0:09:21", 561), ("2m 30s", 150),
            ("1h", 3600), ("9:21", 561),
        ])
    func durations(text: String, seconds: Double) {
        #expect(ImportParsing.duration(text) == seconds)
    }

    @Test(
        "reads the dates the apps and spreadsheets write",
        arguments: [
            ("2024-03-01 18:05:00", "2024-03-01T18:05"), ("2024-03-01", "2024-03-01"),
            ("9/12/2022 18:35", "2022-09-12T18:35"),
            ("13/12/2022 18:35", "2022-12-13T18:35"), ("8 Apr 2026, 16:50", "2026-04-08T16:50"),
            ("Apr 8, 2026, 4:50 PM", "2026-04-08T16:50"), ("2024-03-01 18:05:33", "2024-03-01T18:05:33"),
            ("01.03.2024 18:05", "2024-03-01T18:05"), ("2024-03-01T18:05:00Z", "2024-03-01T18:05"),
            ("2024-03-01T18:05:00.000Z", "2024-03-01T18:05"), ("2024-03-01T18:05:00+01:00", "2024-03-01T18:05"),
            ("2024-03-01 18:05:00 -0500", "2024-03-01T18:05"), ("14 déc. 2026, 10:00", "2026-12-14T10:00"),
            ("13. Apr. 2026 18:05", "2026-04-13T18:05"), ("3 Mär 2026", "2026-03-03"),
            ("14 abr 2026, 09:30", "2026-04-14T09:30"), ("1 juil. 2026, 07:00", "2026-07-01T07:00"),
        ])
    func dates(text: String, journalText: String) {
        #expect(ImportParsing.date(text)?.text == journalText)
    }

    @Test("reads slash dates day first for the whole file once one day is over 12")
    func slashDateOrder() {
        #expect(DateOrder.decided(by: ["1/2/2022 10:00", "25/2/2022 10:00"]).order == .dmy)
        #expect(DateOrder.decided(by: ["1/2/2022 10:00", "2/25/2022 10:00"]).order == .mdy)
        #expect(DateOrder.decided(by: ["1/2/2022 10:00", "3/3/2022 10:00"]) == (nil, "1/2/2022 10:00"))
        #expect(ImportParsing.date("1/2/2022", slashDayFirst: true)?.text == "2022-02-01")
    }

    @Test(
        "flags notes that mention pain or the back",
        arguments: [
            "lower back felt weird", "back tweak", "shoulder pain", "Sciatica flared, stopped early", "low back ached",
            "knee hurts a bit", "back felt tight today", "tweaked something in my spine",
        ])
    func painNotes(text: String) {
        #expect(PainNotes.mentionsPain(text))
    }

    @Test(
        "does not flag notes without pain",
        arguments: [
            "back squat felt easy", "no pain today", "great session 💪", "came back after holiday", "pain-free",
            "Slow negatives", "",
        ])
    func notPainNotes(text: String) {
        #expect(!PainNotes.mentionsPain(text))
    }

    @Test("maps at least 100 app names, each to a catalog exercise")
    func nameTable() {
        #expect(ExerciseNames.table.count >= 100)
        for (name, id) in ExerciseNames.table {
            #expect(ExerciseCatalog.standard.exercise(id) != nil, "\(name) → \(id)")
        }
    }

    @Test(
        "maps the names the issue names, ignoring case, hyphens and spacing",
        arguments: [
            ("Deadlift (Barbell)", "deadlift"), ("Lat Pulldown (Cable)", "lat-pulldown"),
            ("Back Extension", "back-extension"),
            ("push-up", "push-up"), ("  PUSH   UP ", "push-up"), ("Farmer's Walk", nil),
        ] as [(String, String?)])
    func names(name: String, id: String?) {
        #expect(ExerciseNames.catalogId(for: name) == id)
    }

    @Test("gives custom exercises kebab-case ids from their names")
    func slugs() {
        #expect(ExerciseNames.slug("Bicep Curl (Barbell)") == "bicep-curl-barbell")
        #expect(ExerciseNames.slug("Überzug 💪") == "uberzug")
        #expect(ExerciseNames.slug("💪").hasPrefix("exercise-"))
    }
}
