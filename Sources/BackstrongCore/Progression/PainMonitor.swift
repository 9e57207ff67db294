// Pain monitoring (clinical-rules §4): baselines, set-pain and next-morning breaches, and weekly trends.
// Modelled on Silbernagel 2007 [27]; all thresholds are product decisions in ClinicalRules.
import Foundation

/// A pain signal that blocks progression, with the numbers that fired it.
public struct PainBreach: Sendable, Equatable {
    public enum Kind: String, Sendable { case setPain, nextMorningPain }
    public var kind: Kind
    public var day: Day
    public var exerciseId: String?
    public var value: Double
    public var limit: Double
    public var explanation: String
}

/// Pure pain rules over a journal.
public struct PainMonitor: Sendable {
    public let journal: Journal
    /// Weekly mean morning pain, computed once.
    private let weeklyMeans: [(week: Day, mean: Double)]

    public init(journal: Journal) {
        self.journal = journal
        self.weeklyMeans = PainMonitor.computeWeeklyMorningMeans(journal)
    }

    /// True when a session breached a pain rule (the cheap check behind `breaches(in:)`).
    public func hasBreach(_ session: Session) -> Bool {
        for log in session.exercises {
            for set in log.sets where (set.pain ?? 0) > ClinicalRules.maxAcceptableSetPain { return true }
        }
        return morningBreach(after: session) != nil
    }

    /// Resting pain values by day: check-ins and pre-workout pain.
    func restingValues(from start: Day, through end: Day) -> [Double] {
        var values: [Double] = []
        for c in journal.checkIns where c.date >= start && c.date <= end { values.append(c.pain) }
        for s in journal.sessions where s.day >= start && s.day <= end {
            if let p = s.painBefore { values.append(p) }
        }
        return values
    }

    /// Baseline for a session: that day's pre-workout pain, else the mean of resting values over the 7 days before.
    public func baseline(for session: Session) -> Double? {
        if let p = session.painBefore { return p }
        let values = restingValues(from: session.day.adding(days: -ClinicalRules.baselineWindowDays), through: session.day)
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// Sets in a session with pain above the acceptable level, optionally for one exercise.
    public func setPainBreaches(in session: Session, exerciseId: String? = nil) -> [PainBreach] {
        var result: [PainBreach] = []
        // Sets are numbered per exercise across the session, as the person did them (an exercise can be logged twice).
        var setsBefore: [String: Int] = [:]
        for log in session.exercises {
            defer { setsBefore[log.exerciseId, default: 0] += log.sets.count }
            guard exerciseId == nil || log.exerciseId == exerciseId else { continue }
            for (i, set) in log.sets.enumerated() {
                if let p = set.pain, p > ClinicalRules.maxAcceptableSetPain {
                    let number = setsBefore[log.exerciseId, default: 0] + i + 1
                    result.append(PainBreach(
                        kind: .setPain, day: session.day, exerciseId: log.exerciseId, value: p,
                        limit: ClinicalRules.maxAcceptableSetPain,
                        explanation: "pain \(fmt(p))/10 in set \(number) of \(journal.exerciseName(log.exerciseId)) on \(session.day) (limit \(fmt(ClinicalRules.maxAcceptableSetPain))/10)"))
                }
            }
        }
        return result
    }

    /// The next-morning breach after a session, if any.
    public func morningBreach(after session: Session) -> PainBreach? {
        guard let morning = session.nextMorningPain else { return nil }
        if let base = baseline(for: session) {
            let limit = base + ClinicalRules.morningPainMargin
            guard morning >= limit else { return nil }
            return PainBreach(
                kind: .nextMorningPain, day: session.day, exerciseId: nil, value: morning, limit: limit,
                explanation: "next-morning pain \(fmt(morning))/10 after \(session.day) was \(fmt(morning - base)) above your baseline of \(fmt(base)) (limit +\(fmt(ClinicalRules.morningPainMargin)))")
        }
        guard morning > ClinicalRules.morningPainWithoutBaseline else { return nil }
        return PainBreach(
            kind: .nextMorningPain, day: session.day, exerciseId: nil, value: morning,
            limit: ClinicalRules.morningPainWithoutBaseline,
            explanation: "next-morning pain \(fmt(morning))/10 after \(session.day) (no baseline logged; limit \(fmt(ClinicalRules.morningPainWithoutBaseline))/10)")
    }

    /// Every breach (set pain and next morning) in a session.
    public func breaches(in session: Session) -> [PainBreach] {
        setPainBreaches(in: session) + (morningBreach(after: session).map { [$0] } ?? [])
    }

    /// Mondays of the weeks with at least one breach.
    public func breachWeeks() -> Set<Day> {
        Set(journal.sessions.filter(hasBreach).map { $0.day.startOfWeek })
    }

    /// Weekly mean of next-morning pain (and resting check-ins), keyed by Monday.
    public func weeklyMorningMeans() -> [(week: Day, mean: Double)] { weeklyMeans }

    static func computeWeeklyMorningMeans(_ journal: Journal) -> [(week: Day, mean: Double)] {
        var sums: [Day: (Double, Int)] = [:]
        for s in journal.sessions {
            if let p = s.nextMorningPain {
                let w = s.day.adding(days: 1).startOfWeek
                sums[w, default: (0, 0)].0 += p
                sums[w, default: (0, 0)].1 += 1
            }
        }
        for c in journal.checkIns {
            let w = c.date.startOfWeek
            sums[w, default: (0, 0)].0 += c.pain
            sums[w, default: (0, 0)].1 += 1
        }
        return sums.keys.sorted().map { ($0, sums[$0]!.0 / Double(sums[$0]!.1)) }
    }

    /// Whether weekly morning pain rose in the latest week on record, and for how many weeks running.
    /// Only counts weeks up to and including `today`'s week, and only if the latest is recent (≤ 2 weeks old).
    public func risingWeeks(asOf today: Day) -> (rising: Bool, weeksRunning: Int, detail: String) {
        let weeks = weeklyMorningMeans().filter { $0.week <= today.startOfWeek }
        guard weeks.count >= 2, let last = weeks.last, last.week.days(to: today.startOfWeek) <= 14 else {
            return (false, 0, "")
        }
        var running = 0
        var i = weeks.count - 1
        while i >= 1, weeks[i].mean > weeks[i - 1].mean, weeks[i - 1].week.days(to: weeks[i].week) == 7 {
            running += 1
            i -= 1
        }
        let detail = running > 0
            ? "weekly mean morning pain rose from \(fmt(weeks[weeks.count - 2].mean)) to \(fmt(last.mean)) (week of \(last.week))"
            : ""
        return (running > 0, running, detail)
    }

    /// Days with new leg symptoms reported (sessions or check-ins) on or after `since`.
    public func newLegSymptomDays(since: Day) -> [Day] {
        let fromSessions = journal.sessions.filter { $0.newLegSymptoms == true && $0.day >= since }.map(\.day)
        let fromCheckIns = journal.checkIns.filter { $0.newLegSymptoms == true && $0.date >= since }.map(\.date)
        return (fromSessions + fromCheckIns).sorted()
    }

    /// Days up to `day` with new leg symptoms that no screening has looked at since: reported after the latest
    /// screening's date. They hold loads until the person has screened again (§4, [13]), however long ago.
    public func unscreenedLegSymptomDays(through day: Day) -> [Day] {
        let since = journal.screening.map { $0.date.adding(days: 1) } ?? Day(ordinal: Int.min / 4)
        return newLegSymptomDays(since: since).filter { $0 <= day }
    }
}

/// Formats a number for messages: whole numbers without decimals, else one decimal.
func fmt(_ x: Double) -> String {
    if abs(x - x.rounded()) < 0.05 { return String(Int(x.rounded())) }
    return String(format: "%.1f", x)
}
