// Thousands separators and decimal marks: `1,234.5`, `1.234,5`, and `1,000` decided by the file's other numbers.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

@Suite("Numbers with thousands separators")
struct NumberReadingTests {
    @Test(
        "reads a number that shows its decimal mark",
        arguments: [
            ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("1,234,567", 1_234_567), ("1.234.567", 1_234_567),
            ("62,5", 62.5), ("22.5", 22.5), ("0,125", 0.125), ("1234,567", 1234.567), ("-20", -20), (" 5 ", 5),
            ("149.99999999999997", 149.99999999999997),
            // an exponent, as Swift and spreadsheets write very small numbers (Backstrong's own export among them)
            ("3.774304010994989e-05", 3.774304010994989e-05), ("2,5E3", 2500), ("1e-7", 1e-7),
        ])
    func unambiguous(text: String, value: Double) throws {
        var numbers = NumberReading()
        #expect(try numbers.number(text, "weight") == value)
    }

    @Test("rejects separators that do not group thousands", arguments: ["1,23,456", "1.2.3", "12,34.5", "1,2345.6", "1.5e", "2e+-3", "e5", "1.5e3.2"])
    func malformed(text: String) {
        var numbers = NumberReading()
        #expect(throws: RowProblem.self) { try numbers.number(text, "weight") }
    }

    static let hevyHeader = """
        "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"
        """

    @Test("a thousands comma is read as thousands when the file's other numbers use a decimal point, even later")
    func thousandsCommaInPointFile() throws {
        // given a pound account's Hevy file: a 1,000 lb leg press first, then a 22.5 lb curl
        let csv = Self.hevyHeader + """

            "A","5 Mar 2024, 18:05","5 Mar 2024, 19:00","","Leg Press","","","0","normal","1,000","8","",""
            "A","5 Mar 2024, 18:05","5 Mar 2024, 19:00","","Rowing (Machine)","","","0","normal","","","","1,200",""
            "A","5 Mar 2024, 18:05","5 Mar 2024, 19:00","","Bicep Curl (Dumbbell)","","","0","normal","22.5","10","",""
            """
        // when
        let (journal, summary) = try importText(csv)
        // then 1,000 lb is 453.59237 kg (not 1 lb), 1,200 s is 20 minutes, and the summary says how it read them
        #expect(summary.skippedRows.isEmpty)
        let sets = journal.sessions[0].exercises.flatMap(\.sets)
        #expect(sets.map(\.weightKg) == [453.59237, nil, 10.205828325])
        #expect(sets[1].seconds == 1200)
        #expect(summary.warnings.contains { $0.contains("\"1,000\"") && $0.contains("1000") && $0.contains("point") })
    }

    @Test("a comma before three digits is a decimal comma when the file's other numbers use one")
    func decimalCommaInCommaFile() throws {
        // given a Strong semicolon file with 62,5 kg and a 1,500 km row (three decimals) and a 1.200 m row
        let csv = """
            Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration
            2024-03-06 18:05:00;Legs;Rowing (Machine);1;;;;;1,500;km;600;;;45m
            2024-03-06 18:05:00;Legs;Rowing (Machine);2;;;;;1.200;m;300;;;45m
            2024-03-06 18:05:00;Legs;Squat (Barbell);1;62,5;kg;8;7,5;;;;;;45m
            """
        // when
        let (journal, summary) = try importText(csv)
        // then
        #expect(summary.skippedRows.isEmpty)
        let sets = journal.sessions[0].exercises.flatMap(\.sets)
        #expect(sets.map(\.distanceKm) == [1.5, 1.2, nil])
        #expect(sets[2].weightKg == 62.5)
    }

    @Test("a comma before three digits that nothing in the file decides is reported, never read as 1")
    func undecidedComma() throws {
        // given a file of whole numbers with a 1,000 lb leg press
        let csv = Self.hevyHeader + """

            "A","5 Mar 2024, 18:05","5 Mar 2024, 19:00","","Leg Press","","","0","normal","1,000","8","",""
            "A","5 Mar 2024, 18:05","5 Mar 2024, 19:00","","Leg Press","","","1","normal","900","8","",""
            """
        // when
        let (journal, summary) = try importText(csv)
        // then the row is skipped naming both readings, and no 1 lb set is stored
        #expect(summary.skippedRows.map(\.line) == [2])
        let reason = try #require(summary.skippedRows.first?.reason)
        #expect(reason.contains("1000") && reason.contains("could be") && reason.contains(" 1 "))
        #expect(journal.sessions[0].exercises.flatMap(\.sets).map(\.weightKg) == [408.233133])  // 900 lb
    }

    @Test("a point before three digits is a decimal point when nothing decides (Hevy's kilograms of pound users)")
    func undecidedPoint() throws {
        // given Hevy's kg export of a pound user: 135 lb written as 61.235
        let csv = """
            "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
            "A","5 Mar 2024, 18:05","5 Mar 2024, 19:00","","Deadlift (Barbell)","","","0","normal","61.235","5","",""
            """
        // when
        let (journal, summary) = try importText(csv)
        // then
        #expect(journal.sessions[0].exercises[0].sets[0].weightKg == 61.235)
        #expect(summary.warnings.isEmpty)
    }
}
