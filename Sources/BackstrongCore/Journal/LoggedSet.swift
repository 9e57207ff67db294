// One logged set: what was lifted, how it went, and how the back felt.
import Foundation

/// How well the set was done, as judged by the person or their coach.
public enum Form: String, Sendable, Codable, CaseIterable {
    case good, fair, poor
}

/// What kind of set it was. Only working and failure sets count for progression and records.
public enum SetKind: String, Sendable, Codable, CaseIterable {
    case working, warmup, drop, failure

    /// Warm-up and drop sets are excluded from progression and PR analytics.
    public var countsForProgression: Bool { self == .working || self == .failure }
}

/// One set as logged.
public struct LoggedSet: Sendable, Equatable, Encodable {
    /// Load in kilograms (per hand for dumbbell exercises); nil for bodyweight.
    public var weightKg: Double?
    public var reps: Int?
    /// Duration for timed holds such as planks.
    public var seconds: Double?
    /// Rate of perceived exertion, 1–10.
    public var rpe: Double?
    public var form: Form?
    /// Pain during the set, 0–10.
    public var pain: Double?
    public var kind: SetKind
    public var notes: String?
    /// Distance covered, for cardio such as rowing or running (imported from the apps), in kilometres.
    public var distanceKm: Double?
    /// Length of a cardio or timed effort that is not a hold (may exceed an hour), in seconds.
    public var durationSeconds: Double?

    public init(
        weightKg: Double? = nil, reps: Int? = nil, seconds: Double? = nil, rpe: Double? = nil, form: Form? = nil,
        pain: Double? = nil, kind: SetKind = .working, notes: String? = nil, distanceKm: Double? = nil,
        durationSeconds: Double? = nil
    ) {
        self.weightKg = weightKg
        self.reps = reps
        self.seconds = seconds
        self.rpe = rpe
        self.form = form
        self.pain = pain
        self.kind = kind
        self.notes = notes
        self.distanceKm = distanceKm
        self.durationSeconds = durationSeconds
    }

    enum CodingKeys: String, CodingKey {
        case weightKg, reps, seconds, rpe, form, pain, kind, notes, distanceKm, durationSeconds
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(weightKg, forKey: .weightKg)  // null for bodyweight, as documented
        try c.encodeIfPresent(reps, forKey: .reps)
        try c.encodeIfPresent(seconds, forKey: .seconds)
        try c.encodeIfPresent(rpe, forKey: .rpe)
        try c.encodeIfPresent(form, forKey: .form)
        try c.encodeIfPresent(pain, forKey: .pain)
        if kind != .working { try c.encode(kind, forKey: .kind) }
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encodeIfPresent(distanceKm, forKey: .distanceKm)
        try c.encodeIfPresent(durationSeconds, forKey: .durationSeconds)
    }
}
