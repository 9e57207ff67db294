// Exports: Backstrong's CSV (one row per set, re-importable losslessly) and the plan as iCalendar.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

@Suite("Export")
struct ExportTests {
    static func example() throws -> Journal {
        let url = try #require(BackstrongResources.exampleJournalURL)
        return try Journal.read(from: Data(contentsOf: url))
    }

    @Test("writes one row per set with ISO dates and kg and lb columns")
    func csvRows() throws {
        // given a journal with one session of two sets
        var journal = bareJournal
        journal.sessions = [
            Session(
                date: SessionTime(parsing: "2026-11-20T07:30")!,
                exercises: [
                    ExerciseLog(
                        exerciseId: "deadlift",
                        sets: [LoggedSet(weightKg: 100, reps: 5), LoggedSet(weightKg: 60, reps: 8, kind: .warmup)])
                ])
        ]
        // when
        let csv = BackstrongCSV.export(journal)
        // then
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[0] == BackstrongCSV.columns.joined(separator: ","))
        let row = lines[1].components(separatedBy: ",")
        let column = { (name: String) in row[BackstrongCSV.columns.firstIndex(of: name)!] }
        #expect(column("date") == "2026-11-20T07:30")
        #expect(column("weight_kg") == "100")
        #expect(column("weight_lb") == "220.46")
        #expect(column("exercise_name") == "Deadlift (barbell)")
        #expect(lines[2].contains(",warmup,"))
    }

    @Test("re-imports the example journal's CSV to the same CSV and the same sessions")
    func exampleRoundTrip() throws {
        // given the bundled example journal
        let journal = try Self.example()
        // when it is exported, imported into a journal with the same profile, and exported again
        let csv = BackstrongCSV.export(journal)
        let (imported, summary) = try importText(csv, into: Journal(profile: journal.profile))
        // then
        #expect(summary.format == .backstrong)
        #expect(summary.skippedRows.isEmpty)
        #expect(imported.sessions == journal.sessions)
        #expect(BackstrongCSV.export(imported) == csv)
    }

    @Test("re-imports a very small distance, which the CSV writes with an exponent")
    func exponentRoundTrip() throws {
        // given a rowing set of 0.0000377 km (a few centimetres, as a watch may record) and a long hold
        var journal = bareJournal
        journal.sessions = [
            Session(
                date: SessionTime(parsing: "2023-05-17T07:30")!,
                exercises: [
                    ExerciseLog(
                        exerciseId: "row-erg",
                        sets: [LoggedSet(weightKg: nil, seconds: 309, distanceKm: 3.774304010994989e-05)])
                ])
        ]
        // when it is exported and imported again
        let csv = BackstrongCSV.export(journal)
        #expect(csv.contains("3.774304010994989e-05"))
        let (imported, summary) = try importText(csv, into: Journal(profile: journal.profile))
        // then the set is kept with the same distance, not skipped as "not a number"
        #expect(summary.skippedRows.isEmpty)
        #expect(imported.sessions == journal.sessions)
    }

    @Test("writes the plan as iCalendar: CRLF, folded lines, one event per session with its exercises")
    func calendar() throws {
        // given the example journal's plan for two weeks and a fixed `now`
        let journal = try Self.example()
        let start = journal.sessions.last!.day.adding(days: 2)
        let plan = try ProgrammeGenerator.plan(journal, start: start, weeks: 2)
        let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T11:06:40Z
        // when
        let ics = CalendarExport.ics(plan, now: now)
        // then every line ends in CRLF and none is over 75 octets
        #expect(ics.hasSuffix("\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
        // and one event per planned session, each with a unique UID, the DTSTAMP of `now` and its exercises
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        let events = unfolded.components(separatedBy: "BEGIN:VEVENT").dropFirst()
        #expect(events.count == plan.sessions.count)
        #expect(!plan.sessions.isEmpty)
        let uids = events.compactMap { $0.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") } }
        #expect(Set(uids).count == plan.sessions.count)
        #expect(events.allSatisfy { $0.contains("DTSTAMP:20261118T110640Z\r\n") })
        for (event, session) in zip(events, plan.sessions) {
            #expect(event.contains("DTSTART;VALUE=DATE:\(session.date.iso.replacingOccurrences(of: "-", with: ""))"))
            for p in session.exercises { #expect(event.contains(CalendarExport.escape(p.name))) }
        }
    }

    @Test("folds long lines without splitting a UTF-8 character")
    func folding() {
        // given a line of 100 two-octet characters
        let line = "DESCRIPTION:" + String(repeating: "é", count: 100)
        // when
        let folded = CalendarExport.fold(line)
        // then each physical line is at most 75 octets, valid UTF-8, and unfolding gives the line back
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test("escapes commas, semicolons, backslashes and line breaks in text")
    func escaping() {
        #expect(CalendarExport.escape("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne")
    }
}
