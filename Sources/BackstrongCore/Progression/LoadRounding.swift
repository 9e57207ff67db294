// Loads rounded to what the equipment allows: always down, so a rounded increase never exceeds its limit.
import Foundation

enum LoadRounding {
    /// `load` rounded down to a multiple of `step` (with a small tolerance for float dust).
    static func down(_ load: Double, step: Double) -> Double {
        guard step > 0 else { return load }
        return (load / step + 1e-9).rounded(.down) * step
    }

    /// Rounded to the nearest multiple of `step`.
    static func nearest(_ load: Double, step: Double) -> Double {
        guard step > 0 else { return load }
        return (load / step).rounded() * step
    }
}

/// Formats kilograms for messages: "42.5 kg".
func kg(_ x: Double) -> String {
    let r = (x * 100).rounded() / 100
    if r == r.rounded() { return "\(Int(r)) kg" }
    if (r * 10).rounded() == r * 10 { return String(format: "%.1f kg", r) }
    return String(format: "%.2f kg", r)
}

/// Formats a load in the person's display unit: "42.5 kg" or "93.7 lb" (stored values stay in kg).
func weight(_ x: Double, units: Units) -> String {
    switch units {
    case .kg: return kg(x)
    case .lb:
        let lb = ((x / Units.kilogramsPerPound) * 10).rounded() / 10
        return lb == lb.rounded() ? "\(Int(lb)) lb" : String(format: "%.1f lb", lb)
    }
}
