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
}

/// Movements that provoke the person's pain (clinical-rules §8); each excludes one spinal-demand tag.
public enum Sensitivity: String, Sendable, Codable, CaseIterable {
    case flexion, `extension`, rotation, axialLoad
}

/// Conditions that need a professional's clearance and then restrict exercises (clinical-rules §2.4).
public enum Condition: String, Sendable, Codable, CaseIterable {
    case osteoporosis, pregnancy, recentSpinalSurgery, spondylolisthesis, spinalStenosis, sciatica
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
