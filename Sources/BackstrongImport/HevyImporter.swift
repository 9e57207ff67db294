// Hevy's CSV export: 14 quoted columns `title,start_time,end_time,description,exercise_title,superset_id,
// exercise_notes,set_index,set_type,weight_kg|weight_lbs,reps,distance_km|distance_miles,duration_seconds,rpe`.
// The unit is only in the header name; dates read `8 Apr 2026, 16:50`; `set_type` is normal, warmup, dropset or
// failure; bodyweight sets have an empty weight; line breaks in notes are the two characters `\n`; a workout
// has no id, so it is its title and start time. `superset_id` is not kept.
import BackstrongCore
import Foundation

struct HevyReader: AppReader {
    let format = ImportFormat.hevy
    let dialect: String
    let weightUnit: String
    let title, start, end, description, exercise, exerciseNotes, setType, weight, reps, distance, duration, rpe: Int?
    let kgPerUnit: Double
    let kmPerUnit: Double

    init?(_ h: Header) {
        guard h.has("exercise_title"), h.has("set_type"), let start = h.index("start_time") else { return nil }
        self.start = start
        title = h.index("title")
        end = h.index("end_time")
        description = h.index("description")
        exercise = h.index("exercise_title")
        exerciseNotes = h.index("exercise_notes")
        setType = h.index("set_type")
        reps = h.index("reps")
        duration = h.index("duration_seconds")
        rpe = h.index("rpe")
        if let w = h.index("weight_lbs") {
            weight = w
            kgPerUnit = Units.kilogramsPerPound
            weightUnit = "lb (from the header)"
            dialect = "hevy-lbs"
        } else {
            weight = h.index("weight_kg")
            kgPerUnit = 1
            weightUnit = "kg (from the header)"
            dialect = "hevy-kg"
        }
        if let d = h.index("distance_miles") {
            distance = d
            kmPerUnit = 1.609344
        } else {
            distance = h.index("distance_km")
            kmPerUnit = 1
        }
    }

    /// Hevy writes a line break in a note as the two characters `\n`.
    static func unescape(_ text: String) -> String {
        text.contains("\\n") ? text.replacingOccurrences(of: "\\n", with: "\n") : text
    }

    mutating func read(_ r: CSVRecord, into b: inout WorkoutBuilder) {
        let rawStart = r.trimmed(start)
        let name = r.trimmed(title)
        let w = b.workout(key: name + "|" + rawStart, rawDate: rawStart, line: r.line)
        if b.drafts[w].lines == 0 && b.drafts[w].title == nil {
            b.drafts[w].idKey = name
            b.drafts[w].title = name.isEmpty ? nil : name
            let note = Self.unescape(r.field(description))
            b.drafts[w].notes = note.isEmpty ? nil : note
            if let s = ImportParsing.date(rawStart), let e = ImportParsing.date(r.trimmed(end)),
                let sm = s.minuteOfDay, let em = e.minuteOfDay
            {
                let minutes = s.day.days(to: e.day) * 1440 + em - sm
                if minutes >= 0 { b.drafts[w].durationSeconds = Double(minutes * 60) }
            }
        }
        let exerciseName = r.trimmed(exercise)
        guard !exerciseName.isEmpty else { return b.skip(r.line, "no exercise_title") }
        let kind: SetKind
        switch r.trimmed(setType).lowercased() {
        case "normal", "": kind = .working
        case "warmup": kind = .warmup
        case "dropset": kind = .drop
        case "failure": kind = .failure
        case let other: return b.skip(r.line, "set_type \"\(other)\" is not normal, warmup, dropset or failure")
        }
        var input = SetInput()
        input.weight = r.field(weight)
        input.kgPerUnit = kgPerUnit
        input.reps = r.field(reps)
        input.seconds = r.field(duration)
        input.distance = r.field(distance)
        input.kmPerUnit = kmPerUnit
        input.rpe = r.field(rpe)
        input.kind = kind
        input.assisted = ExerciseNames.isAssisted(exerciseName)
        do {
            let set = try input.make(&b.numbers)
            b.add(set, exercise: exerciseName, to: w)
            let note = Self.unescape(r.field(exerciseNotes))
            if !note.isEmpty { b.addExerciseNote(note, exercise: exerciseName, to: w) }
        } catch {
            b.skip(r.line, error.reason)
        }
    }
}
