// The fixed vocabularies of a profile: experience, equipment, sensitivities, conditions, units and sex.
// Raw values are public interface (journal JSON, API, CLI flags): add cases, never rename them.
import Foundation

/// Training experience, which scales starting loads and progression steps.
public enum Experience: String, Sendable, Codable, CaseIterable {
    case novice, returning, trained
}

/// Equipment the person can use. An empty list means bodyweight only.
public enum Equipment: String, Sendable, Codable, CaseIterable, Comparable {
    case barbell, dumbbells, kettlebell, latPulldownMachine, cableMachine, backExtensionBench, stabilityBall
    case resistanceBand, pullUpBar, bench

    public static func < (a: Equipment, b: Equipment) -> Bool { a.rawValue < b.rawValue }

    /// The equipment's name in words: "lat pulldown machine" (pages capitalise it for labels).
    public var name: String {
        switch self {
        case .barbell: return "barbell"
        case .dumbbells: return "dumbbells"
        case .kettlebell: return "kettlebell"
        case .latPulldownMachine: return "lat pulldown machine"
        case .cableMachine: return "cable machine"
        case .backExtensionBench: return "back extension bench"
        case .stabilityBall: return "stability ball"
        case .resistanceBand: return "resistance band"
        case .pullUpBar: return "pull-up bar"
        case .bench: return "flat bench"
        }
    }

    /// The equipment in a sentence, for reasons: "Lat pulldown needs a lat pulldown machine, which …".
    public var phrase: String { self == .dumbbells ? name : "a " + name }
}

/// Movements that provoke the person's pain (clinical-rules §8); each excludes one spinal-demand tag.
public enum Sensitivity: String, Sendable, Codable, CaseIterable {
    case flexion, `extension`, rotation, axialLoad

    /// The movement in words, for reasons: "you listed bending forward as a movement that provokes your pain".
    public var phrase: String {
        switch self {
        case .flexion: return "bending forward"
        case .extension: return "arching backward"
        case .rotation: return "twisting"
        case .axialLoad: return "load pressing down through the spine"
        }
    }
}

/// Conditions that need a professional's clearance and then restrict exercises (clinical-rules §2.4).
public enum Condition: String, Sendable, Codable, CaseIterable {
    case osteoporosis, pregnancy, recentSpinalSurgery, spondylolisthesis, spinalStenosis, sciatica

    /// The condition in words, for reasons.
    public var phrase: String {
        switch self {
        case .recentSpinalSurgery: return "recent spinal surgery"
        case .spinalStenosis: return "spinal stenosis"
        default: return rawValue
        }
    }
}

/// Display units. Every stored value is in kilograms.
public enum Units: String, Sendable, Codable, CaseIterable {
    case kg, lb

    /// Exactly 0.45359237 kg per pound.
    public static let kilogramsPerPound = 0.45359237
}

/// Sex, used only where a published norm differs by sex.
public enum Sex: String, Sendable, Codable, CaseIterable {
    case female, male
}
