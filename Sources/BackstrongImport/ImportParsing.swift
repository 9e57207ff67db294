// Reading the apps' values: float dust, dates in the forms the apps and spreadsheets write, durations such as
// `1h 6m`, and one set row checked against the journal's limits (numbers themselves: NumberReading.swift).
import BackstrongCore
import Foundation

/// Why a data row did not become a set.
struct RowProblem: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

enum ImportParsing {
    /// The text without leading and trailing spaces and tabs. A byte check first: most fields have none, and
    /// Foundation's `trimmingCharacters` was half the import time.
    static func trim(_ s: String) -> String {
        let utf8 = s.utf8
        guard let first = utf8.first, let last = utf8.last else { return s }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return s }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = s.firstIndex(where: { !isSpace($0) }), let end = s.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(s[start...end])
    }

    /// Two digits, zero-padded.
    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Removes float dust such as `149.99999999999997` or `83.91458845000001` by rounding to ten decimal places:
    /// coarse enough to drop binary dust (under 1e-13 for loads up to 500 kg), fine enough to keep a converted
    /// value's exact decimal product (185 lb × 0.45359237 = 83.91458845 kg, 0.25 lb = 0.1133980925 kg), so
    /// converting back gives the pounds the person typed.
    static func clean(_ x: Double) -> Double { (x * 10_000_000_000).rounded() / 10_000_000_000 }

    /// Whole repetitions; `5.0` reads as 5.
    static func reps(_ raw: String, _ numbers: inout NumberReading) throws(RowProblem) -> Int? {
        guard let d = try numbers.number(raw, "reps") else { return nil }
        guard d == d.rounded() else { throw RowProblem("reps \"\(raw)\" is not a whole number") }
        guard Journal.Limits.reps.contains(Int(d)) else {
            throw RowProblem("reps \(Int(d)) is outside 0–100, the journal's limit")
        }
        return Int(d)
    }

    /// A duration in seconds: `3600`, `1h 6m`, `38min`, `45s`, `2m 30s`, `0:09:21`, `9:21`.
    static func duration(_ raw: String) -> Double? {
        let s = trim(raw).lowercased()
        if s.isEmpty { return nil }
        if let d = Double(s) { return d }
        if s.contains(":") {
            let parts = s.split(separator: ":").map { Double($0) }
            guard parts.allSatisfy({ $0 != nil }), (2...3).contains(parts.count) else { return nil }
            return parts.reduce(0.0) { $0 * 60 + $1! }
        }
        var total = 0.0
        var current = ""
        var unit = ""
        var matched = false
        func flush() -> Bool {
            guard !current.isEmpty else { return unit.isEmpty }
            guard let v = Double(current) else { return false }
            switch unit {
            case "h", "hr", "hrs", "hour", "hours": total += v * 3600
            case "m", "min", "mins", "minute", "minutes": total += v * 60
            case "s", "sec", "secs", "second", "seconds", "": total += v
            default: return false
            }
            matched = true
            current = ""
            unit = ""
            return true
        }
        for ch in s {
            if ch.isNumber || ch == "." {
                if !unit.isEmpty { guard flush() else { return nil } }
                current.append(ch)
            } else if ch.isLetter {
                unit.append(ch)
            } else if ch == " " {
                continue
            } else {
                return nil
            }
        }
        guard flush(), matched else { return nil }
        return total
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The month (1–12) a name or abbreviation starts with, in English, French, German, Spanish, Italian or
    /// Dutch, as the apps write dates in the phone's language ("8 Apr 2026", "14 déc. 2026", "3 Mär 2026").
    static func month(_ text: String) -> Int? {
        let t = text.lowercased()
        if let i = months.firstIndex(where: { t.hasPrefix($0) }) { return i + 1 }
        let others: [(String, Int)] = [
            ("ene", 1), ("gen", 1), ("janv", 1), ("fév", 2), ("fev", 2), ("mär", 3), ("mrz", 3), ("mrt", 3),
            ("avr", 4), ("abr", 4), ("mai", 5), ("mei", 5), ("mag", 5), ("juin", 6), ("giu", 6), ("juil", 7),
            ("lug", 7), ("aoû", 8), ("aou", 8), ("ago", 8), ("set", 9), ("okt", 10), ("ott", 10), ("dic", 12),
            ("déc", 12), ("dez", 12),
        ]
        return others.first { t.hasPrefix($0.0) }?.1
    }

    /// A date with an optional time, as the apps and spreadsheets write it:
    /// `2024-03-01 18:05:00`, `2024-03-01`, `9/12/2022 18:35`, `8 Apr 2026, 16:50`, `Apr 8, 2026, 4:50 PM`,
    /// `01.03.2024 18:05`. Returns the journal's form, `YYYY-MM-DDTHH:MM` (with `:SS` when not zero).
    static func date(_ raw: String, slashDayFirst: Bool = false) -> SessionTime? {
        // Apple's formatters put a narrow no-break space before AM/PM; spreadsheets use no-break spaces.
        let s = trim(raw.contains(where: { $0 == "\u{202F}" || $0 == "\u{00A0}" })
            ? String(raw.map { $0 == "\u{202F}" || $0 == "\u{00A0}" ? " " : $0 }) : raw)
        if s.utf8.count >= 10, s.utf8[s.utf8.index(s.utf8.startIndex, offsetBy: 4)] == UInt8(ascii: "-") {
            guard let day = Day(iso: String(s.prefix(10))) else { return nil }
            var rest = Substring(s.dropFirst(10))
            while rest.first == " " || rest.first == "T" { rest.removeFirst() }
            if rest.isEmpty { return SessionTime(day: day) }
            return withTime(day, String(rest))
        }
        // Split into the date part and the time part at the first token holding a colon.
        var tokens = s.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var timeText = ""
        if let t = tokens.firstIndex(where: { $0.contains(":") }) {
            timeText = tokens[t...].joined(separator: " ")
            tokens = Array(tokens[..<t])
        }
        var y = 0
        var m = 0
        var d = 0
        if tokens.count == 1, tokens[0].contains("/") || tokens[0].contains(".") {
            let parts = tokens[0].split(whereSeparator: { $0 == "/" || $0 == "." }).compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            y = parts[2] < 100 ? parts[2] + 2000 : parts[2]
            let dayFirst = tokens[0].contains(".") || slashDayFirst || parts[0] > 12
            (d, m) = dayFirst ? (parts[0], parts[1]) : (parts[1], parts[0])
        } else if tokens.count == 3 {
            let lower = tokens.map { $0.lowercased() }
            if let mm = month(lower[1]), let dd = Int(tokens[0].filter { $0 != "." }), let yy = Int(tokens[2]) {
                (d, m, y) = (dd, mm, yy)
            } else if let mm = month(lower[0]), let dd = Int(tokens[1].filter { $0 != "." }), let yy = Int(tokens[2]) {
                (d, m, y) = (dd, mm, yy)
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard let day = Day(year: y, month: m, day: d) else { return nil }
        if timeText.isEmpty { return SessionTime(day: day) }
        return withTime(day, timeText)
    }

    private static func withTime(_ day: Day, _ text: String) -> SessionTime? {
        var t = trim(text.lowercased())
        var pm = false
        var am = false
        if t.hasSuffix("pm") {
            pm = true
            t = String(t.dropLast(2))
        }
        if t.hasSuffix("am") {
            am = true
            t = String(t.dropLast(2))
        }
        t = trim(t)
        if t.hasSuffix("z") { t = String(t.dropLast()) }
        // An offset from UTC (`+01:00`, `-0500`) is dropped: the wall-clock time the person trained at is kept.
        if let offset = t.firstIndex(where: { $0 == "+" || $0 == "-" }) { t = trim(String(t[..<offset])) }
        let parts = t.split(separator: ":")
        guard parts.count == 2 || parts.count == 3, var h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        let sec = parts.count == 3 ? Int(Double(parts[2]) ?? -1) : 0
        if pm && h < 12 { h += 12 }
        if am && h == 12 { h = 0 }
        guard (0...23).contains(h), (0...59).contains(m), (0...59).contains(sec) else { return nil }
        var text = day.iso + "T" + pad(h) + ":" + pad(m)
        if sec > 0 { text += ":" + pad(sec) }
        return SessionTime(parsing: text)
    }

    /// Kilometres per unit of a distance unit as the apps write it; nil when unknown.
    static func kilometres(per unit: String) -> Double? {
        switch trim(unit).lowercased() {
        case "", "km", "kms", "kilometers", "kilometres": return 1
        case "m", "meters", "metres": return 0.001
        case "mi", "mile", "miles": return 1.609344
        case "ft", "feet": return 0.0003048
        case "yd", "yds", "yards": return 0.0009144
        default: return nil
        }
    }

    /// Kilograms per unit of a weight unit as the apps write it; nil when unknown.
    static func kilograms(per unit: String) -> Double? {
        switch trim(unit).lowercased() {
        case "kg", "kgs", "kilograms": return 1
        case "lb", "lbs", "pounds": return Units.kilogramsPerPound
        default: return nil
        }
    }
}

/// The fields of one set row as an app wrote them, turned into a checked `LoggedSet`.
struct SetInput {
    var weight = ""
    /// Kilograms per unit of `weight`; nil when the unit is unknown.
    var kgPerUnit: Double? = 1
    var reps = ""
    var seconds = ""
    var distance = ""
    var kmPerUnit: Double = 1
    var rpe = ""
    var kind = SetKind.working
    var notes: String?
    /// An assisted exercise (ExerciseNames.isAssisted): its weight is the assistance, kept in the set's notes.
    var assisted = false

    /// Apps write 0 for what was not tracked: a 0 weight is bodyweight, a 0 distance or time is none.
    /// `numbers` reads the fields with the file's decimal mark, and learns it.
    func make(_ numbers: inout NumberReading) throws(RowProblem) -> LoggedSet {
        var weightKg: Double?
        var assistance: String?
        if let w = try numbers.number(weight, "weight"), w != 0 {
            guard let factor = kgPerUnit else {
                throw RowProblem("weight \(weight) has no unit: give --unit kg or --unit lb")
            }
            if assisted {
                // The help of the machine or band (Hevy writes it positive, Strong negative) is not load lifted: as
                // a load it would show as a lift that gets weaker as the person gets stronger. It is a bodyweight
                // set, and the assistance is kept, as the file wrote it, in the set's notes.
                assistance = "assistance \(BackstrongCSV.number(abs(w))) \(factor == 1 ? "kg" : "lb")"
            } else {
                guard w > 0 else {
                    throw RowProblem(
                        "weight \(weight) is negative (an assisted exercise?); the journal keeps loads from 0 to 500 kg")
                }
                // Cleaned after the conversion: the product of two clean numbers has dust of its own.
                let kg = ImportParsing.clean(w * factor)
                guard Journal.Limits.weightKg.contains(kg) else {
                    throw RowProblem("weight \(weight) is over 500 kg, the journal's limit")
                }
                weightKg = kg
            }
        }
        var reps = try ImportParsing.reps(self.reps, &numbers)
        var timed = try numbers.number(seconds, "seconds").map(ImportParsing.clean)
        if timed == 0 { timed = nil }
        var km = try numbers.number(distance, "distance").map { ImportParsing.clean($0 * kmPerUnit) }
        if km == 0 { km = nil }
        if let k = km, !Journal.Limits.distanceKm.contains(k) {
            throw RowProblem("distance \(distance) is outside 0–1000 km")
        }
        if reps == 0, timed != nil || km != nil { reps = nil }
        var holdSeconds: Double?
        var durationSeconds: Double?
        if let t = timed {
            guard t >= 0, t <= Journal.Limits.durationSeconds.upperBound else {
                throw RowProblem("time \(seconds) is outside 0–86400 seconds")
            }
            if km != nil || t > Journal.Limits.seconds.upperBound { durationSeconds = t } else { holdSeconds = t }
        }
        var rpe = try numbers.number(self.rpe, "RPE")
        if rpe == 0 { rpe = nil }
        if let r = rpe, !Journal.Limits.rpe.contains(r) { throw RowProblem("RPE \(self.rpe) is outside 1–10") }
        if reps == nil && holdSeconds == nil && durationSeconds == nil && km == nil {
            throw RowProblem("no reps, time or distance")
        }
        let setNotes = [assistance, notes.flatMap { $0.isEmpty ? nil : $0 }].compactMap { $0 }
        return LoggedSet(
            weightKg: weightKg, reps: reps, seconds: holdSeconds, rpe: rpe, kind: kind,
            notes: setNotes.isEmpty ? nil : setNotes.joined(separator: "\n"), distanceKm: km,
            durationSeconds: durationSeconds)
    }
}
