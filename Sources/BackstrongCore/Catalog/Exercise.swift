// One exercise of the catalog: how to do it, what it asks of the spine, and how it is loaded.
import Foundation

/// An exercise as described in the catalog.
public struct Exercise: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var pattern: MovementPattern
    public var muscles: [Muscle]
    /// Everything needed; empty when none is.
    public var equipment: [Equipment]
    public var spinalDemands: [SpinalDemand]
    public var load: LoadType
    public var measure: Measure
    /// Length of one hold, for `measure == .hold`.
    public var holdSeconds: Double?
    /// 1 (easiest) to 5 within its pattern.
    public var level: Int
    /// The earliest readiness stage at which it may be prescribed.
    public var minStage: Stage
    /// A main lift (never the same main lift on consecutive days).
    public var mainLift: Bool
    /// Novice starting load as a fraction of body weight (per hand when `loadPerHand`).
    public var startLoadPerBodyweight: Double?
    public var minLoadKg: Double?
    /// Smallest usual increment of the equipment.
    public var loadStepKg: Double?
    /// The logged weight is per dumbbell or kettlebell, one in each hand.
    public var loadPerHand: Bool
    public var instructions: [String]
    public var cues: [String]
    public var mistakes: [String]
    /// Easier variation of the same pattern.
    public var regression: String?
    /// Harder variation of the same pattern.
    public var progression: String?

    /// True when every piece of equipment it needs is available.
    public func isAvailable(with available: Set<Equipment>) -> Bool {
        equipment.allSatisfy(available.contains)
    }
}
