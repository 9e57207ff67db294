// Assisted exercises: the weight Strong and Hevy store is the help of a machine or band, not load lifted.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

@Suite("Assisted exercises")
struct AssistedExerciseTests {
    @Test("the assistance is kept in the set's notes, not as load, so progress shows no 1RM or tonnage from it")
    func assistanceIsNotLoad() throws {
        // given Strong (assistance written negative) and Hevy (positive) assisted pull-ups, getting less help
        let strong = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2024-03-05 18:05:00,A,38min,Pull Up (Assisted),1,-30,8,0,0,,,
            2024-03-12 18:05:00,A,38min,Pull Up (Assisted),1,-20,8,0,0,slow,,
            """
        let hevy = """
            "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"
            "B","19 Mar 2024, 18:05","19 Mar 2024, 19:00","","Chin Up (Assisted)","","","0","normal","30","6","",""
            "B","19 Mar 2024, 18:05","19 Mar 2024, 19:00","","Band Assisted Pull Up","","","0","normal","15","6","",""
            """
        // when
        let (once, strongSummary) = try importText(strong, unit: .kg)
        let (journal, hevySummary) = try importText(hevy, into: once)
        // then every set is a bodyweight set with its reps, and the assistance in its notes
        #expect(strongSummary.skippedRows.isEmpty && hevySummary.skippedRows.isEmpty)
        let sets = journal.sessions.flatMap(\.exercises).flatMap(\.sets)
        #expect(sets.map(\.weightKg) == [nil, nil, nil, nil])
        #expect(sets.map(\.reps) == [8, 8, 6, 6])
        #expect(sets.map(\.notes) == ["assistance 30 kg", "assistance 20 kg\nslow", "assistance 30 lb", "assistance 15 lb"])
        #expect(journal.sessions.last?.exercises.last?.exerciseId == "assisted-pull-up")
        // and the progress charts see no lift in them
        #expect(ProgressReport.oneRepMaxSeries(journal, catalog: .standard).isEmpty)
        #expect(ProgressReport.weeklyVolume(journal).allSatisfy { $0.tonnageKg == 0 })
        #expect(try roundTrips(journal) == journal)
    }

    @Test("names assisted exercises by the word, not by a part of another", arguments: [
        ("Pull Up (Assisted)", true), ("Assisted Dip (Machine)", true), ("Band Assisted Pull Up", true),
        ("Pull Up (Weighted)", false), ("Lat Pulldown (Cable)", false),
    ])
    func names(name: String, assisted: Bool) {
        #expect(ExerciseNames.isAssisted(name) == assisted)
    }
}
