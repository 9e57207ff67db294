// When a logged session happened: a day, optionally with a local time of day.
// Journals say `2026-03-01` or `2026-03-01T18:05` (seconds and a zone suffix are accepted and kept as text).
import Foundation

/// The date of a session, with an optional time of day as written by the user.
public struct SessionTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var day: Day
    /// Minutes after midnight, when a time was given.
    public var minuteOfDay: Int?
    /// The original text, kept so that exports give back exactly what was imported.
    public var text: String

    public init(day: Day, minuteOfDay: Int? = nil) {
        self.day = day
        self.minuteOfDay = minuteOfDay
        if let m = minuteOfDay {
            self.text = day.iso + String(format: "T%02d:%02d", m / 60, m % 60)
        } else {
            self.text = day.iso
        }
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `YYYY-MM-DDTHH:MM:SS`, optionally with a space instead of `T`,
    /// fractional seconds and a `Z` or `±HH:MM` suffix.
    public init?(parsing raw: String) {
        let s = raw.trimmingCharacters(in: .whitespaces)
        guard s.count >= 10, let day = Day(iso: String(s.prefix(10))) else { return nil }
        if s.count == 10 {
            self.day = day
            self.minuteOfDay = nil
            self.text = s
            return
        }
        let rest = s.dropFirst(10)
        guard let sep = rest.first, sep == "T" || sep == " " else { return nil }
        var time = Substring(rest.dropFirst())
        // Strip a zone suffix.
        if time.hasSuffix("Z") { time = time.dropLast() }
        if let signIndex = time.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = time[time.index(after: signIndex)...]
            guard zone.count == 5 || zone.count == 4 || zone.count == 2 else { return nil }
            time = time[..<signIndex]
        }
        let fields = time.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3,
            fields[0].count == 2, fields[1].count == 2,
            let h = Int(fields[0]), let m = Int(fields[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        if fields.count == 3 {
            let secText = fields[2].split(separator: ".").first ?? ""
            guard secText.count == 2, let sec = Int(secText), (0...60).contains(sec) else { return nil }
        }
        self.day = day
        self.minuteOfDay = h * 60 + m
        self.text = s
    }

    public var description: String { text }

    public static func < (lhs: SessionTime, rhs: SessionTime) -> Bool {
        if lhs.day != rhs.day { return lhs.day < rhs.day }
        return (lhs.minuteOfDay ?? -1) < (rhs.minuteOfDay ?? -1)
    }

    public static func == (lhs: SessionTime, rhs: SessionTime) -> Bool {
        lhs.day == rhs.day && lhs.minuteOfDay == rhs.minuteOfDay && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(day)
        hasher.combine(minuteOfDay)
    }
}
