// The outcome of red-flag screening: a tier, how urgently to act, which answers fired and what to do.
import Foundation

/// Screening tiers, most severe first (clinical-rules §2.2).
public enum ScreeningOutcome: String, Sendable, Codable, CaseIterable, Comparable {
    case emergency, urgent, consult, clear

    var severity: Int {
        switch self {
        case .emergency: return 3
        case .urgent: return 2
        case .consult: return 1
        case .clear: return 0
        }
    }

    public static func < (a: ScreeningOutcome, b: ScreeningOutcome) -> Bool { a.severity < b.severity }
}

/// How soon to act on a finding.
public enum Urgency: String, Sendable, Codable, CaseIterable, Comparable {
    /// Emergency department now.
    case now
    /// See a doctor today.
    case sameDay
    case within24Hours
    case within2Weeks
    /// See a doctor or physiotherapist before starting.
    case beforeStarting
    case none

    var rank: Int {
        switch self {
        case .now: return 5
        case .sameDay: return 4
        case .within24Hours: return 3
        case .within2Weeks: return 2
        case .beforeStarting: return 1
        case .none: return 0
        }
    }

    public static func < (a: Urgency, b: Urgency) -> Bool { a.rank < b.rank }

    /// "today", "within 24 hours", …
    public var phrase: String {
        switch self {
        case .now: return "now"
        case .sameDay: return "today"
        case .within24Hours: return "within 24 hours"
        case .within2Weeks: return "within 2 weeks"
        case .beforeStarting: return "before you start"
        case .none: return "no time limit"
        }
    }
}

/// One reason the screening gave its outcome.
public struct ScreeningFinding: Sendable, Equatable, Codable {
    /// The answer id, condition id or combination rule that fired.
    public var id: String
    public var outcome: ScreeningOutcome
    public var urgency: Urgency
    public var message: String
    /// Sources from clinical-rules.md §11, e.g. "[5, 6, 7]".
    public var source: String
    /// A professional's clearance lifted this finding.
    public var liftedByClearance: Bool
}

/// The screening result for a journal.
public struct ScreeningResult: Sendable, Equatable, Codable {
    public var outcome: ScreeningOutcome
    public var urgency: Urgency
    /// Ids of the answers and conditions that fired (every one, most severe first).
    public var reasons: [String]
    /// What to do, in plain words.
    public var message: String
    public var findings: [ScreeningFinding]
    /// Date of the answers screened.
    public var screenedOn: Day
    /// The clearance that was applied, if any.
    public var clearedOn: Day?
    public var clearedByProfessional: Bool
    /// Days with new leg symptoms reported after these answers (§2.2: "if one appears later, stop and screen
    /// again"); absent when there are none.
    public var newLegSymptomsSince: [Day]?
}
