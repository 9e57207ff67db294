// Writing results: JSON for machines, text for people, errors to stderr.
import BackstrongCore
import Foundation

enum Output {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("backstrong: " + message + "\n").utf8))
    }

    /// Prints a value as pretty JSON with sorted keys.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// A load in the person's display unit, e.g. "42.5 kg" or "93.7 lb".
    static func load(_ kg: Double?, units: Units, perHand: Bool = false) -> String {
        LoadText.load(kg, units: units, perHand: perHand)
    }

    static func number(_ x: Double, decimals: Int = 2) -> String { LoadText.number(x, decimals: decimals) }

    /// Wraps text to a width with an indent.
    static func wrap(_ text: String, indent: String = "    ", width: Int = 96) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width && line.count > indent.count {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        if line.count > indent.count { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
