// Strong's CSV exports, in the three dialects seen in real files:
// - `strong-12-column`: `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,
//   Workout Notes,RPE`; weights and distances in the account's units, which the file does not say (the user gives
//   --unit, and --distance-unit: Strong sets the distance unit apart from the weight unit; km when not given);
// - `strong-weight-unit`: semicolon-separated with a `Weight Unit` column (`kg`, `lbs` or empty) and often
//   `Distance Unit` and `Workout Duration`;
// - `strong-units-in-header`: semicolon-separated, every field quoted, a `Workout #` column and units in the
//   header names (`Weight (kg)`, `Duration (sec)`, `Distance (meters)`).
// `Set Order` is a number or W (warm-up), D (drop set), F (failure); `Rest Timer` and `Note` rows are not sets.
import BackstrongCore
import Foundation

struct StrongReader: AppReader {
    let format = ImportFormat.strong
    let dialect: String
    let weightUnit: String
    let date, workoutNumber, workoutName, duration, exercise, setOrder, weight, weightUnitColumn, reps: Int?
    let distance, distanceUnitColumn, seconds, notes, workoutNotes, rpe: Int?
    let durationInSeconds: Bool
    /// Kilograms per unit of the weight column, when the header or --unit says it.
    let kgPerUnit: Double?
    let kmPerUnit: Double
    /// Distances read in km because neither the header nor --distance-unit says their unit.
    let distanceUnitAssumed: Bool
    private var warnedDistance = false

    init?(_ h: Header, unit: Units?, distanceUnit: DistanceUnit? = nil) throws {
        guard h.has("exercise name"), h.has("set order"), let date = h.index("date") else { return nil }
        self.date = date
        workoutNumber = h.index("workout #")
        workoutName = h.index("workout name")
        exercise = h.index("exercise name")
        setOrder = h.index("set order")
        reps = h.index("reps")
        seconds = h.index("seconds")
        notes = h.index("notes")
        workoutNotes = h.index("workout notes")
        rpe = h.index("rpe")
        weightUnitColumn = h.index("weight unit")
        distanceUnitColumn = h.index("distance unit")
        if let d = h.index("duration (sec)", "duration (seconds)", "duration (s)") {
            duration = d
            durationInSeconds = true
        } else {
            duration = h.index("duration", "workout duration")
            durationInSeconds = false
        }
        if let w = h.index("weight (kg)", "weight (kgs)") {
            weight = w
            kgPerUnit = 1
            weightUnit = "kg (from the header)"
            dialect = "strong-units-in-header"
        } else if let w = h.index("weight (lbs)", "weight (lb)") {
            weight = w
            kgPerUnit = Units.kilogramsPerPound
            weightUnit = "lb (from the header)"
            dialect = "strong-units-in-header"
        } else if weightUnitColumn != nil {
            weight = h.index("weight")
            kgPerUnit = unit.map { $0 == .kg ? 1 : Units.kilogramsPerPound }
            weightUnit =
                "from the Weight Unit column" + (unit.map { "; --unit \($0.rawValue) where it is empty" } ?? "")
            dialect = "strong-weight-unit"
        } else {
            weight = h.index("weight")
            guard let unit else {
                throw HeaderProblem(
                    reason:
                        "Strong's 12-column export does not say whether weights are in kg or lb (it uses the account's unit): give --unit kg or --unit lb"
                )
            }
            kgPerUnit = unit == .kg ? 1 : Units.kilogramsPerPound
            weightUnit = "\(unit.rawValue) (from --unit)"
            dialect = "strong-12-column"
        }
        distanceUnitAssumed = distanceUnit == nil && h.index("distance") != nil
        if let d = h.index("distance (meters)", "distance (m)") {
            distance = d
            kmPerUnit = 0.001
        } else if let d = h.index("distance (mi)", "distance (miles)") {
            distance = d
            kmPerUnit = 1.609344
        } else if let d = h.index("distance (km)") {
            distance = d
            kmPerUnit = 1
        } else {
            distance = h.index("distance")
            // The account's distance unit, which Strong sets apart from its weight unit: a pound account may log
            // kilometres, so --unit says nothing about it.
            kmPerUnit = distanceUnit?.kilometres ?? 1
        }
    }

    /// The last row's workout: rows of one workout come together, so most rows skip the key and the lookup.
    private var last: (number: String, date: String, name: String, index: Int)?

    mutating func read(_ r: CSVRecord, into b: inout WorkoutBuilder) {
        let rawDate = r.trimmed(date)
        let name = r.trimmed(workoutName)
        let number = r.trimmed(workoutNumber)
        let w: Int
        if let last, last.date == rawDate, last.name == name, last.number == number {
            w = last.index
            b.drafts[w].lastLine = max(b.drafts[w].lastLine, r.line)
        } else {
            w = b.workout(key: number + "|" + rawDate + "|" + name, rawDate: rawDate, line: r.line)
            last = (number, rawDate, name, w)
        }
        if b.drafts[w].title == nil {
            b.drafts[w].idKey = name
            b.drafts[w].title = name.isEmpty ? nil : name
            let d = r.trimmed(duration)
            if !d.isEmpty { b.drafts[w].durationSeconds = durationInSeconds ? Double(d) : ImportParsing.duration(d) }
        }
        let workoutNote = r.field(workoutNotes)
        if !workoutNote.isEmpty, b.drafts[w].notes == nil { b.drafts[w].notes = workoutNote }
        let exerciseName = r.trimmed(exercise)
        let order = r.trimmed(setOrder)
        let kind: SetKind
        switch order.lowercased() {
        case "w": kind = .warmup
        case "d": kind = .drop
        case "f": kind = .failure
        case "rest timer":
            b.nonSetRows += 1
            return
        case "note":
            b.nonSetRows += 1
            b.addExerciseNote(r.field(notes), exercise: exerciseName, to: w)
            return
        default:
            guard let n = Double(order), n >= 0 else {
                b.skip(r.line, "Set Order \"\(order)\" is not a set number, W, D, F, Rest Timer or Note")
                return
            }
            kind = .working
        }
        guard !exerciseName.isEmpty else { return b.skip(r.line, "no exercise name") }
        var input = SetInput()
        input.weight = r.field(weight)
        switch r.kilogramsPerUnit(column: weightUnitColumn, fallback: kgPerUnit, accepted: "kg or lbs") {
        case .success(let factor): input.kgPerUnit = factor
        case .failure(let problem): return b.skip(r.line, problem.reason)
        }
        input.reps = r.field(reps)
        input.seconds = r.field(seconds)
        input.distance = r.field(distance)
        input.kmPerUnit = kmPerUnit
        var unitAssumed = distanceUnitAssumed
        if let c = distanceUnitColumn {
            let u = r.trimmed(c)
            guard let f = ImportParsing.kilometres(per: u) else {
                return b.skip(r.line, "Distance Unit \"\(u)\" is not km, m or mi")
            }
            if !u.isEmpty {
                input.kmPerUnit = f
                unitAssumed = false
            }
        }
        input.rpe = r.field(rpe)
        input.kind = kind
        input.assisted = ExerciseNames.isAssisted(exerciseName)
        input.notes = r.field(notes)
        do {
            let set = try input.make(&b.numbers)
            b.add(set, exercise: exerciseName, to: w)
            if unitAssumed, set.distanceKm != nil, !warnedDistance {
                warnedDistance = true
                b.warnings.append(
                    "distances were read in km: the file does not say the account's distance unit (set apart from the weight unit); if it is miles, import with --distance-unit mi (on the import page: miles; API: distanceUnit=mi)")
            }
        } catch {
            b.skip(r.line, error.reason)
        }
    }
}
