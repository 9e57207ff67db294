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
func kg(_ x: Double) -> String { LoadText.load(x, units: .kg) }

/// Formats a load in the person's display unit: "42.5 kg" or "93.7 lb" (stored values stay in kg).
func weight(_ x: Double, units: Units) -> String { LoadText.load(x, units: units) }
