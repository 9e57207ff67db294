// What a file may not say and the person can: the order of day and month in slash dates (`3/4/2024`). Given
// with `--date-order`; otherwise the importer assumes and says so in the summary's `warnings`.
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
