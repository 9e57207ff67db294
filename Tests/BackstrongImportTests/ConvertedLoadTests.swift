// Pounds and miles converted at the import boundary: stored without float dust, shown back as typed.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

@Suite("Converted loads")
struct ConvertedLoadTests {
    /// The same pound sets (185, 132.5, 26 and 102.5 lb) as each app writes them.
    static let poundFiles: [(name: String, unit: Units?, csv: String)] = [
        (
            "strong.csv", .lb,
            """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2024-03-05 18:05:00,A,38min,Deadlift (Barbell),1,185,5,0,0,,,
            2024-03-05 18:05:00,A,38min,Deadlift (Barbell),2,132.5,5,0,0,,,
            2024-03-05 18:05:00,A,38min,Deadlift (Barbell),3,26,5,0,0,,,
            2024-03-05 18:05:00,A,38min,Deadlift (Barbell),4,102.5,5,0,0,,,
            """
        ),
        (
            "hevy.csv", nil,
            """
            "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"
            "A","5 Mar 2024, 18:05","5 Mar 2024, 19:00","","Deadlift (Barbell)","","","0","normal","185","5","",""
            "A","5 Mar 2024, 18:05","5 Mar 2024, 19:00","","Deadlift (Barbell)","","","1","normal","132.5","5","",""
            "A","5 Mar 2024, 18:05","5 Mar 2024, 19:00","","Deadlift (Barbell)","","","2","normal","26","5","",""
            "A","5 Mar 2024, 18:05","5 Mar 2024, 19:00","","Deadlift (Barbell)","","","3","normal","102.5","5","",""
            """
        ),
        (
            "fitnotes.csv", nil,
            """
            Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time
            2024-03-05,Deadlift,Back,185.0,lbs,5,,,
            2024-03-05,Deadlift,Back,132.5,lbs,5,,,
            2024-03-05,Deadlift,Back,26.0,lbs,5,,,
            2024-03-05,Deadlift,Back,102.5,lbs,5,,,
            """
        ),
    ]

    @Test(
        "pound loads are stored as their exact kilogram product and export back to the pounds typed",
        arguments: poundFiles.map(\.name))
    func poundsWithoutDust(name: String) throws {
        // given the same pound sets written by Strong, Hevy or FitNotes
        let file = try #require(Self.poundFiles.first { $0.name == name })
        // when imported
        let (journal, summary) = try importText(file.csv, unit: file.unit, name: name)
        // then the loads are the exact products (185 × 0.45359237 = 83.91458845), with no binary dust
        #expect(summary.skippedRows.isEmpty)
        let sets = journal.sessions.flatMap(\.exercises).flatMap(\.sets)
        #expect(sets.map(\.weightKg) == [83.91458845, 60.100989025, 11.79340162, 46.493217925])
        let json = String(decoding: try journal.jsonData(), as: UTF8.self)
        #expect(json.contains("83.91458845,") || json.contains("83.91458845\n"))
        #expect(!json.contains("000000000"))
        // and the CSV export and the pound display give back the pounds typed
        let rows = BackstrongCSV.export(journal).components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        let lbColumn = try #require(BackstrongCSV.columns.firstIndex(of: "weight_lb"))
        let kgColumn = try #require(BackstrongCSV.columns.firstIndex(of: "weight_kg"))
        #expect(rows.map { $0.components(separatedBy: ",")[lbColumn] } == ["185.00", "132.50", "26.00", "102.50"])
        #expect(rows.map { $0.components(separatedBy: ",")[kgColumn] } == [
            "83.91458845", "60.100989025", "11.79340162", "46.493217925",
        ])
        #expect(sets.map { LoadText.load($0.weightKg, units: .lb) } == ["185 lb", "132.5 lb", "26 lb", "102.5 lb"])
    }

    @Test("miles are stored as their exact kilometre product")
    func milesWithoutDust() throws {
        // given a Hevy run of 3.1 miles (3.1 × 1.609344 is 4.988966400000001 in binary)
        let csv = """
            "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"
            "Run","5 Mar 2024, 18:05","5 Mar 2024, 19:00","","Running","","","0","normal","","","3.1","1800",""
            """
        // when
        let (journal, _) = try importText(csv)
        // then
        #expect(journal.sessions[0].exercises[0].sets[0].distanceKm == 4.9889664)
    }

    @Test("a Backstrong CSV row with only weight_lb is read as the exact kilogram product")
    func backstrongPoundColumn() throws {
        // given Backstrong's CSV where someone cleared weight_kg and kept weight_lb
        let header = BackstrongCSV.columns.joined(separator: ",")
        var fields = Array(repeating: "", count: BackstrongCSV.columns.count)
        func set(_ name: String, _ value: String) { fields[BackstrongCSV.columns.firstIndex(of: name)!] = value }
        set("session_number", "1")
        set("date", "2024-03-05")
        set("exercise_number", "1")
        set("exercise_id", "deadlift")
        set("set_number", "1")
        set("kind", "working")
        set("weight_lb", "185")
        set("reps", "5")
        // when
        let (journal, _) = try importText(header + "\r\n" + fields.joined(separator: ",") + "\r\n")
        // then
        #expect(journal.sessions[0].exercises[0].sets[0].weightKg == 83.91458845)
    }
}
