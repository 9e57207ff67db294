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
        #expect(press.sets.map(\.weightKg) == [12, 11.79340162])  // 26 lb, without float dust
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

@Suite("Import of files re-saved by hand")
struct HandSavedFileTests {
    @Test("a FitNotes row with an empty Weight Unit is read in the unit given with --unit")
    func fitNotesEmptyUnitWithUnitOption() throws {
        // given a row whose Weight Unit is empty
        let csv = """
            Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time
            2023-06-01,Deadlift,Back,100.0,,5,,,
            """
        // when
        let (journal, summary) = try importText(csv, unit: .lb)
        let (_, withoutUnit) = try importText(csv)
        // then
        #expect(summary.skippedRows.isEmpty)
        #expect(journal.sessions.first?.exercises.first?.sets.first?.weightKg == 100 * lb)
        #expect(withoutUnit.skippedRows.map(\.line) == [2])
    }

    @Test("blank rows that a spreadsheet leaves (,,,,) are not reported as skipped rows")
    func blankRows() throws {
        // given a Strong export with a blank row in the middle and at the end
        let csv = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2024-03-05 18:05:00,A,38min,Deadlift (Barbell),1,60,5,0,0,,,
            ,,,,,,,,,,,
            2024-03-07 18:05:00,B,38min,Deadlift (Barbell),1,62.5,5,0,0,,,
            ,,,,,,,,,,,

            """
        // when
        let (journal, summary) = try importText(csv, unit: .kg)
        // then
        #expect(summary.skippedRows.isEmpty)
        #expect(journal.sessions.count == 2)
    }

    @Test("a time written by Apple's formatters, with a narrow no-break space before PM, is read")
    func narrowNoBreakSpace() {
        #expect(ImportParsing.date("Apr 9, 2026, 4:50\u{202F}PM")?.text == "2026-04-09T16:50")
        #expect(ImportParsing.date("9\u{00A0}Apr\u{00A0}2026, 16:50")?.text == "2026-04-09T16:50")
    }
}
