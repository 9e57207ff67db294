// What to do for one exercise in a coming session, and the decision (with its reason) that set the load.
import Foundation

/// How the prescription changed from last time.
public enum Decision: String, Sendable, Codable, CaseIterable {
    /// More load (or one more set when the smallest step is too big).
    case increase
    /// Same as last time.
    case hold
    /// Less load (or fewer sets for bodyweight work).
    case decrease
    /// Switch to the easier variation.
    case regress
    /// Switch to the harder variation.
    case progress
}

/// One exercise as prescribed.
public struct Prescription: Sendable, Equatable, Codable {
    public var exerciseId: String
    public var name: String
    public var pattern: MovementPattern
    public var sets: Int
    /// Repetitions per set (for holds: number of holds per set).
    public var repsMin: Int
    public var repsMax: Int
    /// Seconds per hold, for timed holds.
    public var holdSeconds: Double?
    /// Load in kg (per hand when `loadPerHand`); nil for bodyweight.
    public var loadKg: Double?
    public var loadPerHand: Bool
    /// Stop this many reps short of failure, as an RPE (8 = 2 reps left [30, 35]).
    public var targetRPE: Double
    public var restSeconds: Int
    public var decision: Decision
    /// The rule and the numbers that fired it, in plain words.
    public var reason: String
    /// Stable id of the rule, e.g. `doubleProgression`, `setPain`, `startingLoad`.
    public var rule: String
    /// Sources from clinical-rules.md §11.
    public var source: String?
    /// The load last logged for this exercise, when there is one.
    public var previousLoadKg: Double?
    /// The exercise this one replaces, when a sensitivity, condition or decision substituted it.
    public var replaces: String?

    enum CodingKeys: String, CodingKey {
        case exerciseId, name, pattern, sets, repsMin, repsMax, holdSeconds, loadKg, loadPerHand, targetRPE, restSeconds
        case decision, reason, rule, source, previousLoadKg, replaces
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(exerciseId, forKey: .exerciseId)
        try c.encode(name, forKey: .name)
        try c.encode(pattern, forKey: .pattern)
        try c.encode(sets, forKey: .sets)
        try c.encode(repsMin, forKey: .repsMin)
        try c.encode(repsMax, forKey: .repsMax)
        try c.encode(holdSeconds, forKey: .holdSeconds)
        try c.encode(loadKg, forKey: .loadKg)  // null for bodyweight, always present
        try c.encode(loadPerHand, forKey: .loadPerHand)
        try c.encode(targetRPE, forKey: .targetRPE)
        try c.encode(restSeconds, forKey: .restSeconds)
        try c.encode(decision, forKey: .decision)
        try c.encode(reason, forKey: .reason)
        try c.encode(rule, forKey: .rule)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encode(previousLoadKg, forKey: .previousLoadKg)
        try c.encodeIfPresent(replaces, forKey: .replaces)
    }
}
