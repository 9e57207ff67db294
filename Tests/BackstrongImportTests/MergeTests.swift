// Merging into a journal: nothing lost, nothing doubled, oldest first, and always a journal that reads back.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

@Suite("Merge into a journal")
struct MergeTests {
    static let fixtures: [(String, Units?)] = [
        ("strong-12-column", .lb), ("strong-weight-unit", nil), ("strong-units-in-header", nil), ("hevy-kg", nil),
        ("hevy-lbs", nil), ("fitnotes-new", nil), ("fitnotes-old", nil),
    ]

    @Test("importing the same file twice adds nothing", arguments: fixtures)
    func importTwice(name: String, unit: Units?) throws {
        // given a journal with the file imported once
        let first = try Fixture.read(name, unit: unit)
        let (once, s1) = JournalMerge.merge([first], into: bareJournal)
        // when it is imported again
        let again = try Fixture.read(name, unit: unit, custom: once.customExercises)
        let (twice, s2) = JournalMerge.merge([again], into: once)
        // then the journal is unchanged and the summary says so
        #expect(twice == once)
        #expect(s1[0].added == first.sessions.count)
        #expect(s2[0].added == 0)
        #expect(s2[0].alreadyInJournal == first.sessions.count)
    }

    @Test("every fixture gives a journal that reads back, with each set kept", arguments: fixtures)
    func readsBack(name: String, unit: Units?) throws {
        // given
        let file = try Fixture.read(name, unit: unit)
        // when
        let (journal, _) = JournalMerge.merge([file], into: bareJournal)
        // then
        let read = try roundTrips(journal)
        #expect(read == journal)
        #expect(read.sessions.flatMap(\.exercises).flatMap(\.sets).count == file.summary.sets)
    }

    @Test("all fixtures together merge into one valid journal, oldest first")
    func allTogether() throws {
        // given every fixture, read in turn as the CLI does
        var custom: [CustomExercise] = []
        var files: [FileImport] = []
        for (name, unit) in Self.fixtures {
            let f = try Fixture.read(name, unit: unit, custom: custom)
            custom += f.customExercises
            files.append(f)
        }
        // when
        let (journal, summaries) = JournalMerge.merge(files, into: bareJournal)
        // then
        let read = try roundTrips(journal)
        #expect(zip(read.sessions, read.sessions.dropFirst()).allSatisfy { !($1.date < $0.date) })
        #expect(summaries.map(\.added).reduce(0, +) == read.sessions.count)
        let summary = ImportSummary(files: summaries)
        #expect(summary.format == "mixed")
        #expect(summary.unmappedExercises.filter { $0 == "Running" }.count == 1)
        #expect(read.customExercises.filter { $0.name == "Running" }.count == 1)
    }

    @Test("gives a workout the same id after a spreadsheet re-saved its dates")
    func resavedDates() throws {
        // given the same workout as Strong wrote it and as a spreadsheet re-saved it
        let header =
            "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration\n"
        let original = header + "2022-09-12 18:35:00;Legs;Squat (Barbell);1;60;kg;8;;;;;;;45m\n"
        let resaved = header + "9/12/2022 18:35;Legs;Squat (Barbell);1;60;kg;8;;;;;;;45m\n"
        // when both are imported
        let (once, _) = try importText(original)
        let (twice, summary) = try importText(resaved, into: once)
        // then the second adds nothing
        #expect(twice.sessions.count == 1)
        #expect(summary.alreadyInJournal == 1)
    }

    @Test("keeps the journal's own sessions and places imported ones by date")
    func keepsExisting() throws {
        // given a journal with one logged session
        var journal = bareJournal
        journal.sessions = [
            Session(
                date: SessionTime(day: Day(iso: "2024-03-03")!),
                exercises: [
                    ExerciseLog(exerciseId: "plank", sets: [LoggedSet(seconds: 30, pain: 2)])
                ])
        ]
        // when a Strong file with workouts before and after it is imported
        let (merged, _) = JournalMerge.merge([try Fixture.read("strong-12-column", unit: .kg)], into: journal)
        // then it sits between them, unchanged
        #expect(merged.sessions.map(\.day.iso) == ["2024-03-01", "2024-03-03", "2024-03-05"])
        #expect(merged.sessions[1] == journal.sessions[0])
    }

    @Test("reuses a custom exercise the journal already declares under the same name")
    func reusesCustom() throws {
        // given a journal that declares Bicep Curl (Barbell) under its own id
        var journal = bareJournal
        journal.customExercises = [CustomExercise(id: "curl", name: "Bicep Curl (Barbell)")]
        // when
        let file = try Fixture.read("strong-12-column", unit: .kg, custom: journal.customExercises)
        // then the sets are logged under that id and nothing new is declared
        #expect(file.customExercises.isEmpty)
        #expect(file.sessions[1].exercises[1].exerciseId == "curl")
    }

    @Test("refuses a file of no known app, naming its first line")
    func unknownFile() throws {
        let error = #expect(throws: ImportError.self) { try Fixture.read("unknown") }
        #expect(error?.line == 1)
        #expect(error?.message.hasPrefix("unknown.csv: line 1:") == true)
    }

    @Test("refuses a file that cannot be read at all, naming the line")
    func brokenFile() throws {
        let error = #expect(throws: ImportError.self) { try Fixture.read("broken") }
        #expect(error?.line == 3)
    }

    @Test("replaces a journal file atomically, keeping its permissions and leaving no temporary file")
    func atomicReplace() throws {
        // given a journal file
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("j.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        // when it is replaced
        try JournalFile.replace(path, with: Data("new".utf8))
        // then it holds the new text and the folder nothing else
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["j.json"])
        // and keeps the journal private
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // and a folder that does not exist leaves nothing behind
        #expect(throws: (any Error).self) { try JournalFile.replace(folder.path + "/missing/j.json", with: Data()) }
    }
}

@Suite("Merging changed and migrated exports")
struct ChangedExportMergeTests {
    let header = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"

    @Test("importing the corrected file again updates the workout whose rows were skipped, keeping the pain logged here")
    func correctedFileUpdates() throws {
        // given a first import where one deadlift row was unreadable, and the next-morning pain logged since
        let broken = header + "\n2024-03-05 18:05:00,A,38min,Deadlift (Barbell),1,60,5,0,0,,,\n"
            + "2024-03-05 18:05:00,A,38min,Deadlift (Barbell),2,sixty,5,0,0,,,\n"
        var (journal, first) = try importText(broken, unit: .kg)
        #expect(first.skippedRows.count == 1)
        journal.sessions[0].nextMorningPain = 3
        // when the fixed file is imported into that journal
        let fixed = header + "\n2024-03-05 18:05:00,A,38min,Deadlift (Barbell),1,60,5,0,0,,,\n"
            + "2024-03-05 18:05:00,A,38min,Deadlift (Barbell),2,60,5,0,0,,,\n"
        let (after, second) = try importText(fixed, into: journal, unit: .kg)
        // then
        #expect(second.updated == 1)
        #expect(second.added == 0)
        #expect(after.sessions.count == 1)
        #expect(after.sessions[0].exercises[0].sets.count == 2)
        #expect(after.sessions[0].nextMorningPain == 3)
        // and importing it once more changes nothing
        let (_, third) = try importText(fixed, into: after, unit: .kg)
        #expect(third.updated == 0 && third.added == 0 && third.alreadyInJournal == 1)
    }

    @Test("a workout whose rows were all skipped is not stored as an empty session")
    func noEmptySessions() throws {
        // given a workout with only an unreadable row
        let csv = header + "\n2024-03-05 18:05:00,A,38min,Deadlift (Barbell),1,sixty,5,0,0,,,\n"
            + "2024-03-07 18:05:00,B,38min,Deadlift (Barbell),1,60,5,0,0,,,\n"
        // when
        let (journal, summary) = try importText(csv, unit: .kg)
        // then
        #expect(journal.sessions.map(\.date.day.iso) == ["2024-03-07"])
        #expect(summary.skippedRows.count == 1)
    }

    @Test("the same workout exported by Strong and by Hevy (which keeps Strong history) is stored once")
    func sameWorkoutFromTwoApps() throws {
        // given the Strong export, imported first
        let strong = header + "\n2026-04-08 16:50:00,Pull,55min,Deadlift (Barbell),1,100,5,0,0,,,\n"
            + "2026-04-08 16:50:00,Pull,55min,Deadlift (Barbell),2,100,5,0,0,,,\n"
        let (journal, _) = try importText(strong, unit: .kg)
        // when Hevy's export of the same workout is imported
        let hevy = """
            "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
            "Pull","8 Apr 2026, 16:50","8 Apr 2026, 17:45","","Deadlift (Barbell)","","","0","normal","100","5","","",""
            "Pull","8 Apr 2026, 16:50","8 Apr 2026, 17:45","","Deadlift (Barbell)","","","1","normal","100","5","","",""
            """
        let (after, summary) = try importText(hevy, into: journal)
        // then
        #expect(after.sessions.count == 1)
        #expect(summary.alreadyInJournal == 1)
        #expect(summary.added == 0)
    }
}
