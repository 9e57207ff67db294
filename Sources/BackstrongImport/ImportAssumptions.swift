// What a file may not say and the person can: the order of day and month in slash dates (`3/4/2024`), and the
// unit of Strong's 12-column distances. Given with `--date-order` and `--distance-unit`; otherwise the importer
// assumes and says so in the summary's `warnings`.
import Foundation

/// The order of day and month in slash dates such as `3/4/2024`.
public enum DateOrder: String, Sendable, CaseIterable {
    /// Day first: `3/4/2024` is 3 April.
    case dmy
    /// Month first: `3/4/2024` is 4 March (what a US spreadsheet writes, and the assumption when nothing decides).
    case mdy

    /// What the file's slash dates decide: day first once a first number is over 12, month first once a second
    /// number is; nil when none does, with a date whose reading depends on the order (day and month differ).
    static func decided(by raws: some Sequence<String>) -> (order: DateOrder?, ambiguous: String?) {
        var ambiguous: String?
        for raw in raws {
            let parts = raw.split(whereSeparator: { $0 == "/" || $0 == " " })
            guard parts.count >= 3, raw.contains("/"), let a = Int(parts[0]), let b = Int(parts[1]) else { continue }
            if a > 12 { return (.dmy, nil) }
            if b > 12 { return (.mdy, nil) }
            if a != b, ambiguous == nil { ambiguous = ImportParsing.trim(raw) }
        }
        return (nil, ambiguous)
    }
}

/// The unit of a distance column that does not say it (Strong's 12-column export uses the account's distance
/// unit, set apart from its weight unit).
public enum DistanceUnit: String, Sendable, CaseIterable {
    case km, mi, m

    /// The unit as people write it: km, mi, miles, m, meters (any case); nil otherwise.
    public init?(text: String) {
        switch ImportParsing.trim(text).lowercased() {
        case "km", "kms", "kilometers", "kilometres": self = .km
        case "mi", "mile", "miles": self = .mi
        case "m", "meters", "metres": self = .m
        default: return nil
        }
    }

    var kilometres: Double { ImportParsing.kilometres(per: rawValue)! }
}
