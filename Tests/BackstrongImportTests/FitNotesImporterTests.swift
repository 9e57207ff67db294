// FitNotes' export: two headers, kgs/lbs, cardio rows, and exercise names with unquoted commas.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

@Suite("FitNotes import")
struct FitNotesImporterTests {
    @Test("reads the new header with per-row units and cardio, and repairs an unquoted comma in a name")
    func newHeader() throws {
        // given a FitNotes export, newest first, CRLF, with `Overhead Press (Each Side, Dumbbells)` unquoted
        let file = try Fixture.read("fitnotes-new")
        // then one session per day, oldest first
        #expect(file.summary.dialect == "fitnotes")
        #expect(file.sessions.map(\.date.text) == ["2023-06-01", "2023-06-02"])
        #expect(file.sessions[0].exercises[0].exerciseId == "deadlift")
        #expect(file.sessions[0].exercises[0].sets.map(\.weightKg) == [100, 100])
        let press = file.sessions[1].exercises[0]
        #expect(file.customExercises.first?.name == "Overhead Press (Each Side, Dumbbells)")
        #expect(press.sets.map(\.weightKg) == [12, 26 * lb])
        #expect(file.summary.repairedLines == [2, 3])
        // and the cardio row keeps distance and time
        let ride = file.sessions[1].exercises[1].sets[0]
        #expect(ride.distanceKm == 5.2)
        #expect(ride.durationSeconds == 561)
        #expect(ride.reps == nil)
        #expect(file.summary.skippedRows.isEmpty)
    }

    @Test("reads the old header with the unit in its name and a Comment column; reports a line it cannot repair")
    func oldHeader() throws {
        // given Weight (lbs), a comma in a comment, a comma in a name, and a line with commas in both
        let file = try Fixture.read("fitnotes-old")
        // then
        #expect(file.summary.dialect == "fitnotes-old")
        let s = file.sessions[0]
        #expect(
            s.exercises.map(\.exerciseId) == [
                "dumbbell-bench-press", "romanian-deadlift-barbell", "curl-hammer-dumbbell",
            ])
        #expect(s.exercises[0].sets[0].weightKg == 50 * lb)
        #expect(s.exercises[1].sets[0].notes == "sciatica flared, stopped early")
        #expect(file.summary.repairedLines == [3, 4])
        #expect(file.summary.skippedRows.map(\.line) == [5])
        #expect(file.summary.skippedRows[0].reason.contains("free-text column"))
        #expect(file.summary.painNotes.map(\.text) == ["sciatica flared, stopped early"])
    }

    @Test("reports a line that two free-text columns could have absorbed")
    func ambiguousRepair() throws {
        // given a line whose extra field could belong to the exercise or to the comment
        let csv = """
            Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment
            2023-06-01,Squat,Legs,100.0,kgs,5,,,,fine
            2023-06-01,Plank, side,,,,,,,,x
            """
        // when
        let (_, summary) = try importText(csv)
        // then
        #expect(summary.sets == 1)
        #expect(summary.skippedRows.count == 1)
        #expect(summary.skippedRows.first?.line == 3)
        #expect(summary.skippedRows.first?.reason.contains("both the Exercise and the Comment") == true)
    }
}
