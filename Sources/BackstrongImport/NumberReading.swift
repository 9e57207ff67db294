// Numbers as apps and spreadsheets write them: a decimal point or comma, thousands separators (`1,234.5`,
// `1.234,5`, `1,000`), and the one form that cannot be read alone, a single separator before exactly three digits
// (`1,000` is a thousand with a thousands comma, or one with a decimal comma), decided by the file's other numbers.
import Foundation

/// The character that separates a number's whole part from its fraction.
enum DecimalMark: Sendable, Equatable {
    case point, comma

    var character: Character { self == .point ? "." : "," }
    var other: DecimalMark { self == .point ? .comma : .point }
}

/// Reads the numbers of one file, learning its decimal mark from the numbers that show it.
///
/// The rule (docs/import-export.md, "Numbers"):
/// - both separators (`1,234.5`, `1.234,5`): the last one is the decimal mark, the other groups thousands;
/// - one separator several times (`1,234,567`): thousands;
/// - one separator once, not before exactly three digits (`62,5`, `22.5`, `0,125`, `1234,567`): the decimal mark;
/// - one separator once before exactly three digits (`1,000`, `61.235`): the decimal mark the file's other numbers
///   use decides. When they do not (none shows one, or as many show each), a point is a decimal point, as every
///   app writes it (Hevy writes kilograms of pound users to three places, `61.235`), and a comma cannot be read:
///   the row is skipped naming both readings, never read as 1 or as 1000 by a guess.
struct NumberReading {
    /// The file's decimal mark when known; nil on a first pass.
    let decided: DecimalMark?
    /// Numbers that showed their decimal mark, per mark.
    private(set) var pointDecimals = 0
    private(set) var commaDecimals = 0
    /// Ambiguous numbers read on this pass, by their separator, with the first of each.
    private(set) var ambiguous: [DecimalMark: String] = [:]

    init(decided: DecimalMark? = nil) { self.decided = decided }

    /// The decimal mark the file's numbers show: the one more of them use.
    var shown: DecimalMark? {
        pointDecimals == commaDecimals ? nil : pointDecimals > commaDecimals ? .point : .comma
    }

    /// After a first pass: the mark to read the file again with, when an ambiguous number would read otherwise.
    var markForSecondPass: DecimalMark? {
        guard decided == nil, let mark = shown else { return nil }
        // A first pass reads an ambiguous point as a decimal point and skips an ambiguous comma.
        return ambiguous[.comma] != nil || (ambiguous[.point] != nil && mark == .comma) ? mark : nil
    }

    /// What the summary says about ambiguous numbers read with the file's decimal mark; nil when none was.
    var note: String? {
        guard let mark = decided else { return nil }
        // An ambiguous point read as a decimal point is how every app writes numbers: nothing to say.
        guard let example = ambiguous[.comma] ?? (mark == .comma ? ambiguous[.point] : nil) else { return nil }
        let value = (try? Self.value(example, decimal: mark)).map { BackstrongCSV.number($0) } ?? example
        return "numbers such as \"\(example)\" were read as \(value): the file's other numbers use a decimal \(mark == .point ? "point" : "comma")"
    }

    /// A number, or nil for an empty field; `what` names the field in the problem.
    mutating func number(_ raw: String, _ what: String) throws(RowProblem) -> Double? {
        let s = ImportParsing.trim(raw)
        if s.isEmpty { return nil }
        var commas = 0
        var points = 0
        for b in s.utf8 {
            if b == UInt8(ascii: ",") { commas += 1 } else if b == UInt8(ascii: ".") { points += 1 }
        }
        if commas == 0 && points == 0 {
            if let d = Double(s), d.isFinite { return d }
            throw RowProblem("\(what) \"\(raw)\" is not a number")
        }
        let mark: DecimalMark
        if commas > 0 && points > 0 {
            mark = s.last(where: { $0 == "," || $0 == "." }) == "," ? .comma : .point
        } else {
            let separator: DecimalMark = commas > 0 ? .comma : .point
            if commas + points > 1 {
                mark = separator.other  // `1,234,567`: only thousands repeat
            } else if Self.isAmbiguous(s, separator) {
                if ambiguous[separator] == nil { ambiguous[separator] = s }
                if let decided { return try Self.checked(s, raw, what, decimal: decided) }
                guard separator == .point else {
                    let thousands = (try? Self.value(s, decimal: .point)).map { BackstrongCSV.number($0) } ?? s
                    let decimal = (try? Self.value(s, decimal: .comma)).map { BackstrongCSV.number($0) } ?? s
                    throw RowProblem(
                        "\(what) \"\(raw)\" could be \(thousands) (a thousands comma) or \(decimal) (a decimal comma), and the file's other numbers do not show which it uses")
                }
                return try Self.checked(s, raw, what, decimal: .point)
            } else {
                mark = separator
            }
        }
        let value = try Self.checked(s, raw, what, decimal: mark)
        if mark == .point { pointDecimals += 1 } else { commaDecimals += 1 }
        return value
    }

    /// One separator before exactly three digits, after one to three digits not starting with 0: `1,000`, `61.235`.
    static func isAmbiguous(_ s: String, _ separator: DecimalMark) -> Bool {
        var body = Substring(s)
        if body.first == "-" || body.first == "+" { body.removeFirst() }
        guard let i = body.firstIndex(of: separator.character) else { return false }
        let whole = body[..<i]
        let fraction = body[body.index(after: i)...]
        return fraction.count == 3 && (1...3).contains(whole.count) && whole.first != "0"
            && whole.allSatisfy(\.isASCIIDigit) && fraction.allSatisfy(\.isASCIIDigit)
    }

    private static func checked(_ s: String, _ raw: String, _ what: String, decimal: DecimalMark) throws(RowProblem)
        -> Double
    {
        guard let v = try? value(s, decimal: decimal) else { throw RowProblem("\(what) \"\(raw)\" is not a number") }
        return v
    }

    /// The value with `decimal` as the decimal mark and the other separator grouping thousands (groups of three),
    /// and an optional exponent as spreadsheets and Swift write very small or large numbers (`3.77e-05`).
    static func value(_ s: String, decimal: DecimalMark) throws -> Double {
        struct NotANumber: Error {}
        var mantissa = Substring(s)
        var exponent = ""
        if let e = s.lastIndex(where: { $0 == "e" || $0 == "E" }) {
            let digits = s[s.index(after: e)...].drop { $0 == "-" || $0 == "+" }
            let sign = s[s.index(after: e)...].prefix { $0 == "-" || $0 == "+" }
            guard sign.count <= 1, !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { throw NotANumber() }
            mantissa = s[..<e]
            exponent = "e" + sign + digits
        }
        let parts = mantissa.split(separator: decimal.character, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw NotANumber() }
        let groups = parts[0].split(separator: decimal.other.character, omittingEmptySubsequences: false)
        if groups.count > 1 {
            let first = groups[0].drop { $0 == "-" || $0 == "+" }
            guard (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw NotANumber()
            }
        }
        let whole = groups.joined()
        let fraction = parts.count == 2 ? parts[1] : ""
        guard whole.dropFirst().allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
            let d = Double((fraction.isEmpty ? whole : whole + "." + fraction) + exponent), d.isFinite
        else { throw NotANumber() }
        return d
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
