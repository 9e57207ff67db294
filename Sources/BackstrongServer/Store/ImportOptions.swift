// What the user tells the importer that an export may not say: the weight unit, the distance unit and the order
// of day and month in slash dates (the API's and the import page's `unit`, `distanceUnit` and `dateOrder`).
import BackstrongCore
import BackstrongImport
import Foundation

struct ImportOptions: Sendable, Equatable {
    var unit: Units?
    var distanceUnit: DistanceUnit?
    var dateOrder: DateOrder?

    init(unit: Units? = nil, distanceUnit: DistanceUnit? = nil, dateOrder: DateOrder? = nil) {
        self.unit = unit
        self.distanceUnit = distanceUnit
        self.dateOrder = dateOrder
    }

    /// Reads the three from text fields (multipart fields or query items); an empty field means "not given".
    /// Throws a 400 naming the field for a value that is not one of the allowed ones.
    init(unit: String?, distanceUnit: String?, dateOrder: String?) throws {
        func given(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
        if let raw = given(unit) {
            guard let u = Units(rawValue: raw == "lbs" ? "lb" : raw == "kgs" ? "kg" : raw) else {
                throw APIError.invalid("unit", "unit must be kg or lb, got \(raw)")
            }
            self.unit = u
        }
        if let raw = given(distanceUnit) {
            guard let d = DistanceUnit(rawValue: raw) else {
                throw APIError.invalid("distanceUnit", "distanceUnit must be km, mi or m, got \(raw)")
            }
            self.distanceUnit = d
        }
        if let raw = given(dateOrder) {
            guard let o = DateOrder(rawValue: raw) else {
                throw APIError.invalid("dateOrder", "dateOrder must be dmy (day first) or mdy (month first), got \(raw)")
            }
            self.dateOrder = o
        }
    }
}
