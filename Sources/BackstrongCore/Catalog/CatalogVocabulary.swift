// The fixed vocabularies of the exercise catalog: movement patterns, muscles and spinal-demand tags.
// Raw values are public interface (catalog JSON, CLI, API): add cases, never rename them.
import Foundation

/// The movement an exercise trains. The `core…` patterns and `pelvicControl` count as core work.
public enum MovementPattern: String, Sendable, Codable, CaseIterable {
    case hinge, pull, spinalExtension, coreAntiExtension, coreAntiRotation, coreLateral, pelvicControl
    case squat, lunge, push

    /// Core work, required in every session.
    public var isCore: Bool {
        switch self {
        case .coreAntiExtension, .coreAntiRotation, .coreLateral, .pelvicControl: return true
        default: return false
        }
    }

    /// Other core patterns that can stand in when no exercise of this one fits (for example in pregnancy, where
    /// every anti-extension exercise is done on the back or face down): side-lying first, then the rest; in the order
    /// that avoids repeating a pattern the same session already trains. Empty for non-core patterns.
    public var coreStandIns: [MovementPattern] {
        switch self {
        case .coreAntiExtension: return [.coreLateral, .coreAntiRotation, .pelvicControl]
        case .coreAntiRotation: return [.coreAntiExtension, .pelvicControl, .coreLateral]
        case .coreLateral: return [.coreAntiExtension, .pelvicControl, .coreAntiRotation]
        case .pelvicControl: return [.coreLateral, .coreAntiRotation, .coreAntiExtension]
        default: return []
        }
    }

    /// Plain-words label.
    public var label: String {
        switch self {
        case .hinge: return "hip hinge"
        case .pull: return "pull"
        case .spinalExtension: return "back extension"
        case .coreAntiExtension: return "core (anti-extension)"
        case .coreAntiRotation: return "core (anti-rotation)"
        case .coreLateral: return "core (side)"
        case .pelvicControl: return "pelvic control"
        case .squat: return "squat"
        case .lunge: return "lunge"
        case .push: return "push"
        }
    }
}

/// Muscle groups an exercise targets.
public enum Muscle: String, Sendable, Codable, CaseIterable {
    case erectorSpinae, latissimusDorsi, upperBack, glutes, hamstrings, quadriceps, core, obliques, chest
    case shoulders, triceps, biceps, hipFlexors, calves
}

/// What an exercise asks of the spine; sensitivities and conditions exclude exercises by these tags.
public enum SpinalDemand: String, Sendable, Codable, CaseIterable {
    /// Bending the spine forward under load (sit-ups, rounded lifts).
    case loadedFlexion
    /// Arching past neutral (supermans, prone press-ups).
    case endRangeExtension
    /// Twisting under load.
    case rotation
    /// Load pressing down through the spine (bar on the back, standing overhead press).
    case axialLoad
    /// Lifting a weight from the floor.
    case floorLift
    /// Lying on the back.
    case supine
    /// Standing with the arms overhead for long.
    case overhead
    /// Face down: lying on the front, or bracing with the belly towards the floor (planks, push-ups, a bench
    /// or ball under the hips). A position rather than a load on the spine: pregnancy rules it out with `supine`.
    case prone

    /// How much the exercise asks of the spine, for choosing between equally suitable exercises: the number of
    /// its demands, not counting `prone`, which only describes the position.
    static func burden(of demands: [SpinalDemand]) -> Int { demands.filter { $0 != .prone }.count }

    /// The demand in words, for reasons: "Plank is done face down, left out because …".
    public var phrase: String {
        switch self {
        case .loadedFlexion: return "bends the spine forward under load"
        case .endRangeExtension: return "arches the back towards the end of its range"
        case .rotation: return "twists the trunk against resistance"
        case .axialLoad: return "puts load down through the spine"
        case .floorLift: return "lifts a weight from the floor"
        case .supine: return "is done lying on the back"
        case .overhead: return "keeps the arms overhead while standing"
        case .prone: return "is done face down"
        }
    }
}

/// Whether the prescription carries an external load.
public enum LoadType: String, Sendable, Codable, CaseIterable {
    case external, bodyweight
}

/// How sets are counted: repetitions, or holds of a fixed number of seconds.
public enum Measure: String, Sendable, Codable, CaseIterable {
    case reps, hold
}
