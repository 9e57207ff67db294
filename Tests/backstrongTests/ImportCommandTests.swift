// `backstrong import` as people type it: the unit option in the spellings the apps use.
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
}
