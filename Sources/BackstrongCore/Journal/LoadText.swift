// Loads and numbers written for people, in the person's unit: one wording for the engine's reasons, the CLI
// and the web pages ("42.5 kg", "93.7 lb", "bodyweight", "6 kg per hand"). Stored values stay in kilograms.
import Foundation

public enum LoadText {
    /// A load in `units`: kilograms to two decimals, pounds to one, trailing zeros dropped; nil is "bodyweight".
    public static func load(_ kg: Double?, units: Units, perHand: Bool = false) -> String {
        guard let kg else { return "bodyweight" }
        let suffix = perHand ? " per hand" : ""
        switch units {
        case .kg: return number(kg) + " kg" + suffix
        case .lb: return number(kg / Units.kilogramsPerPound, decimals: 1) + " lb" + suffix
        }
    }

    /// `x` with at most `decimals` decimals and no trailing zeros: 42, 42.5, 42.25.
    public static func number(_ x: Double, decimals: Int = 2) -> String {
        if abs(x - x.rounded()) < 0.005 { return String(Int(x.rounded())) }
        var s = String(format: "%.\(decimals)f", x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
