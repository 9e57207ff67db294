// Random journals for the property-based safety tests: a profile within the reader's limits, random equipment,
// sensitivities, conditions and screening answers, an assessment, and sessions with random loads, reps, RPE,
// form and pain.
import BackstrongCore
import PropertyBased

/// What kind of screening a random journal gets.
enum ScreeningMix: Sendable {
    /// No red flags; any consult-level answer or condition is cleared after the screening.
    case readyToTrain
    /// Any answers, with no clearance, a clearance after the screening, or one dated before it.
    case anything
}

/// The day plans and prescriptions are made for in the random tests.
let randomStart = day("2026-06-01")

enum RandomJournal {
    static func generator(_ mix: ScreeningMix) -> Generator<Journal, Shrink.None<Journal>> {
        Generator { rng in make(mix, using: &rng) }
    }

    static func make<R: RandomNumberGenerator>(_ mix: ScreeningMix, using rng: inout R) -> Journal {
        let screeningDate = randomStart.adding(days: -Int.random(in: 20...120, using: &rng))
        var profile = Profile(
            age: Int.random(in: 16...85, using: &rng),
            bodyweightKg: Double(Int.random(in: 80...240, using: &rng)) / 2,
            experience: Experience.allCases.randomElement(using: &rng)!,
            daysPerWeek: Int.random(in: 2...5, using: &rng),
            equipment: Equipment.allCases.filter { _ in Bool.random(using: &rng) },
            sensitivities: Sensitivity.allCases.filter { _ in Int.random(in: 0..<4, using: &rng) == 0 },
            conditions: Condition.allCases.filter { _ in Int.random(in: 0..<6, using: &rng) == 0 },
            sex: [Sex.male, .female, nil].randomElement(using: &rng)!)
        var answers: [ScreeningQuestion: Bool] = [:]
        let consultLevel: Set<ScreeningQuestion> = [.constantNightPain, .painWorseningOverWeeks, .legPainBelowKnee]
        for q in ScreeningQuestion.allCases {
            switch mix {
            case .readyToTrain: answers[q] = consultLevel.contains(q) && Int.random(in: 0..<4, using: &rng) == 0
            case .anything: answers[q] = Int.random(in: 0..<8, using: &rng) == 0
            }
        }
        switch mix {
        case .readyToTrain:
            if answers.values.contains(true) || !profile.conditions.isEmpty {
                profile.clearedByProfessional = true
                // A clearance counts only with a date on or after the screening, and not after the plan's start.
                profile.clearedOn = screeningDate
            }
        case .anything:
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: break
            case 3:
                profile.clearedByProfessional = true  // without a date: does not count
            case 1:
                profile.clearedByProfessional = true
                profile.clearedOn = screeningDate.adding(days: Int.random(in: 0...10, using: &rng))
            default:
                profile.clearedByProfessional = true
                profile.clearedOn = screeningDate.adding(days: -Int.random(in: 1...30, using: &rng))
            }
        }
        let screening = Screening(date: screeningDate, answers: answers)

        // Two journals in three are "steady": tests passed, sets mostly clean, so loads progress and the
        // increase rules are exercised; the rest are noisy everywhere.
        let steady = Int.random(in: 0..<3, using: &rng) > 0
        var assessments: [Assessment] = []
        if Int.random(in: 0..<6, using: &rng) > 0 {
            func maybe(_ x: Double) -> Double? { !steady && Int.random(in: 0..<8, using: &rng) == 0 ? nil : x }
            let left = Double(Int.random(in: 20...90, using: &rng))
            assessments.append(
                Assessment(
                    date: screeningDate.adding(days: Int.random(in: 0...5, using: &rng)),
                    squats: maybe(Double(Int.random(in: steady ? 10...30 : 5...30, using: &rng))).map(Int.init),
                    lungesPerSide: Int.random(in: 0...20, using: &rng),
                    pushUps: maybe(Double(Int.random(in: steady ? 17...40 : 0...40, using: &rng))).map(Int.init),
                    plankSeconds: maybe(Double(Int.random(in: steady ? 30...150 : 15...150, using: &rng))),
                    sidePlankLeftSeconds: maybe(left),
                    sidePlankRightSeconds: maybe(
                        steady
                            ? left * Double.random(in: 0.9...1.1, using: &rng)
                            : Double(Int.random(in: 15...90, using: &rng))),
                    backExtensionHoldSeconds: maybe(Double(Int.random(in: steady ? 60...200 : 40...200, using: &rng))),
                    trunkFlexorHoldSeconds: maybe(Double(Int.random(in: 30...200, using: &rng))),
                    painDuringTests: maybe(Double(Int.random(in: steady ? 0...6 : 0...12, using: &rng)) / 2)))
        }

        // A few exercises, logged again and again at a usual load, so that progression rules get exercised.
        let pool = Array(
            ExerciseCatalog.standard.exercises.shuffled(using: &rng).prefix(Int.random(in: 2...6, using: &rng)))
        var usualLoad: [String: Double] = [:]
        var usualReps: [String: Int] = [:]
        for e in pool { usualReps[e.id] = [15, 15, 15, 10, 12, 6].randomElement(using: &rng)! }
        for e in pool where e.load == .external {
            let step = Bool.random(using: &rng) ? (e.loadStepKg ?? 1) : 0.5
            usualLoad[e.id] = (e.minLoadKg ?? 0) + Double(Int.random(in: 0...30, using: &rng)) * step
        }
        let restingPain = Double(Int.random(in: 0...6, using: &rng)) / 2
        var sessions: [Session] = []
        var d = randomStart.adding(days: -Int.random(in: 30...90, using: &rng))
        let lastDay = randomStart.adding(
            days: -Int.random(in: Int.random(in: 0..<4, using: &rng) == 0 ? 0...20 : 0...6, using: &rng))
        while d <= lastDay {
            let chosen =
                steady ? pool[...] : pool.shuffled(using: &rng).prefix(Int.random(in: 1...pool.count, using: &rng))
            let logs = chosen.map { e in
                ExerciseLog(
                    exerciseId: e.id,
                    sets: randomSets(
                        for: e, usualLoad: usualLoad[e.id], usualReps: usualReps[e.id]!, steady: steady, using: &rng))
            }
            // Steady journals keep a constant resting pain with a rare flare; noisy ones vary freely.
            let flare = Int.random(in: 0..<12, using: &rng) == 0
            let before: Double? =
                steady && !flare
                ? restingPain
                : Int.random(in: 0..<3, using: &rng) == 0 ? nil : Double(Int.random(in: 0...16, using: &rng)) / 2
            let morning: Double? =
                steady && !flare
                ? restingPain
                : Int.random(in: 0..<3, using: &rng) == 0 ? nil : Double(Int.random(in: 0...16, using: &rng)) / 2
            sessions.append(
                Session(
                    date: SessionTime(day: d), exercises: logs, painBefore: before, nextMorningPain: morning,
                    newLegSymptoms: Int.random(in: 0..<25, using: &rng) == 0 ? true : nil))
            d = d.adding(days: Int.random(in: 1...6, using: &rng))
        }
        return Journal(profile: profile, screening: screening, assessments: assessments, sessions: sessions)
    }

    /// Sets of one exercise in one session: for steady journals mostly at the top of a rep range with good form,
    /// RPE ≤ 8 and low pain, with an occasional breach; otherwise anything within the reader's limits.
    static func randomSets<R: RandomNumberGenerator>(
        for e: Exercise, usualLoad: Double?, usualReps: Int, steady: Bool, using rng: inout R
    ) -> [LoggedSet] {
        var load = usualLoad
        if let l = load, let step = e.loadStepKg {
            switch Int.random(in: 0..<8, using: &rng) {
            case 0: load = l + step
            case 1: load = max(e.minLoadKg ?? 0, l - step)
            default: break
            }
        }
        let hold = e.measure == .hold
        func pick<T>(_ clean: [T], _ noisy: [T]) -> T {
            steady && Int.random(in: 0..<25, using: &rng) > 0
                ? clean.randomElement(using: &rng)! : noisy.randomElement(using: &rng)!
        }
        // Now and then a warm-up set first, which may hurt.
        let warmUp =
            Int.random(in: 0..<6, using: &rng) == 0
            ? [
                LoggedSet(
                    weightKg: load.map { $0 / 2 }, reps: 8, rpe: 5, form: .good,
                    pain: Double(Int.random(in: 0...8, using: &rng)), kind: .warmup)
            ]
            : []
        return warmUp
            + (0..<Int.random(in: steady ? 2...4 : 1...4, using: &rng)).map { _ in
                LoggedSet(
                    weightKg: load,
                    reps: hold && Bool.random(using: &rng)
                        ? nil : pick([usualReps], [0, 4, 6, 8, 10, 12, 13, 15, 16, 20, 30]),
                    seconds: hold ? pick([e.holdSeconds ?? 10], [5, 10, 20, 30, 60]) : nil,
                    rpe: pick([7, 7.5, 8, 8], [nil, 5, 6, 7, 8, 8.5, 9, 9.5, 10]),
                    form: pick([Form.good], [.good, .fair, .poor, nil]),
                    pain: pick([0, 1, 2, 3], [nil, 0, 2, 4, 5, 5.5, 6, 7, 9]),
                    kind: pick([SetKind.working], [.working, .working, .warmup, .failure, .drop]))
            }
    }
}
