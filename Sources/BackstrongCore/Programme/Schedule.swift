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
    /// a lift the last one trained [31]).
    public static func days(start: Day, weeks: Int, daysPerWeek: Int, lastLogged: Day?, restAfterLast: Bool = false) -> [Day] {
        var first = start
        if let last = lastLogged, daysPerWeek <= ClinicalRules.maxDaysWithoutConsecutive || restAfterLast,
            last.days(to: first) < ClinicalRules.mainLiftMinimumGapDays
        {
            first = last.adding(days: ClinicalRules.mainLiftMinimumGapDays)
        }
        let end = start.adding(days: 7 * weeks)
        var result: [Day] = []
        var week = 0
        while true {
            for o in offsets(daysPerWeek: daysPerWeek) {
                let d = first.adding(days: 7 * week + o)
                if d >= end { return result }
                result.append(d)
            }
            week += 1
        }
    }
}
