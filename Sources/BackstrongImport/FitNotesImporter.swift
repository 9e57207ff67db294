// FitNotes' CSV export: `Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time` (`kgs` or
// `lbs` per row), or the older `Date,Exercise,Category,Weight (lbs)|Weight (kgs),Reps,Distance,Distance Unit,
// Time`, either with an optional `Comment` column. Dates only: one session per day. Cardio rows carry a distance
// and a time (`0:09:21`). Exercise names with commas are not quoted (`Overhead Press (Each Side, Dumbbells)`),
// so a line may have more fields than the header: it is repaired when exactly one free-text column (Exercise or
// Comment) can have absorbed the extra fields and the rest of the row then reads, and reported otherwise.
// The Category column (the app's own grouping) is not kept.
import BackstrongCore
import Foundation

struct FitNotesReader: AppReader {
    let format = ImportFormat.fitnotes
    let dialect: String
    let weightUnit: String
    let columns: Int
    let date: Int
    let exercise, category, weight, weightUnitColumn, reps, distance, distanceUnit, time, comment: Int?
    let headerKgPerUnit: Double?

    /// `unit` reads weights whose row leaves the Weight Unit empty (and the header does not say).
    init?(_ h: Header, unit: Units? = nil) {
        guard let date = h.index("date"), h.has("exercise"), h.has("category") else { return nil }
        self.date = date
        columns = h.names.count
        exercise = h.index("exercise")
        category = h.index("category")
        reps = h.index("reps")
        distance = h.index("distance")
        distanceUnit = h.index("distance unit")
        time = h.index("time")
        comment = h.index("comment", "comments", "note", "notes")
        weightUnitColumn = h.index("weight unit")
        if let w = h.index("weight (lbs)", "weight (lb)") {
            weight = w
            headerKgPerUnit = Units.kilogramsPerPound
            weightUnit = "lb (from the header)"
            dialect = "fitnotes-old"
        } else if let w = h.index("weight (kgs)", "weight (kg)") {
            weight = w
            headerKgPerUnit = 1
            weightUnit = "kg (from the header)"
            dialect = "fitnotes-old"
        } else {
            weight = h.index("weight")
            headerKgPerUnit = unit.map { $0 == .lb ? Units.kilogramsPerPound : 1 }
            weightUnit = "from the Weight Unit column" + (unit.map { " (\($0.rawValue) where it is empty)" } ?? "")
            dialect = "fitnotes"
        }
    }

    /// Whether a row's typed columns read: the test that tells a right repair from a wrong one.
    func readable(_ f: [String]) -> Bool {
        func at(_ i: Int?) -> String { i.map { $0 < f.count ? ImportParsing.trim(f[$0]) : "" } ?? "" }
        func numberOrEmpty(_ s: String) -> Bool { s.isEmpty || Double(s) != nil }
        guard ImportParsing.date(at(date)) != nil else { return false }
        guard numberOrEmpty(at(weight)), numberOrEmpty(at(reps)), numberOrEmpty(at(distance)) else { return false }
        if weightUnitColumn != nil, !at(weightUnitColumn).isEmpty,
            ImportParsing.kilograms(per: at(weightUnitColumn)) == nil
        {
            return false
        }
        if distanceUnit != nil, ImportParsing.kilometres(per: at(distanceUnit)) == nil { return false }
        if !at(time).isEmpty, ImportParsing.duration(at(time)) == nil { return false }
        let name = at(exercise)
        return !name.isEmpty && name.filter { $0 == "(" }.count == name.filter { $0 == ")" }.count
    }

    /// The row with the extra fields joined back into one free-text column, or nil with why not.
    func repair(_ fields: [String]) -> (fields: [String]?, reason: String) {
        let extra = fields.count - columns
        var fits: [[String]] = []
        for c in [exercise, comment].compactMap({ $0 }) {
            let joined = fields[c...(c + extra)].joined(separator: ",")
            let candidate = Array(fields[..<c]) + [joined] + Array(fields[(c + extra + 1)...])
            if readable(candidate) { fits.append(candidate) }
        }
        if fits.count == 1 { return (fits[0], "") }
        let why =
            fits.isEmpty
            ? "no single free-text column (Exercise or Comment) can have absorbed them"
            : "both the Exercise and the Comment column could have absorbed them"
        return (nil, "\(fields.count) fields for a header of \(columns) (an unquoted comma?), and \(why)")
    }

    mutating func read(_ r: CSVRecord, into b: inout WorkoutBuilder) {
        var r = r
        if r.fields.count > columns {
            let (fixed, reason) = repair(r.fields)
            guard let fixed else { return b.skip(r.line, reason) }
            r.fields = fixed
            b.repairedLines.append(r.line)
        }
        let rawDate = r.trimmed(date)
        let w = b.workout(key: rawDate, rawDate: rawDate, line: r.line)
        let exerciseName = r.trimmed(exercise)
        guard !exerciseName.isEmpty else { return b.skip(r.line, "no exercise name") }
        var input = SetInput()
        input.weight = r.field(weight)
        switch r.kilogramsPerUnit(column: weightUnitColumn, fallback: headerKgPerUnit, accepted: "kgs or lbs") {
        case .success(let factor): input.kgPerUnit = factor
        case .failure(let problem): return b.skip(r.line, problem.reason)
        }
        input.reps = r.field(reps)
        let t = r.trimmed(time)
        if !t.isEmpty {
            guard let seconds = ImportParsing.duration(t) else {
                return b.skip(r.line, "Time \"\(t)\" is not a duration")
            }
            input.seconds = String(seconds)
        }
        input.distance = r.field(distance)
        let du = r.trimmed(distanceUnit)
        guard let km = ImportParsing.kilometres(per: du) else {
            return b.skip(r.line, "Distance Unit \"\(du)\" is not km, m or mi")
        }
        input.kmPerUnit = km
        input.notes = r.field(comment)
        input.assisted = ExerciseNames.isAssisted(exerciseName)
        do {
            let set = try input.make(&b.numbers)
            b.add(set, exercise: exerciseName, to: w)
        } catch {
            b.skip(r.line, error.reason)
        }
    }
}
