// Hevy's export: units only in the header names, `8 Apr 2026, 16:50` dates, set types, `\n` in notes.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

@Suite("Hevy import")
struct HevyImporterTests {
    @Test("reads the kg variant: set types, bodyweight sets, literal \\n and quoted line breaks in notes")
    func kilograms() throws {
        // given a Hevy export with weight_kg and distance_km
        let file = try Fixture.read("hevy-kg")
        // then one workout, titled, timed from start to end
        #expect(file.summary.format == .hevy)
        #expect(file.summary.dialect == "hevy-kg")
        #expect(file.sessions.count == 1)
        let s = file.sessions[0]
        #expect(s.date.text == "2026-04-08T16:50")
        #expect(s.title == "Push")
        #expect(s.durationSeconds == 3300)
        #expect(s.notes == "Good session\nslept well")
        #expect(s.exercises.map(\.exerciseId) == ["dumbbell-bench-press", "push-up", "treadmill"])
        let bench = s.exercises[0]
        #expect(bench.notes == "Elbows in")
        #expect(bench.sets.map(\.kind) == [.warmup, .working, .drop])
        #expect(bench.sets.map(\.weightKg) == [10, 22.5, 15])
        #expect(bench.sets[1].rpe == 8)
        let pushUps = s.exercises[1]
        #expect(pushUps.sets == [LoggedSet(reps: 20, kind: .failure)])
        #expect(pushUps.notes == "low back ached\nafter these")
        let treadmill = s.exercises[2].sets[0]
        #expect(treadmill.distanceKm == 1.5)
        #expect(treadmill.durationSeconds == 600)
        // and the unknown set type is reported by its line (the quoted note above spans two lines)
        #expect(file.summary.skippedRows.map(\.line) == [7])
        #expect(file.summary.sets == 5)
        #expect(file.summary.warmupSets == 1)
        #expect(
            file.summary.painNotes == [
                PainNote(date: "2026-04-08", exercise: "Push Up", text: "low back ached\nafter these")
            ])
    }

    @Test("reads the lbs variant, converting pounds and miles")
    func pounds() throws {
        // given a Hevy export with weight_lbs and distance_miles
        let file = try Fixture.read("hevy-lbs")
        // then
        #expect(file.summary.dialect == "hevy-lbs")
        let s = file.sessions[0]
        #expect(s.durationSeconds == 3600)
        #expect(s.exercises[0].sets[0].weightKg == 225 * lb)
        #expect(s.exercises[1].sets[0] == LoggedSet(seconds: 45))
        #expect(s.exercises[2].sets[0].distanceKm == 2 * 1.609344)
        #expect(s.exercises[2].sets[0].durationSeconds == 1200)
    }

    @Test("tells two workouts apart by title and start time, as Hevy has no workout id")
    func workoutIdentity() throws {
        // given two workouts with the same start but different titles
        let csv = """
            "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
            "A","8 Apr 2026, 16:50","8 Apr 2026, 17:45","","Plank","","","0","normal","","","","30",""
            "B","8 Apr 2026, 16:50","8 Apr 2026, 17:45","","Plank","","","0","normal","","","","30",""
            """
        // when
        let (journal, _) = try importText(csv)
        // then they are two sessions with different ids
        #expect(journal.sessions.count == 2)
        #expect(Set(journal.sessions.compactMap(\.id)).count == 2)
    }
}
