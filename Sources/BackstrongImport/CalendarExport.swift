// The coming weeks of the plan as an iCalendar file (RFC 5545) that calendar apps accept: one all-day VEVENT
// per planned session listing its exercises, CRLF line ends, lines folded at 75 octets, a stable UID per
// session and a DTSTAMP from the `now` the caller passes (this library never reads the clock).
import BackstrongCore
import Foundation

public enum CalendarExport {
    /// The plan's sessions as an iCalendar document. `units` chooses how loads are written.
    public static func ics(_ plan: Plan, now: Date, units: Units = .kg) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Backstrong//Backstrong plan//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:Backstrong plan",
        ]
        let stamp = timestamp(now)
        for s in plan.sessions {
            let day = compact(s.date)
            let summary = "Backstrong: week \(s.week), session \(s.template)\(s.deload ? " (deload)" : "")"
            let items = s.exercises.map { p -> String in
                let dose =
                    p.holdSeconds.map { "\(p.sets) × \(p.repsMin)–\(p.repsMax) holds of \(format($0)) s" }
                    ?? "\(p.sets) × \(p.repsMin)–\(p.repsMax)"
                let weight =
                    p.loadKg.map { loadText($0, units: units) + (p.loadPerHand ? " per hand" : "") } ?? "bodyweight"
                return
                    "\(p.name): \(dose) @ \(weight), RPE ≤ \(format(p.targetRPE)), rest \(p.restSeconds) s (\(p.decision.rawValue))"
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:backstrong-\(day)-\(s.template)@backstrong.invalid",
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(day)",
                "DTEND;VALUE=DATE:\(compact(s.date.adding(days: 1)))",
                "SUMMARY:" + escape(summary),
                "DESCRIPTION:" + escape(items.joined(separator: "\n")),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func compact(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    /// UTC date-time, e.g. `20261126T120000Z`.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(ordinal: Int((Double(seconds) / 86_400).rounded(.down)))
        let s = seconds - day.ordinal * 86_400
        return compact(day) + String(format: "T%02d%02d%02dZ", s / 3600, s % 3600 / 60, s % 60)
    }

    /// TEXT escaping: backslash, semicolon, comma and line breaks.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Folds a content line into lines of at most 75 octets, never inside a UTF-8 character.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var parts: [String] = []
        var current = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let n = String(scalar).utf8.count
            if octets + n > limit {
                parts.append(current)
                current = ""
                octets = 0
                limit = 74  // continuation lines start with a space
            }
            current.unicodeScalars.append(scalar)
            octets += n
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }

    static func format(_ x: Double) -> String {
        if x == x.rounded() { return String(Int(x)) }
        var s = String(format: "%.2f", x)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    static func loadText(_ kg: Double, units: Units) -> String {
        switch units {
        case .kg: return format(kg) + " kg"
        case .lb: return String(format: "%.1f", kg / Units.kilogramsPerPound) + " lb"
        }
    }
}
