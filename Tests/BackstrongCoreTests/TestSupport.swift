import BackstrongCore
// Shared builders for BackstrongCore tests: fixed days, a journal builder with sensible defaults
// (profile, all-no screening, a passing assessment) and helpers for sessions, sets and prescriptions.
import Foundation
import Testing

/// A fixed calendar day; tests never read the clock.
func day(_ iso: String) -> Day {
    guard let d = Day(iso: iso) else { fatalError("bad test date \(iso)") }
    return d
}

/// Monday 2 March 2026: the "today" of most tests.
let today = day("2026-03-02")

/// The bundled catalog.
let catalog = ExerciseCatalog.standard

func exercise(_ id: String) -> Exercise {
    guard let e = catalog.exercise(id) else { fatalError("no exercise \(id) in the catalog") }
    return e
}

/// Readiness tests that pass every foundation criterion (but not the 90 s strength hold on their own).
func passingAssessment(on date: Day = day("2026-02-23"), backExtension: Double = 100) -> Assessment {
    Assessment(
        date: date, squats: 15, lungesPerSide: 10, pushUps: 20, plankSeconds: 60, sidePlankLeftSeconds: 40,
        sidePlankRightSeconds: 40, backExtensionHoldSeconds: backExtension, trunkFlexorHoldSeconds: 80,
        painDuringTests: 2)
}

/// `count` identical sets.
func sets(
    _ count: Int = 2, kg: Double? = nil, reps: Int? = 15, seconds: Double? = nil, rpe: Double? = 7,
    form: Form? = .good, pain: Double? = 2, kind: SetKind = .working
) -> [LoggedSet] {
    Array(
        repeating: LoggedSet(weightKg: kg, reps: reps, seconds: seconds, rpe: rpe, form: form, pain: pain, kind: kind),
        count: count)
}

/// A journal with sensible defaults that each test changes only where it matters.
struct JournalBuilder {
    var profile = Profile(
        age: 40, bodyweightKg: 70, experience: .novice, daysPerWeek: 3,
        equipment: [.dumbbells, .bench, .backExtensionBench, .latPulldownMachine], sex: .female)
    var screening: Screening? = .allNo(on: day("2026-02-20"))
    var assessments: [Assessment] = [passingAssessment()]
    var sessions: [Session] = []
    var checkIns: [PainCheckIn] = []

    /// Answers "yes" to the given screening questions (the rest stay "no").
    func answering(_ questions: ScreeningQuestion...) -> JournalBuilder {
        var b = self
        var s = b.screening ?? .allNo(on: day("2026-02-20"))
        for q in questions { s.answers[q] = true }
        b.screening = s
        return b
    }

    func with(_ change: (inout JournalBuilder) -> Void) -> JournalBuilder {
        var b = self
        change(&b)
        return b
    }

    func profile(_ change: (inout Profile) -> Void) -> JournalBuilder {
        var b = self
        change(&b.profile)
        return b
    }

    /// Adds a session on `date` with the given exercise logs.
    func session(
        _ date: Day, _ logs: [ExerciseLog], painBefore: Double? = nil, nextMorningPain: Double? = nil,
        newLegSymptoms: Bool? = nil
    ) -> JournalBuilder {
        var b = self
        b.sessions.append(
            Session(
                date: SessionTime(day: date), exercises: logs, painBefore: painBefore, nextMorningPain: nextMorningPain,
                newLegSymptoms: newLegSymptoms))
        b.sessions.sort { $0.date < $1.date }
        return b
    }

    /// Adds a session on `date` with one exercise.
    func session(
        _ date: Day, _ exerciseId: String, _ loggedSets: [LoggedSet], painBefore: Double? = nil,
        nextMorningPain: Double? = nil
    ) -> JournalBuilder {
        session(
            date, [ExerciseLog(exerciseId: exerciseId, sets: loggedSets)], painBefore: painBefore,
            nextMorningPain: nextMorningPain)
    }

    func checkIn(_ date: Day, pain: Double) -> JournalBuilder {
        var b = self
        b.checkIns.append(PainCheckIn(date: date, pain: pain))
        b.checkIns.sort { $0.date < $1.date }
        return b
    }

    func build() -> Journal {
        Journal(
            profile: profile, screening: screening, assessments: assessments, sessions: sessions, checkIns: checkIns)
    }
}

/// The engine's prescription for one exercise on `date`, at `stage`.
func prescription(
    for exerciseId: String, in journal: Journal, on date: Day, stage: Stage = .loading, deloadReason: String? = nil
) -> Prescription {
    let filter = ExerciseFilter(profile: journal.profile, screening: journal.screening, stage: stage, catalog: catalog)
    let engine = ProgressionEngine(
        history: TrainingHistory(journal: journal), stage: stage, filter: filter, catalog: catalog)
    return engine.prescribe(exercise(exerciseId), on: date, deloadReason: deloadReason)
}

/// Screens a builder's answers and profile.
func screen(_ builder: JournalBuilder) -> ScreeningResult {
    ScreeningRules.screen(builder.screening!, profile: builder.profile)
}

/// Every exercise of a plan with its catalog entry.
func plannedExercises(_ plan: Plan) -> [(session: PlannedSession, exercise: Exercise, prescription: Prescription)] {
    plan.sessions.flatMap { s in s.exercises.map { (s, exercise($0.exerciseId), $0) } }
}

/// The root of the repository, found from this file's path.
func repositoryRoot(_ file: String = #filePath) -> URL {
    URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
