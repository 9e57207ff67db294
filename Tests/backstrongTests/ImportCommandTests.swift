// `backstrong import` as people type it: the unit option in the spellings the apps use, --dry-run, --date-order
// and --distance-unit.
import Foundation
import Testing

@Suite("backstrong import")
struct ImportCommandTests {
    @Test("--unit lbs is read as pounds, like --unit lb", arguments: ["lb", "lbs", "LBS"])
    func poundSpellings(unit: String) throws {
        // given Strong's 12-column export, which does not say its unit, and no journal yet
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bs-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("strong.csv")
        try """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2024-03-05 18:05:00,A,38min,Deadlift (Barbell),1,100,5,0,0,,,
            """.write(to: csv, atomically: true, encoding: .utf8)
        let journal = dir.appendingPathComponent("me.json").path
        // when
        let result = try CLI.run([
            "import", csv.path, "--journal", journal, "--unit", unit, "--age", "40", "--bodyweight-kg", "80",
            "--days-per-week", "3",
        ])
        // then
        #expect(result.status == 0, "\(result.stderr)")
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: journal))) as? [String: Any]
        let sessions = try #require(written?["sessions"] as? [[String: Any]])
        let exercises = try #require(sessions.first?["exercises"] as? [[String: Any]])
        let sets = try #require(exercises.first?["sets"] as? [[String: Any]])
        let kg = try #require(sets.first?["weightKg"] as? Double)
        #expect(abs(kg - 45.359237) < 0.001)
        // and the summary counts in words: one workout of one set
        #expect(result.stdout.contains("1 workout, 1 set"), "\(result.stdout)")
    }

    @Test("an unknown unit is a usage error that names it")
    func unknownUnit() throws {
        // when
        let result = try CLI.run(["import", "x.csv", "--journal", "me.json", "--unit", "stone"])
        // then
        #expect(result.status == 2)
        #expect(result.stderr.contains("stone"))
    }

    @Test("a new journal made from a pound export (Hevy's weight_lbs) shows loads in pounds")
    func newJournalTakesTheFilesUnit() throws {
        // given a Hevy export in pounds and no journal yet, without --unit
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bs-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("hevy.csv")
        try """
            "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"
            "Pull","1 Feb 2026, 09:00","1 Feb 2026, 10:00","","Deadlift (Barbell)","","","0","normal","225","5","","",""
            """.write(to: csv, atomically: true, encoding: .utf8)
        let journal = dir.appendingPathComponent("me.json").path
        // when
        let result = try CLI.run([
            "import", csv.path, "--journal", journal, "--age", "40", "--bodyweight-kg", "80", "--days-per-week", "3",
        ])
        // then
        #expect(result.status == 0, "\(result.stderr)")
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: journal))) as? [String: Any]
        let profile = try #require(written?["profile"] as? [String: Any])
        #expect(profile["units"] as? String == "lb")
    }

    static let strongCSV = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
        3/4/2024 18:05,A,38min,Deadlift (Barbell),1,185,5,0,0,,,
        5/6/2024 18:05,B,38min,Running,1,0,0,2,1200,,,
        """

    @Test("--dry-run prints the summary and leaves the journal file as it was")
    func dryRun() throws {
        // given an existing journal and a Strong export
        let scratch = try ScratchFolder()
        let csv = try scratch.write("strong.csv", text: Self.strongCSV)
        let journal = scratch.url.appendingPathComponent("me.json").path
        let created = try CLI.run([
            "import", try scratch.write("first.csv", text: Self.strongCSV.components(separatedBy: "\n")[0]), "--journal",
            journal, "--unit", "lb", "--age", "40", "--bodyweight-kg", "80", "--days-per-week", "3",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: journal))
        // when it is imported with --dry-run, as text and as JSON
        let text = try CLI.run(["import", csv, "--journal", journal, "--unit", "lb", "--dry-run"])
        let json = try CLI.run(["import", csv, "--journal", journal, "--unit", "lb", "--dry-run", "--json"])
        // then both tell what would be added, and the journal is unchanged
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Dry run, nothing written"))
        #expect(text.stdout.contains("2 added"))
        #expect(json.status == 0, "\(json.stderr)")
        let summary = try #require(try json.json() as? [String: Any])
        #expect(summary["added"] as? Int == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == before)
        // and a dry run into a journal that does not exist needs no profile and creates nothing
        let missing = scratch.url.appendingPathComponent("new.json").path
        let fresh = try CLI.run(["import", csv, "--journal", missing, "--unit", "lb", "--dry-run"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("--date-order dmy and --distance-unit mi read what the file does not say; without them the summary warns")
    func assumptions() throws {
        // given a Strong 12-column export whose slash dates have no day over 12, with a run
        let scratch = try ScratchFolder()
        let csv = try scratch.write("strong.csv", text: Self.strongCSV)
        let profile = ["--unit", "lb", "--age", "40", "--bodyweight-kg", "80", "--days-per-week", "3"]
        // when it is imported without and with the options
        let plain = try CLI.run(["import", csv, "--journal", scratch.url.appendingPathComponent("a.json").path, "--json"] + profile)
        let given = try CLI.run(
            ["import", csv, "--journal", scratch.url.appendingPathComponent("b.json").path, "--date-order", "dmy",
             "--distance-unit", "mi"] + profile)
        // then without them the summary names both assumptions
        #expect(plain.status == 0, "\(plain.stderr)")
        let warnings = try #require((try plain.json() as? [String: Any])?["warnings"] as? [String])
        #expect(warnings.contains { $0.contains("--date-order dmy") })
        #expect(warnings.contains { $0.contains("--distance-unit mi") })
        // and with them the dates are day first and the run is in miles
        #expect(given.status == 0, "\(given.stderr)")
        #expect(!given.stdout.contains("check:"))
        let written = try JSONSerialization.jsonObject(
            with: Data(contentsOf: scratch.url.appendingPathComponent("b.json"))) as? [String: Any]
        let sessions = try #require(written?["sessions"] as? [[String: Any]])
        #expect(sessions.compactMap { ($0["date"] as? String)?.prefix(10) } == ["2024-04-03", "2024-06-05"])
        let run = try #require(((sessions[1]["exercises"] as? [[String: Any]])?[0]["sets"] as? [[String: Any]])?[0])
        #expect(run["distanceKm"] as? Double == 3.218688)
    }

    @Test("an unknown --date-order or --distance-unit is a usage error that names it")
    func badAssumptions() throws {
        let order = try CLI.run(["import", "x.csv", "--journal", "me.json", "--date-order", "ymd"])
        let distance = try CLI.run(["import", "x.csv", "--journal", "me.json", "--distance-unit", "furlong"])
        #expect(order.status == 2 && order.stderr.contains("ymd"))
        #expect(distance.status == 2 && distance.stderr.contains("furlong"))
    }
}
