// Text rendering of a plan or next session for people: dates, loads in the chosen unit, decisions and reasons.
import BackstrongCore
import Foundation

enum PlanRendering {
    static func print(_ plan: Plan, units: Units, title: String) {
        Swift.print("\(title) — status: \(plan.status.rawValue), stage: \(plan.stage.rawValue)")
        switch plan.status {
        case .referred:
            Swift.print(Output.wrap("No programme: " + plan.screening.message, indent: "  "))
        case .needsClearance:
            Swift.print(Output.wrap("No programme yet: " + plan.screening.message, indent: "  "))
        case .ready:
            break
        }
        if !plan.exclusions.isEmpty {
            Swift.print("Left out: " + plan.exclusions.map { "\($0.tag.rawValue) (\($0.reason))" }.joined(separator: "; "))
        }
        for session in plan.sessions {
            Swift.print("\n\(session.date.weekdayName) \(session.date) — week \(session.week), session \(session.template)\(session.deload ? " (deload week)" : "")")
            for p in session.exercises {
                let dose = p.holdSeconds.map { "\(p.sets) × \(p.repsMin)–\(p.repsMax) holds of \(Output.number($0)) s" }
                    ?? "\(p.sets) × \(p.repsMin)–\(p.repsMax)"
                let load = p.loadKg == nil ? "bodyweight" : Output.load(p.loadKg, units: units, perHand: p.loadPerHand)
                Swift.print("  \(p.name) [\(p.pattern.label)]: \(dose) @ \(load), RPE ≤ \(Output.number(p.targetRPE)), rest \(p.restSeconds) s — \(p.decision.rawValue.uppercased())")
                Swift.print(Output.wrap(p.reason + (p.source.map { " \($0)" } ?? ""), indent: "      "))
            }
        }
        if !plan.advice.isEmpty {
            Swift.print("\nAdvice:")
            for a in plan.advice {
                Swift.print("  • \(a.kind.label): " + Output.wrap(a.message, indent: "      ").trimmingCharacters(in: .whitespaces))
            }
        }
    }
}
