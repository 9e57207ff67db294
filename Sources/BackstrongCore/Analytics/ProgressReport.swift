// Analytics over a journal as of one day: pain trend (and whether the change is clinically important), estimated
// 1RM per exercise over time, weekly volume and adherence (clinical-rules §3, §6). Sessions and check-ins dated
// after that day are left out, as `next` ignores them.
import Foundation

/// Pain now against the start, on the NPRS (0–10).
public struct PainTrend: Sendable, Equatable, Codable {
    /// Mean resting pain (pre-workout pain and check-ins) over the first 7 days on record.
    public var baseline: Double?
    /// Mean resting pain over the last 7 days on record.
    public var latest: Double?
    /// latest − baseline (negative is better).
    public var change: Double?
    /// change as a percentage of baseline.
    public var percentChange: Double?
    /// |change| ≥ 2 points (NPRS MDC [23], consensus [24]).
    public var clinicallyImportant: Bool
    public var message: String
    /// Every pain value by day, for charts.
    public var points: [PainPoint]

    enum CodingKeys: String, CodingKey { case baseline, latest, change, percentChange, clinicallyImportant, message, points }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(baseline, forKey: .baseline)  // null until there is data, always present
        try c.encode(latest, forKey: .latest)
        try c.encode(change, forKey: .change)
        try c.encode(percentChange, forKey: .percentChange)
        try c.encode(clinicallyImportant, forKey: .clinicallyImportant)
        try c.encode(message, forKey: .message)
        try c.encode(points, forKey: .points)
    }
}

/// Pain values logged on one day.
public struct PainPoint: Sendable, Equatable, Codable {
    public var date: Day
    public var before: Double?
    public var after: Double?
    public var nextMorning: Double?
    public var resting: Double?
}

/// Best estimated 1RM of one exercise per session, from good-form sets only (`OneRepMax.countsForTrend`; sets of
/// 1–10 reps preferred). A session with no good-form set of the exercise gives no point.
public struct OneRepMaxSeries: Sendable, Equatable, Codable {
    public var exerciseId: String
    public var name: String
    public var best: Double
    public var latest: Double
    public var points: [OneRepMaxPoint]
}

public struct OneRepMaxPoint: Sendable, Equatable, Codable {
    public var date: Day
    /// Epley estimate from the session's best set.
    public var e1rm: Double
    public var weightKg: Double
    public var reps: Int
    public var lowValidity: Bool
}

/// Work done in one week (Monday start).
public struct WeeklyVolume: Sendable, Equatable, Codable {
    public var weekStart: Day
    public var sessions: Int
    public var sets: Int
    public var reps: Int
    /// Σ weight × reps over loaded working sets (kg).
    public var tonnageKg: Double
    public var holdSeconds: Double
}

/// Sessions done against sessions planned (days per week).
public struct Adherence: Sendable, Equatable, Codable {
    public var weeks: Int
    public var plannedSessions: Int
    public var loggedSessions: Int
    /// logged / planned, 0–1 (capped at 1).
    public var rate: Double
    /// Days with a logged session, for a calendar.
    public var trainingDays: [Day]
}

/// All analytics together, as `backstrong progress` prints them.
public struct ProgressReport: Sendable, Equatable, Codable {
    public var pain: PainTrend
    public var e1rm: [OneRepMaxSeries]
    public var weeklyVolume: [WeeklyVolume]
    public var adherence: Adherence

    /// The report as of `today`: every measure leaves out what was logged after it.
    public static func make(_ journal: Journal, today: Day, catalog: ExerciseCatalog = .standard) -> ProgressReport {
        let known = asOf(journal, today)
        return ProgressReport(
            pain: painTrend(known), e1rm: oneRepMaxSeries(known, catalog: catalog),
            weeklyVolume: weeklyVolume(known), adherence: adherence(known, today: today))
    }

    /// The journal as it stood at the end of `today`: sessions and check-ins dated later are left out.
    public static func asOf(_ journal: Journal, _ today: Day) -> Journal {
        var known = journal
        known.sessions.removeAll { $0.day > today }
        known.checkIns.removeAll { $0.date > today }
        return known
    }

    public static func painTrend(_ journal: Journal) -> PainTrend {
        var byDay: [Day: PainPoint] = [:]
        var resting: [(Day, Double)] = []
        for s in journal.sessions {
            var p = byDay[s.day] ?? PainPoint(date: s.day)
            p.before = s.painBefore ?? p.before
            p.after = s.painAfter ?? p.after
            p.nextMorning = s.nextMorningPain ?? p.nextMorning
            byDay[s.day] = p
            if let b = s.painBefore { resting.append((s.day, b)) }
        }
        for c in journal.checkIns {
            var p = byDay[c.date] ?? PainPoint(date: c.date)
            p.resting = c.pain
            byDay[c.date] = p
            resting.append((c.date, c.pain))
        }
        resting.sort { $0.0 < $1.0 }
        let points = byDay.keys.sorted().map { byDay[$0]! }
        guard let first = resting.first?.0, let lastDay = resting.last?.0 else {
            return PainTrend(baseline: nil, latest: nil, change: nil, percentChange: nil, clinicallyImportant: false,
                             message: "No resting pain logged yet (pain before a session, or a check-in).", points: points)
        }
        let mean: ([(Day, Double)]) -> Double = { $0.map(\.1).reduce(0, +) / Double($0.count) }
        let baseline = mean(resting.filter { $0.0 < first.adding(days: 7) })
        let latest = mean(resting.filter { $0.0 > lastDay.adding(days: -7) })
        let change = latest - baseline
        let important = abs(change) >= ClinicalRules.clinicallyImportantPainChange - 1e-9 && first.adding(days: 7) <= lastDay
        let pct = baseline > 0 ? change / baseline * 100 : nil
        let pctText = pct.map { String(format: " (%+.0f %%)", $0) } ?? ""
        let message: String
        if first.adding(days: 7) > lastDay {
            message = "Less than a week of pain records: no trend yet."
        } else if important {
            message = "Resting pain went from \(fmt(baseline)) to \(fmt(latest))\(pctText): a change of \(fmt(abs(change))) points, \(change < 0 ? "a clinically important improvement" : "a clinically important worsening: see a professional") (2 points or more [23, 24])."
        } else {
            message = "Resting pain went from \(fmt(baseline)) to \(fmt(latest))\(pctText): under 2 points, so no clear change yet [23]."
        }
        return PainTrend(baseline: baseline, latest: latest, change: change, percentChange: pct,
                         clinicallyImportant: important, message: message, points: points)
    }

    public static func oneRepMaxSeries(_ journal: Journal, catalog: ExerciseCatalog) -> [OneRepMaxSeries] {
        var series: [String: [OneRepMaxPoint]] = [:]
        for s in journal.sessions {
            for log in s.exercises {
                // Trends use good-form sets (§6): a session without one is left out of the series.
                let sets = log.sets.filter(OneRepMax.countsForTrend)
                // Prefer sets within the formulas' valid range [38].
                let valid = sets.filter { ($0.reps ?? 0) <= ClinicalRules.oneRepMaxValidReps }
                let pool = valid.isEmpty ? sets : valid
                guard let best = pool.max(by: { OneRepMax.epley(weightKg: $0.weightKg!, reps: $0.reps!) < OneRepMax.epley(weightKg: $1.weightKg!, reps: $1.reps!) })
                else { continue }
                let point = OneRepMaxPoint(
                    date: s.day, e1rm: OneRepMax.epley(weightKg: best.weightKg!, reps: best.reps!), weightKg: best.weightKg!,
                    reps: best.reps!, lowValidity: best.reps! > ClinicalRules.oneRepMaxValidReps)
                if var list = series[log.exerciseId], list.last?.date == s.day {
                    if point.e1rm > list[list.count - 1].e1rm { list[list.count - 1] = point }
                    series[log.exerciseId] = list
                } else {
                    series[log.exerciseId, default: []].append(point)
                }
            }
        }
        return series.keys.sorted().map { id in
            let pts = series[id]!
            let name = catalog.exercise(id)?.name ?? journal.customExercises.first { $0.id == id }?.name ?? id
            return OneRepMaxSeries(exerciseId: id, name: name, best: pts.map(\.e1rm).max()!, latest: pts.last!.e1rm, points: pts)
        }
    }

    public static func weeklyVolume(_ journal: Journal) -> [WeeklyVolume] {
        var weeks: [Day: WeeklyVolume] = [:]
        for s in journal.sessions {
            let w = s.day.startOfWeek
            var v = weeks[w] ?? WeeklyVolume(weekStart: w, sessions: 0, sets: 0, reps: 0, tonnageKg: 0, holdSeconds: 0)
            v.sessions += 1
            for log in s.exercises {
                for set in log.sets where set.kind.countsForProgression {
                    v.sets += 1
                    v.reps += set.reps ?? 0
                    v.tonnageKg += (set.weightKg ?? 0) * Double(set.reps ?? 0)
                    v.holdSeconds += set.seconds ?? 0
                }
            }
            weeks[w] = v
        }
        return weeks.keys.sorted().map { weeks[$0]! }
    }

    public static func adherence(_ journal: Journal, today: Day) -> Adherence {
        let days = Array(Set(journal.sessions.map(\.day).filter { $0 <= today })).sorted()
        guard let first = days.first else {
            return Adherence(weeks: 0, plannedSessions: 0, loggedSessions: 0, rate: 0, trainingDays: [])
        }
        let weeks = max(1, Int((Double(first.days(to: today) + 1) / 7).rounded(.up)))
        let planned = weeks * journal.profile.daysPerWeek
        let logged = journal.sessions.filter { $0.day <= today }.count
        return Adherence(weeks: weeks, plannedSessions: planned, loggedSessions: logged,
                         rate: min(1, Double(logged) / Double(planned)), trainingDays: days)
    }
}
