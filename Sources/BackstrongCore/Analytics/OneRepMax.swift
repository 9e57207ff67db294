// Estimated one-repetition maximum by Epley and Brzycki, with their validity range, and which logged sets an
// estimated-1RM trend may use: good-form sets only (clinical-rules §6, [38]).
import Foundation

/// An estimated 1RM by both formulas.
public struct OneRepMaxEstimate: Sendable, Equatable, Codable {
    public var weightKg: Double
    public var reps: Int
    /// Epley: w × (1 + r / 30).
    public var epley: Double
    /// Brzycki: w × 36 / (37 − r); nil from 37 reps, where it is undefined.
    public var brzycki: Double?
    /// More than 10 reps: the formulas are valid for 1–10 [38].
    public var lowValidity: Bool

    enum CodingKeys: String, CodingKey { case weightKg, reps, epley, brzycki, lowValidity }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(weightKg, forKey: .weightKg)
        try c.encode(reps, forKey: .reps)
        try c.encode(epley, forKey: .epley)
        try c.encode(brzycki, forKey: .brzycki)  // null where undefined, always present
        try c.encode(lowValidity, forKey: .lowValidity)
    }
}

/// 1RM formulas [38].
public enum OneRepMax {
    public static func epley(weightKg w: Double, reps r: Int) -> Double { w * (1 + Double(r) / 30) }

    public static func brzycki(weightKg w: Double, reps r: Int) -> Double? {
        guard r < ClinicalRules.brzyckiUndefinedFromReps else { return nil }
        return w * 36 / Double(37 - r)
    }

    /// Whether a logged set may feed an estimated-1RM trend: a working or failure set with a load, at least one rep
    /// and good form (clinical-rules §6: trends use good-form sets). Fair or poor form never counts; a set whose form
    /// was not recorded (every set imported from Strong, Hevy or FitNotes) counts, as no one judged it poor, so that
    /// years of imported history still show their trend (product decision).
    public static func countsForTrend(_ set: LoggedSet) -> Bool {
        set.kind.countsForProgression && (set.form == .good || set.form == nil) && (set.weightKg ?? 0) > 0
            && (set.reps ?? 0) >= 1
    }

    /// Both estimates; throws for a weight or rep count outside the journal's limits.
    public static func estimate(weightKg w: Double, reps r: Int) throws -> OneRepMaxEstimate {
        guard w.isFinite, Journal.Limits.weightKg.contains(w), w > 0 else {
            throw InputError(.invalidField, field: "weight", "weight must be a number above 0 and at most 500 kg, got \(w)")
        }
        guard Journal.Limits.reps.contains(r), r >= 1 else {
            throw InputError(.invalidField, field: "reps", "reps must be a whole number from 1 to 100, got \(r)")
        }
        return OneRepMaxEstimate(
            weightKg: w, reps: r, epley: epley(weightKg: w, reps: r), brzycki: brzycki(weightKg: w, reps: r),
            lowValidity: r > ClinicalRules.oneRepMaxValidReps)
    }
}
