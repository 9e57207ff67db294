// A derived programme: status, stage, dated sessions with prescriptions, and advice. Never stored.
import Foundation

/// Whether a programme may be given.
public enum PlanStatus: String, Sendable, Codable, CaseIterable {
    /// Screening is clear: here is the programme.
    case ready
    /// Screening found an emergency or urgent sign: see a professional; no programme.
    case referred
    /// A consult-level answer or condition needs a professional's clearance first; no programme yet.
    case needsClearance
}

/// One planned session.
public struct PlannedSession: Sendable, Equatable, Codable {
    public var date: Day
    /// 1-based week of the plan.
    public var week: Int
    /// `A` or `B`: sessions alternate so no pattern repeats on consecutive days when training 4–5 days.
    public var template: String
    /// This session falls in a deload week (80 % loads).
    public var deload: Bool
    public var exercises: [Prescription]
}

/// A programme for the coming weeks, or the reason there is none.
public struct Plan: Sendable, Equatable, Codable {
    public var status: PlanStatus
    public var stage: Stage
    public var startDate: Day
    public var weeks: Int
    public var sessions: [PlannedSession]
    public var advice: [Advice]
    public var screening: ScreeningResult
    public var readiness: ReadinessResult
    /// Spinal-demand tags left out, each with why.
    public var exclusions: [Exclusion]
}

/// A spinal-demand tag left out of the programme, with why.
public struct Exclusion: Sendable, Equatable, Codable {
    public var tag: SpinalDemand
    public var reason: String
}
