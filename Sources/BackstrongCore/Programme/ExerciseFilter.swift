// Which exercises a person may be given: equipment, readiness stage, sensitivities and conditions
// (clinical-rules §2.4, §7.2, §8), and how a ruled-out exercise is substituted without dropping its pattern.
import Foundation

/// The rules that decide whether an exercise may be prescribed.
public struct ExerciseFilter: Sendable {
    public let equipment: Set<Equipment>
    public let stage: Stage
    /// Excluded spinal-demand tags and why.
    public let exclusions: [SpinalDemand: String]
    public let catalog: ExerciseCatalog

    public init(profile: Profile, screening: Screening?, stage: Stage, catalog: ExerciseCatalog = .standard) {
        self.equipment = Set(profile.equipment)
        self.stage = stage
        self.exclusions = ConditionRestrictions.exclusions(for: profile, screening: screening)
        self.catalog = catalog
    }

    /// Why the exercise may not be prescribed, or nil when it may.
    public func whyNot(_ e: Exercise) -> String? {
        if let tag = e.spinalDemands.first(where: { exclusions[$0] != nil }) {
            return "\(e.name) \(tag.phrase), left out because \(exclusions[tag]!)"
        }
        if let missing = e.equipment.first(where: { !equipment.contains($0) }) {
            return "\(e.name) needs \(missing.phrase), which is not in your equipment"
        }
        if e.minStage > stage {
            return "\(e.name) starts at the \(e.minStage.rawValue) stage and you are at \(stage.rawValue)"
        }
        if stage == .foundation && e.load == .external {
            return "the foundation stage is bodyweight work only"
        }
        return nil
    }

    public func allows(_ e: Exercise) -> Bool { whyNot(e) == nil }

    /// The allowed exercises of a pattern.
    public func candidates(in pattern: MovementPattern) -> [Exercise] {
        catalog.exercises(in: pattern).filter(allows)
    }

    /// The default choice for a pattern with no history: the easiest at foundation, the hardest allowed otherwise
    /// (start loads are light, so a harder movement still starts gently).
    public func defaultChoice(in pattern: MovementPattern) -> Exercise? {
        let c = candidates(in: pattern)
        if stage == .foundation {
            return c.min { ($0.level, SpinalDemand.burden(of: $0.spinalDemands), $0.id) < ($1.level, SpinalDemand.burden(of: $1.spinalDemands), $1.id) }
        }
        // A loaded exercise can start light, so take the most advanced one; a bodyweight one cannot be scaled,
        // so take a middle-level one (≤ 3) with the fewest spinal demands (a plank before a sit-up).
        let loaded = c.filter { $0.load == .external }
        if let best = loaded.max(by: { ($0.level, -SpinalDemand.burden(of: $0.spinalDemands), $1.id) < ($1.level, -SpinalDemand.burden(of: $1.spinalDemands), $0.id) }) {
            return best
        }
        let moderate = c.filter { $0.level <= 3 }
        if let best = moderate.max(by: { (-SpinalDemand.burden(of: $0.spinalDemands), $0.level, $1.id) < (-SpinalDemand.burden(of: $1.spinalDemands), $1.level, $0.id) }) {
            return best
        }
        return c.min { ($0.level, $0.id) < ($1.level, $1.id) }
    }

    /// Why no exercise of a pattern may be prescribed: the reason its easiest exercise is ruled out.
    public func whyNone(in pattern: MovementPattern) -> String? {
        catalog.exercises(in: pattern).min { ($0.level, $0.id) < ($1.level, $1.id) }.flatMap(whyNot)
    }

    /// The nearest allowed variation of a ruled-out exercise: down its regression chain first,
    /// then the allowed exercise of the same pattern closest in level, then the no-equipment options.
    public func substitute(for e: Exercise) -> Exercise? {
        if let r = regression(from: e) { return r }
        let c = candidates(in: e.pattern)
        return c.min { (abs($0.level - e.level), $0.level, $0.id) < (abs($1.level - e.level), $1.level, $1.id) }
    }

    /// The harder variation reachable from `e` that is allowed (skipping disallowed steps), if any.
    public func progression(from e: Exercise) -> Exercise? { firstAllowed(after: e, following: \.progression) }

    /// The easier allowed variation of `e`, if any.
    public func regression(from e: Exercise) -> Exercise? { firstAllowed(after: e, following: \.regression) }

    /// Walks `e`'s chain of variations by `step` (stopping at a loop or an unknown id) to the first allowed one.
    private func firstAllowed(after e: Exercise, following step: KeyPath<Exercise, String?>) -> Exercise? {
        var seen: Set<String> = [e.id]
        var next = e[keyPath: step]
        while let id = next, !seen.contains(id), let candidate = catalog.exercise(id) {
            if allows(candidate) { return candidate }
            seen.insert(id)
            next = candidate[keyPath: step]
        }
        return nil
    }
}
