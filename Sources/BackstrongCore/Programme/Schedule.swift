// Training days: rest days so that no two sessions fall on consecutive days at ≤ 3 days a week [31],
// and A/B sessions so that no main lift repeats on consecutive days at 4–5 days a week.
import Foundation

/// Session templates: which movement patterns each session covers.
public enum SessionTemplate: String, Sendable, CaseIterable {
    case a = "A", b = "B"

    /// Patterns of the template. At ≤ 3 days a week each session is full-body; at 4–5 the two templates share
    /// no pattern, so consecutive days never repeat a lift. Both give hinge, pull, spinal extension, squat and
    /// lunge, and push each week, and core work in every session.
    public func patterns(daysPerWeek: Int) -> [MovementPattern] {
        if daysPerWeek <= ClinicalRules.maxDaysWithoutConsecutive {
            switch self {
            case .a: return [.hinge, .squat, .pull, .push, .coreAntiExtension, .pelvicControl]
            case .b: return [.spinalExtension, .lunge, .pull, .push, .coreLateral, .coreAntiRotation]
            }
        }
        switch self {
        case .a: return [.hinge, .squat, .push, .coreAntiExtension, .pelvicControl]
        case .b: return [.spinalExtension, .lunge, .pull, .coreLateral, .coreAntiRotation]
        }
    }

    public var other: SessionTemplate { self == .a ? .b : .a }
}

/// Builds the dated training days of a plan.
public enum Schedule {
    /// Day offsets within each week for a number of training days.
    public static func offsets(daysPerWeek: Int) -> [Int] {
        switch daysPerWeek {
        case ...2: return [0, 3]
        case 3: return [0, 2, 4]
        case 4: return [0, 1, 3, 4]
        default: return [0, 1, 2, 4, 5]
        }
    }

    /// Training days from `start` for `weeks` weeks, shifted by a day when the last logged session was the
    /// day before and consecutive days are not allowed, or when `restAfterLast` (the next session would repeat
    /// a lift the last one trained [31]). Days with training logged before `start` (`loggedDays`) count too: no
    /// 7 days hold more sessions than `daysPerWeek`, and at 4–5 days a week no more days run in a row than the
    /// weekly pattern has (2 or 3). Without logged days this is the weekly pattern of `offsets` from the first day.
    public static func days(
        start: Day, weeks: Int, daysPerWeek: Int, lastLogged: Day?, restAfterLast: Bool = false, loggedDays: [Day] = []
    ) -> [Day] {
        var first = start
        if let last = lastLogged, daysPerWeek <= ClinicalRules.maxDaysWithoutConsecutive || restAfterLast,
            last.days(to: first) < ClinicalRules.mainLiftMinimumGapDays
        {
            first = last.adding(days: ClinicalRules.mainLiftMinimumGapDays)
        }
        let pattern = offsets(daysPerWeek: daysPerWeek)
        let perWeek = pattern.count
        let minGap = zip(pattern, pattern.dropFirst()).map { $1 - $0 }.min() ?? 7
        let maxRun = longestRun(pattern)
        let end = start.adding(days: 7 * weeks)
        var taken = Set(loggedDays.filter { $0 < first })
        var result: [Day] = []
        var d = first
        while d < end {
            let inWindow = (1...6).filter { taken.contains(d.adding(days: -$0)) }.count
            var run = 0
            while taken.contains(d.adding(days: -(run + 1))) { run += 1 }
            let gapOK = result.last.map { $0.days(to: d) >= minGap } ?? true
            if inWindow < perWeek && run < maxRun && gapOK {
                result.append(d)
                taken.insert(d)
            }
            d = d.adding(days: 1)
        }
        return result
    }

    /// The most days in a row the weekly pattern trains.
    static func longestRun(_ offsets: [Int]) -> Int {
        var best = 1, run = 1
        for (a, b) in zip(offsets, offsets.dropFirst()) {
            run = b - a == 1 ? run + 1 : 1
            best = max(best, run)
        }
        return best
    }
}
