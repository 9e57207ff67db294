// Strong's three dialects and their quirks, on small files written for these tests.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

@Suite("Strong import")
struct StrongImporterTests {
    @Test("reads the 12-column comma dialect in the unit given with --unit, with BOM, CRLF and newest first")
    func twelveColumnWithUnit() throws {
        // given a Strong 12-column export of a pound account
        // when it is read with --unit lb
        let file = try Fixture.read("strong-12-column", unit: .lb)
        // then the workouts are oldest first, weights in kg and kinds kept
        #expect(file.summary.dialect == "strong-12-column")
        #expect(file.summary.format == .strong)
        #expect(file.sessions.map(\.date.text) == ["2024-03-01T07:30", "2024-03-05T18:05"])
        let morning = file.sessions[0]
        #expect(morning.title == "Morning 💪")
        #expect(morning.durationSeconds == 3960)
        #expect(morning.notes == "Felt great 💪")
        #expect(morning.exercises.map(\.exerciseId) == ["lat-pulldown", "plank"])
        #expect(morning.exercises[0].notes == "Slow negatives")
        #expect(morning.exercises[0].sets.map(\.weightKg) == [100 * lb, 100 * lb])
        #expect(morning.exercises[1].sets == [LoggedSet(seconds: 60)])
        let evening = file.sessions[1]
        #expect(evening.durationSeconds == 2280)
        let deadlift = evening.exercises[0]
        #expect(deadlift.exerciseId == "deadlift")
        #expect(deadlift.sets.map(\.kind) == [.warmup, .working, .drop])
        #expect(deadlift.sets.map(\.weightKg) == [95 * lb, 150 * lb, 135 * lb])
        #expect(deadlift.sets.map(\.reps) == [5, 5, 8])
        #expect(deadlift.sets[1].rpe == 8)
        #expect(evening.exercises[1].sets.map(\.kind) == [.working, .failure])
        #expect(file.summary.sets == 8)
        #expect(file.summary.warmupSets == 1)
        #expect(file.summary.nonSetRows == 2)
        #expect(file.summary.skippedRows.isEmpty)
    }

    @Test("removes float dust and reads reps written 5.0")
    func floatDust() throws {
        // given a weight of 149.99999999999997 kg and reps of 5.0
        // when read with --unit kg
        let file = try Fixture.read("strong-12-column", unit: .kg)
        // then the weight is 150 kg and the reps 5
        let deadlift = file.sessions[1].exercises[0]
        #expect(deadlift.sets[1].weightKg == 150)
        #expect(deadlift.sets[0].reps == 5)
    }

    @Test("refuses the 12-column dialect without --unit, naming the file and line")
    func twelveColumnNeedsUnit() throws {
        // given a file that does not say its unit
        // when it is read without --unit
        // then it cannot be read at all
        let error = #expect(throws: ImportError.self) { try Fixture.read("strong-12-column") }
        #expect(error?.file == "strong-12-column.csv")
        #expect(error?.line == 1)
        #expect(error?.reason.contains("--unit") == true)
    }

    @Test("keeps unmapped names as custom exercises and lists pain notes")
    func unmappedAndPain() throws {
        // given a file with Bicep Curl (not in the catalog) and "lower back felt weird"
        let file = try Fixture.read("strong-12-column", unit: .kg)
        // then the curl is a custom exercise under its own name, and the note is listed, not scored
        #expect(file.summary.unmappedExercises == ["Bicep Curl (Barbell)"])
        #expect(file.customExercises == [CustomExercise(id: "bicep-curl-barbell", name: "Bicep Curl (Barbell)")])
        #expect(
            file.summary.painNotes == [
                PainNote(date: "2024-03-05", exercise: "Deadlift (Barbell)", text: "lower back felt weird")
            ])
        #expect(file.sessions.allSatisfy { $0.painBefore == nil && $0.painAfter == nil })
        #expect(file.sessions.flatMap(\.exercises).flatMap(\.sets).allSatisfy { $0.pain == nil })
    }

    @Test("reads the semicolon dialect with a Weight Unit column and re-saved M/D/YYYY dates")
    func weightUnitColumn() throws {
        // given kg, lbs and empty units, dates like 9/12/2022 18:35, a cardio row and a workout note
        let file = try Fixture.read("strong-weight-unit")
        // then each row's unit is used, the dates read month first, and cardio keeps distance and time
        #expect(file.summary.dialect == "strong-weight-unit")
        #expect(file.sessions.map(\.date.text) == ["2022-09-12T18:35", "2022-09-13T07:05"])
        let legs = file.sessions[0]
        #expect(legs.durationSeconds == 2700)
        #expect(legs.exercises.map(\.exerciseId) == ["back-squat", "back-extension"])
        #expect(legs.exercises[0].sets.map(\.weightKg) == [60, 60.100989025])  // 132.5 lb, without float dust
        #expect(legs.exercises[1].sets == [LoggedSet(reps: 15)])
        let rowing = file.sessions[1].exercises[0]
        #expect(rowing.sets.count == 1)
        #expect(abs((rowing.sets[0].distanceKm ?? 0) - 2) < 1e-9)
        #expect(rowing.sets[0].durationSeconds == 540)
        #expect(rowing.sets[0].reps == nil)
        // and a weight with an empty unit and no --unit is reported, not guessed
        #expect(file.summary.skippedRows.map(\.line) == [6])
        #expect(file.summary.skippedRows[0].reason.contains("--unit"))
        #expect(file.summary.painNotes.map(\.text) == ["back tweak on the last set"])
        #expect(file.summary.painNotes[0].exercise == nil)
    }

    @Test("reads the all-quoted semicolon dialect with Workout # and units in the header names")
    func unitsInHeader() throws {
        // given Weight (kg), Duration (sec), Distance (meters) and emoji in a note
        let file = try Fixture.read("strong-units-in-header")
        // then
        #expect(file.summary.dialect == "strong-units-in-header")
        #expect(file.sessions.map(\.day.iso) == ["2025-01-08", "2025-01-10"])
        #expect(file.sessions[0].exercises[0].exerciseId == "seated-cable-row")
        #expect(file.sessions[0].notes == "easy")
        let pull = file.sessions[1]
        #expect(pull.durationSeconds == 3960)
        #expect(pull.exercises[0].sets.map(\.rpe) == [7.5, 8])
        #expect(pull.exercises[0].sets[0].notes == "shoulder pain 😬")
        let run = pull.exercises[1].sets[0]
        #expect(run.distanceKm == 5)
        #expect(run.durationSeconds == 1500)
        #expect(run.weightKg == nil)
        #expect(file.summary.painNotes.map(\.text) == ["shoulder pain 😬"])
    }

    @Test("rejects an unknown Set Order as a skipped row with its line")
    func unknownSetOrder() throws {
        // given a row whose Set Order is neither a number nor W, D, F, Rest Timer or Note
        let csv = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2024-03-05 18:05:00,A,38min,Plank,X,0,0,0,60,,,
            2024-03-05 18:05:00,A,38min,Plank,1,0,0,0,60,,,
            """
        // when
        let (journal, summary) = try importText(csv, unit: .kg)
        // then
        #expect(summary.skippedRows.map(\.line) == [2])
        #expect(summary.sets == 1)
        #expect(journal.sessions.count == 1)
    }
}

@Suite("Strong workout identity")
struct StrongIdentityTests {
    @Test("keeps two workouts with the same start and title apart when Strong numbers them apart")
    func sameStartTwoWorkouts() throws {
        // given two workouts numbered 1 and 2 with one start and one title
        let csv = """
            "Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"
            "1";"2025-01-10 17:00:00";"Pull";"600";"Plank";"1";"0";"0";"";"0";"30";"";""
            "2";"2025-01-10 17:00:00";"Pull";"600";"Plank";"1";"0";"0";"";"0";"45";"";""
            """
        // when it is imported twice
        let (once, first) = try importText(csv)
        let (twice, second) = try importText(csv, into: once)
        // then both are kept, once
        #expect(first.added == 2)
        #expect(Set(once.sessions.compactMap(\.id)).count == 2)
        #expect(second.added == 0)
        #expect(twice == once)
    }
}

@Suite("Strong units and numbers")
struct StrongUnitsTests {
    @Test("reads the 12-column export's distances in the unit given with --distance-unit, never scaled by --unit")
    func distanceUnit() throws {
        // given a 12-column file of a pound account with a 2-unit run (Strong sets distance and weight units apart)
        let twelve = Data(
            """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2024-03-05 18:05:00,Run,38min,Running,1,0,0,2,1200,,,
            """.utf8)
        // when it is read with --unit lb only, then with --distance-unit mi and m
        let assumed = try Importer.read(twelve, fileName: "s.csv", unit: .lb)
        let miles = try Importer.read(twelve, fileName: "s.csv", unit: .lb, distanceUnit: .mi)
        let metres = try Importer.read(twelve, fileName: "s.csv", unit: .kg, distanceUnit: .m)
        // then the weight unit does not scale the distance: km, said in the summary, unless the unit is given
        let set = assumed.sessions[0].exercises[0].sets[0]
        #expect(set.distanceKm == 2)
        #expect(set.durationSeconds == 1200)
        #expect(assumed.summary.warnings.contains { $0.contains("read in km") && $0.contains("--distance-unit mi") })
        #expect(miles.sessions[0].exercises[0].sets[0].distanceKm == 3.218688)
        #expect(miles.summary.warnings.isEmpty)
        #expect(metres.sessions[0].exercises[0].sets[0].distanceKm == 0.002)
    }

    @Test("reads decimal commas in a semicolon file")
    func decimalCommas() throws {
        // given a semicolon file with `62,5`
        let semicolon = """
            Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration
            2024-03-06 18:05:00;Legs;Squat (Barbell);1;62,5;kg;8;7,5;;;;;;45m
            """
        // when
        let (legs, _) = try importText(semicolon)
        // then
        #expect(legs.sessions[0].exercises[0].sets[0].weightKg == 62.5)
        #expect(legs.sessions[0].exercises[0].sets[0].rpe == 7.5)
    }

    @Test("reports rows beyond the journal's limits instead of changing them")
    func limits() throws {
        // given reps over 100, a negative weight on an exercise that is not assisted and a weight over 500 kg
        let csv = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2024-03-05 18:05:00,A,38min,Jump Rope,1,0,150,0,0,,,
            2024-03-05 18:05:00,A,38min,Bench Press (Barbell),1,-20,8,0,0,,,
            2024-03-05 18:05:00,A,38min,Leg Press,1,600,8,0,0,,,
            2024-03-05 18:05:00,A,38min,Leg Press,2,300,8,0,0,,,
            """
        // when
        let (journal, summary) = try importText(csv, unit: .kg)
        // then
        #expect(summary.skippedRows.map(\.line) == [2, 3, 4])
        #expect(summary.sets == 1)
        #expect(try roundTrips(journal) == journal)
    }

    @Test("reports progress through the file")
    func progress() throws {
        // given
        let data = try Fixture.data("strong-12-column")
        var calls: [(Int, Int)] = []
        // when
        _ = try Importer.read(data, fileName: "s.csv", unit: .kg, progress: { calls.append(($0, $1)) })
        // then the last call says the whole file was read
        #expect(calls.last?.0 == data.count)
        #expect(calls.last?.1 == data.count)
    }
}

@Suite("Strong rows that do not fit the header")
struct StrongShiftedRowTests {
    @Test("a row with more filled fields than the header is skipped with why, not read shifted")
    func unquotedComma() throws {
        // given a row whose weight was written with an unquoted decimal comma (62,5), then a row that fits
        let csv = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2024-03-05 18:05:00,A,38min,Deadlift (Barbell),1,62,5,5,0,0,,,
            2024-03-05 18:05:00,A,38min,Deadlift (Barbell),2,60,5,0,0,,,
            """
        // when
        let (journal, summary) = try importText(csv, unit: .kg)
        // then
        #expect(summary.skippedRows.map(\.line) == [2])
        #expect(summary.skippedRows.first?.reason.contains("13 fields for a header of 12") == true)
        #expect(journal.sessions.first?.exercises.first?.sets.map(\.weightKg) == [60])
    }
}
