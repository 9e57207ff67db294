// A generated two-year journal for the benchmarks: ~300 sessions over 104 weeks, ~6,000 sets of catalog
// exercises with slowly rising loads, RPE, form and pain, plus weekly check-ins and quarterly tests.
// Seeded, so every run benchmarks the same journal.
import BackstrongCore

/// Builds the benchmark journal.
enum TwoYearJournal {
    static let weeks = 104
    /// Monday of the first week.
    static let firstDay = Day(year: 2024, month: 12, day: 2)!

    /// The first day after the journal, as `today` for `next` and the start of `plan`.
    static var dayAfter: Day { firstDay.adding(days: weeks * 7) }

    static func make(seed: UInt64 = 0x5EED_BAC5) -> Journal {
        var rng = SplitMix64(seed: seed)
        let profile = Profile(
            age: 46, bodyweightKg: 84, experience: .novice, daysPerWeek: 3,
            equipment: [.barbell, .dumbbells, .bench, .latPulldownMachine, .cableMachine, .backExtensionBench],
            units: .kg, sex: .male)
        var sessions: [Session] = []
        var checkIns: [PainCheckIn] = []
        var assessments: [Assessment] = []
        var template = 0
        for week in 0..<weeks {
            let monday = firstDay.adding(days: week * 7)
            // Resting pain falls from about 4 to about 1 over the two years.
            let basePain = max(0.5, 4 - 3 * Double(week) / Double(weeks))
            if week % 13 == 0 {
                let gain = Double(week / 13)
                assessments.append(
                    Assessment(
                        date: monday, squats: 14 + Int(gain) * 2, lungesPerSide: 10 + Int(gain),
                        pushUps: 12 + Int(gain) * 2,
                        plankSeconds: 45 + gain * 10, sidePlankLeftSeconds: 30 + gain * 6,
                        sidePlankRightSeconds: 29 + gain * 6,
                        backExtensionHoldSeconds: 70 + gain * 12, trunkFlexorHoldSeconds: 60 + gain * 10,
                        painDuringTests: (basePain - 1).rounded()))
            }
            let deload = week % 8 == 7
            for (offset, minute) in [(0, 18 * 60 + 30), (2, 18 * 60), (4, 7 * 60 + 15)] {
                if rng.unit() < 0.04 { continue }  // a missed workout now and then
                let day = monday.adding(days: offset)
                let pain = (basePain + rng.unit(in: -1...1) + (rng.unit() < 0.03 ? 3 : 0)).clampedPain
                let exercises = (template == 0 ? sessionA(week: week) : sessionB(week: week)).map { lift in
                    lift.log(week: week, deload: deload, pain: pain, rng: &rng)
                }
                sessions.append(
                    Session(
                        id: "s\(sessions.count + 1)", date: SessionTime(day: day, minuteOfDay: minute),
                        exercises: exercises,
                        painBefore: pain, painAfter: (pain + rng.unit(in: -1...1.5)).clampedPain,
                        nextMorningPain: (pain + rng.unit(in: -1...1)).clampedPain))
                template = 1 - template
            }
            checkIns.append(
                PainCheckIn(date: monday.adding(days: 6), pain: (basePain + rng.unit(in: -0.5...0.5)).clampedPain))
        }
        return Journal(
            profile: profile, screening: Screening.allNo(on: firstDay.adding(days: -3)), assessments: assessments,
            sessions: sessions, checkIns: checkIns)
    }

    /// Squat, hinge, vertical pull, push, anti-extension, extension: variations harden as the months pass.
    static func sessionA(week: Int) -> [Lift] {
        [
            week < 26
                ? Lift("goblet-squat", startKg: 10, gainPerWeek: 0.35, step: 2, sets: 3, reps: 10...15)
                : Lift("back-squat", startKg: 30, gainPerWeek: 0.5, step: 2.5, sets: 4, reps: 6...10, warmUp: true),
            week < 26
                ? Lift("romanian-deadlift-dumbbell", startKg: 8, gainPerWeek: 0.25, step: 2, sets: 3, reps: 10...15)
                : week < 52
                    ? Lift(
                        "romanian-deadlift-barbell", startKg: 30, gainPerWeek: 0.5, step: 2.5, sets: 3, reps: 8...12,
                        warmUp: true)
                    : Lift("deadlift", startKg: 40, gainPerWeek: 0.6, step: 2.5, sets: 3, reps: 5...8, warmUp: true),
            Lift("lat-pulldown", startKg: 25, gainPerWeek: 0.2, step: 5, sets: 4, reps: 10...15),
            Lift("dumbbell-bench-press", startKg: 8, gainPerWeek: 0.15, step: 2, sets: 3, reps: 10...15),
            Lift("plank", holdSeconds: 30, sets: 3),
            Lift("bird-dog", holdSeconds: 10, sets: 3, holds: 6...8),
        ]
    }

    /// Lunge, row, overhead push, back extension, side plank, anti-rotation.
    static func sessionB(week: Int) -> [Lift] {
        [
            Lift("dumbbell-split-squat", startKg: 6, gainPerWeek: 0.15, step: 2, sets: 3, reps: 10...15),
            Lift("one-arm-dumbbell-row", startKg: 10, gainPerWeek: 0.2, step: 2, sets: 4, reps: 10...15),
            Lift("seated-dumbbell-press", startKg: 6, gainPerWeek: 0.1, step: 2, sets: 3, reps: 10...15),
            week < 12
                ? Lift("back-extension", bodyweightSets: 3, reps: 10...15)
                : Lift("loaded-back-extension", startKg: 2, gainPerWeek: 0.1, step: 2, sets: 3, reps: 10...15),
            Lift("side-plank", holdSeconds: 15, sets: 3, holds: 3...6),
            Lift("pallof-press-cable", startKg: 5, gainPerWeek: 0.05, step: 2.5, sets: 3, reps: 10...12),
        ]
    }
}

/// How one exercise is logged: a load that rises slowly, or bodyweight reps, or timed holds.
struct Lift {
    var id: String
    var startKg: Double?
    var gainPerWeek = 0.0
    var step = 1.0
    var sets: Int
    var reps: ClosedRange<Int>?
    var holdSeconds: Double?
    var warmUp = false

    init(
        _ id: String, startKg: Double, gainPerWeek: Double, step: Double, sets: Int, reps: ClosedRange<Int>,
        warmUp: Bool = false
    ) {
        self.id = id
        self.startKg = startKg
        self.gainPerWeek = gainPerWeek
        self.step = step
        self.sets = sets
        self.reps = reps
        self.warmUp = warmUp
    }

    init(_ id: String, bodyweightSets sets: Int, reps: ClosedRange<Int>) {
        self.id = id
        self.sets = sets
        self.reps = reps
    }

    init(_ id: String, holdSeconds: Double, sets: Int, holds: ClosedRange<Int>? = nil) {
        self.id = id
        self.holdSeconds = holdSeconds
        self.sets = sets
        self.reps = holds
    }

    func log(week: Int, deload: Bool, pain: Double, rng: inout SplitMix64) -> ExerciseLog {
        var load: Double?
        if let startKg {
            let raw = (startKg + gainPerWeek * Double(week)) * (deload ? 0.9 : 1)
            load = max(step, (raw / step).rounded(.down) * step)
        }
        var logged: [LoggedSet] = []
        if warmUp, let load {
            logged.append(
                LoggedSet(
                    weightKg: (load * 0.5 / step).rounded(.down) * step, reps: 8, rpe: 4, form: .good,
                    pain: pain.clampedPain, kind: .warmup))
        }
        for i in 0..<sets {
            let rpe = min(10, 6.5 + 0.5 * Double(i) + (rng.unit() < 0.3 ? 0.5 : 0) + (deload ? -1 : 0))
            let roll = rng.unit()
            let form: Form = roll < 0.85 ? .good : roll < 0.97 ? .fair : .poor
            let setPain = (pain + rng.unit(in: -1...1) + (rng.unit() < 0.02 ? 2.5 : 0)).clampedPain
            var seconds: Double?
            var repCount: Int?
            if let holdSeconds {
                seconds = (holdSeconds + Double(week / 8) * 5).rounded()
                repCount = reps.map { Int(rng.unit(in: Double($0.lowerBound)...Double($0.upperBound))) }
            } else if let reps {
                let span = Double(reps.upperBound - reps.lowerBound)
                // Reps climb through each 8-week block, then the load steps up and they start again.
                repCount = reps.lowerBound + Int((span * Double(week % 8) / 7 - Double(i)).rounded().clamped(0, span))
            }
            logged.append(
                LoggedSet(weightKg: load, reps: repCount, seconds: seconds, rpe: rpe, form: form, pain: setPain))
        }
        return ExerciseLog(exerciseId: id, sets: logged)
    }
}

/// A small seeded generator (SplitMix64), so the journal is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func unit(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }
}

extension Double {
    /// Rounded to a whole pain score within 0–10.
    var clampedPain: Double { clamped(0, 10).rounded() }

    func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(high, Swift.max(low, self)) }
}
