// An index of a journal's sessions by exercise, built once so that the engine never rescans the journal.
import Foundation

/// One exercise as done in one session: its countable sets (working and failure sets only).
public struct Workout: Sendable, Equatable {
    public var day: Day
    public var sessionIndex: Int
    public var sets: [LoggedSet]

    /// Heaviest load of the countable sets (nil for bodyweight).
    public var topLoadKg: Double? { sets.compactMap(\.weightKg).max() }
}

/// Sessions indexed by exercise, oldest first.
public struct TrainingHistory: Sendable {
    public let journal: Journal
    public let workoutsByExercise: [String: [Workout]]
    public let pain: PainMonitor

    public init(journal: Journal) {
        self.journal = journal
        self.pain = PainMonitor(journal: journal)
        var index: [String: [Workout]] = [:]
        for (i, s) in journal.sessions.enumerated() {
            for log in s.exercises {
                let sets = log.sets.filter { $0.kind.countsForProgression }
                guard !sets.isEmpty else { continue }
                if var list = index[log.exerciseId], let last = list.last, last.sessionIndex == i {
                    list[list.count - 1].sets += sets
                    index[log.exerciseId] = list
                } else {
                    index[log.exerciseId, default: []].append(Workout(day: s.day, sessionIndex: i, sets: sets))
                }
            }
        }
        self.workoutsByExercise = index
    }

    /// Workouts of an exercise strictly before `day`.
    public func workouts(of exerciseId: String, before day: Day) -> ArraySlice<Workout> {
        guard let all = workoutsByExercise[exerciseId] else { return [] }
        var end = all.count
        while end > 0 && all[end - 1].day >= day { end -= 1 }
        return all[..<end]
    }

    /// The latest session strictly before `day`.
    public func lastSession(before day: Day) -> (index: Int, session: Session)? {
        var i = journal.sessions.count - 1
        while i >= 0 {
            if journal.sessions[i].day < day { return (i, journal.sessions[i]) }
            i -= 1
        }
        return nil
    }

    /// The exercise of `pattern` logged most recently before `day` (within `withinDays`), if any.
    public func recentExercise(
        in pattern: MovementPattern, before day: Day, withinDays: Int, catalog: ExerciseCatalog, excluding: Set<String> = []
    ) -> String? {
        // Most recent session wins; within one session, the exercise logged last (a deterministic choice).
        var best: (Day, Int, Int, String)?
        for (id, list) in workoutsByExercise where !excluding.contains(id) && !list.isEmpty {
            guard catalog.exercise(id)?.pattern == pattern else { continue }
            guard let w = workouts(of: id, before: day).last, w.day.days(to: day) <= withinDays else { continue }
            let order = journal.sessions[w.sessionIndex].exercises.lastIndex { $0.exerciseId == id } ?? 0
            let key = (w.day, w.sessionIndex, order, id)
            if best == nil || (key.0, key.1, key.2) > (best!.0, best!.1, best!.2)
                || ((key.0, key.1, key.2) == (best!.0, best!.1, best!.2) && key.3 < best!.3)
            {
                best = key
            }
        }
        return best?.3
    }
}
