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

extension Exercise {
    /// The equipment's load step in kilograms as the person's equipment comes: the catalog's kilogram step, or for
    /// pound equipment the nearest multiple of 5 lb (dumbbells, kettlebells, plates and stacks go up in 5 lb), so a
    /// pound user is never told to add 4.4 lb.
    public func loadStep(in units: Units) -> Double? {
        guard let kg = loadStepKg else { return nil }
        guard units == .lb else { return kg }
        return max(5, (kg / Units.kilogramsPerPound / 5).rounded() * 5) * Units.kilogramsPerPound
    }

    /// The equipment's usual lightest load in kilograms: the catalog's, or for pound equipment the next 5 lb up.
    public func minLoad(in units: Units) -> Double? {
        guard let kg = minLoadKg else { return nil }
        guard units == .lb, kg > 0 else { return kg }
        return max(5, (kg / Units.kilogramsPerPound / 5 - 1e-9).rounded(.up) * 5) * Units.kilogramsPerPound
    }
}
