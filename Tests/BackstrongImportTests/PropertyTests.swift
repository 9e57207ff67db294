// Property-based tests of the two promises: export → import → export gives the same file, and importing
// the same file twice is importing it once. Journals and Strong files are built from a generated seed.
import BackstrongCore
import BackstrongPropertyChecks
import Foundation
import PropertyBased
import Testing

@testable import BackstrongImport

/// SplitMix64: a small seeded generator, so every case can be rebuilt from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: Int) { state = UInt64(bitPattern: Int64(seed)) }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum RandomHistory {
    static let texts = [
        "felt good", "lower back felt weird", "a, b; c", "quote \"here\"", "two\nlines", "emoji 💪🏽", " spaced ",
        "back tweak", "=SUM(A1)", "trailing,comma,",
    ]
    static let catalogIds = [
        "deadlift", "lat-pulldown", "back-extension", "plank", "goblet-squat", "push-up", "bird-dog",
    ]

    static func coin(_ rng: inout SeededGenerator) -> Bool { Bool.random(using: &rng) }

    /// A journal of random sessions using every field the CSV carries.
    static func journal(seed: Int) -> Journal {
        var rng = SeededGenerator(seed: seed)
        var j = bareJournal
        j.customExercises = [
            CustomExercise(id: "cable-curl", name: "Cable Curl, \"strict\""),
            CustomExercise(id: "row-erg", name: "Row erg 🚣"),
        ]
        var day = Day(iso: "2020-01-01")!.adding(days: Int.random(in: 0...2000, using: &rng))
        for _ in 0..<Int.random(in: 0...8, using: &rng) {
            day = day.adding(days: Int.random(in: 1...5, using: &rng))
            let date: SessionTime
            switch Int.random(in: 0...2, using: &rng) {
            case 0: date = SessionTime(day: day)
            case 1: date = SessionTime(day: day, minuteOfDay: Int.random(in: 0..<1440, using: &rng))
            default: date = SessionTime(parsing: day.iso + "T07:30:15+01:00")!
            }
            var exercises: [ExerciseLog] = []
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                let id = (catalogIds + ["cable-curl", "row-erg"]).randomElement(using: &rng)!
                var sets: [LoggedSet] = []
                for _ in 0..<Int.random(in: 0...4, using: &rng) {
                    var s = LoggedSet(
                        weightKg: (coin(&rng) ? Double.random(in: 0...500, using: &rng) : nil),
                        reps: Int.random(in: 0...100, using: &rng),
                        seconds: (coin(&rng) ? Double(Int.random(in: 0...3600, using: &rng)) : nil),
                        rpe: (coin(&rng) ? Double(Int.random(in: 2...20, using: &rng)) / 2 : nil),
                        form: (coin(&rng) ? Form.allCases.randomElement(using: &rng)! : nil),
                        pain: (coin(&rng) ? Double.random(in: 0...10, using: &rng) : nil),
                        kind: SetKind.allCases.randomElement(using: &rng)!,
                        notes: (coin(&rng) ? texts.randomElement(using: &rng)! : nil),
                        distanceKm: (coin(&rng) ? Double.random(in: 0...50, using: &rng) : nil),
                        durationSeconds: (coin(&rng) ? Double.random(in: 0...86_400, using: &rng) : nil))
                    if Bool.random(using: &rng) {
                        s.reps = nil
                        s.seconds = s.seconds ?? 30
                    }
                    sets.append(s)
                }
                exercises.append(
                    ExerciseLog(
                        exerciseId: id, sets: sets, notes: (coin(&rng) ? texts.randomElement(using: &rng)! : nil)))
            }
            j.sessions.append(
                Session(
                    id: (coin(&rng) ? "id-\(Int.random(in: 0...1_000_000, using: &rng))" : nil), date: date,
                    exercises: exercises,
                    painBefore: (coin(&rng) ? Double(Int.random(in: 0...10, using: &rng)) : nil),
                    painAfter: (coin(&rng) ? Double.random(in: 0...10, using: &rng) : nil),
                    nextMorningPain: (coin(&rng) ? 3.5 : nil),
                    newLegSymptoms: (coin(&rng) ? Bool.random(using: &rng) : nil),
                    notes: (coin(&rng) ? texts.randomElement(using: &rng)! : nil),
                    title: (coin(&rng) ? texts.randomElement(using: &rng)! : nil),
                    durationSeconds: (coin(&rng) ? Double(Int.random(in: 60...7200, using: &rng)) : nil),
                    source: (coin(&rng)
                        ? SessionSource(app: "strong", file: "strong, 2024.csv", firstLine: 2, lastLine: 9) : nil)))
        }
        return j
    }

    /// A Strong 12-column export of random workouts, newest first, with every Set Order kind.
    static func strongCSV(seed: Int) -> String {
        var rng = SeededGenerator(seed: seed)
        let names = [
            "Deadlift (Barbell)", "Lat Pulldown (Cable)", "Bicep Curl (Barbell)", "Plank", "Farmer's Walk, heavy",
        ]
        var rows: [String] = []
        var day = Day(iso: "2023-01-01")!
        for w in 0..<Int.random(in: 1...6, using: &rng) {
            day = day.adding(days: Int.random(in: 1...4, using: &rng))
            let date = day.iso + " 18:0\(w % 10):00"
            for name in names.shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)) {
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    let order = ["1", "2", "W", "D", "F", "Rest Timer", "Note"].randomElement(using: &rng)!
                    let weight = Double(Int.random(in: 0...400, using: &rng)) / 2
                    let note = (coin(&rng) ? texts.randomElement(using: &rng)! : nil) ?? ""
                    let fields = [
                        date, "Workout \(w)", "1h 6m", name, order, "\(weight)",
                        "\(Int.random(in: 1...20, using: &rng)).0",
                        "0", "0", note, "", "",
                    ]
                    rows.append(fields.map(CSVTokenizer.escape).joined(separator: ","))
                }
            }
        }
        return
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
            + rows.reversed().joined(separator: "\n") + "\n"
    }
}

@Suite("Import and export properties")
struct PropertyTests {
    @Test("export → import → export gives the same CSV and the same sessions")
    func exportImportExport() async {
        await repeatablePropertyCheck(count: 150, input: Gen.int(in: 0...Int.max)) { seed in
            let journal = RandomHistory.journal(seed: seed)
            #expect((try? roundTrips(journal)) == journal, "the generated journal is valid")
            let csv = BackstrongCSV.export(journal)
            guard let (imported, summary) = try? importText(csv, into: Journal(profile: journal.profile)) else {
                Issue.record("the export did not import")
                return
            }
            #expect(summary.skippedRows.isEmpty)
            #expect(imported.sessions == journal.sessions)
            #expect(BackstrongCSV.export(imported) == csv)
        }
    }

    @Test("importing a file twice is importing it once")
    func importTwiceIsOnce() async {
        await repeatablePropertyCheck(count: 150, input: Gen.int(in: 0...Int.max)) { seed in
            for csv in [RandomHistory.strongCSV(seed: seed), BackstrongCSV.export(RandomHistory.journal(seed: seed))] {
                guard let (once, _) = try? importText(csv, unit: .kg),
                    let (twice, summary) = try? importText(csv, into: once, unit: .kg)
                else {
                    Issue.record("the file did not import")
                    return
                }
                #expect(twice == once)
                #expect(summary.added == 0)
                #expect((try? roundTrips(once)) == once)
            }
        }
    }
}
