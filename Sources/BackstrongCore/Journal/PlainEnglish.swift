// Counts and lists in words, for every message the engine, the CLI and the web pages write: "1 set", "2 sets",
// "a, b and c".
import Foundation

/// Small helpers for messages in plain English.
public enum PlainEnglish {
    /// "1 set", "2 sets", "0 sets"; `plural` for nouns that do not take an s.
    public static func count(_ n: Int, _ singular: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// "a", "a and b", "a, b and c".
    public static func list(_ items: [String]) -> String {
        items.count > 1 ? items.dropLast().joined(separator: ", ") + " and " + items.last! : items.joined()
    }
}
