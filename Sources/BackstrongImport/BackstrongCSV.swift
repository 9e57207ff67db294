// Backstrong's own CSV: one row per set with every fact of the journal's sessions, so that exporting,
// importing and exporting again gives the same file. Columns are documented in docs/import-export.md.
import BackstrongCore
import Foundation

public enum BackstrongCSV {
    /// The columns, in order. Their names are public interface: add columns at the end, never rename.
    public static let columns = [
        "session_number", "date", "session_id", "title", "session_duration_seconds", "session_notes", "pain_before",
        "pain_after", "next_morning_pain", "new_leg_symptoms", "source_app", "source_file", "source_first_line",
        "source_last_line", "exercise_number", "exercise_id", "exercise_name", "exercise_notes", "set_number", "kind",
        "weight_kg", "weight_lb", "reps", "seconds", "duration_seconds", "distance_km", "rpe", "form", "pain",
        "set_notes",
    ]

    /// The sessions of a journal as CSV, CRLF line ends as RFC 4180 says.
    public static func export(_ journal: Journal, catalog: ExerciseCatalog = .standard) -> String {
        var out = columns.joined(separator: ",") + "\r\n"
        let customNames = Dictionary(journal.customExercises.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for (si, s) in journal.sessions.enumerated() {
            let sessionFields: [String] = [
                String(si + 1), s.date.text, s.id ?? "", s.title ?? "", number(s.durationSeconds), s.notes ?? "",
                number(s.painBefore), number(s.painAfter), number(s.nextMorningPain),
                s.newLegSymptoms.map { $0 ? "true" : "false" } ?? "", s.source?.app ?? "", s.source?.file ?? "",
                s.source?.firstLine.map(String.init) ?? "", s.source?.lastLine.map(String.init) ?? "",
            ]
            if s.exercises.isEmpty {
                out += row(sessionFields + Array(repeating: "", count: columns.count - sessionFields.count))
            }
            for (ei, e) in s.exercises.enumerated() {
                let name = catalog.exercise(e.exerciseId)?.name ?? customNames[e.exerciseId] ?? e.exerciseId
                let exerciseFields = [String(ei + 1), e.exerciseId, name, e.notes ?? ""]
                if e.sets.isEmpty {
                    let used = sessionFields.count + exerciseFields.count
                    out += row(sessionFields + exerciseFields + Array(repeating: "", count: columns.count - used))
                }
                for (ni, set) in e.sets.enumerated() {
                    let setFields: [String] = [
                        String(ni + 1), set.kind.rawValue, number(set.weightKg),
                        set.weightKg.map { String(format: "%.2f", $0 / Units.kilogramsPerPound) } ?? "",
                        set.reps.map(String.init) ?? "", number(set.seconds), number(set.durationSeconds),
                        number(set.distanceKm), number(set.rpe), set.form?.rawValue ?? "", number(set.pain),
                        set.notes ?? "",
                    ]
                    out += row(sessionFields + exerciseFields + setFields)
                }
            }
        }
        return out
    }

    static func row(_ fields: [String]) -> String { fields.map(CSVTokenizer.escape).joined(separator: ",") + "\r\n" }

    /// A number that reads back exactly: whole numbers without `.0`, others in Swift's shortest exact form.
    static func number(_ x: Double?) -> String {
        guard let x else { return "" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }

    /// Reads Backstrong's CSV back, exactly: ids, sources and values as written.
    struct Reader: AppReader {
        let format = ImportFormat.backstrong
        let dialect = "backstrong-csv"
        let weightUnit = "kg (weight_kg column)"
        let col: [String: Int]
        private var lastExercise: [Int: String] = [:]
        /// The export writes Swift's shortest form: a decimal point, never a thousands separator.
        private var numbers = NumberReading(decided: .point)

        init?(_ h: Header) {
            guard h.names.first == "session_number", h.has("exercise_id"), h.has("weight_kg") else { return nil }
            col = Dictionary(h.names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        }

        func text(_ r: CSVRecord, _ name: String) -> String? {
            let s = r.field(col[name])
            return s.isEmpty ? nil : s
        }

        mutating func num(_ r: CSVRecord, _ name: String) throws(RowProblem) -> Double? {
            try numbers.number(r.field(col[name]), name)
        }

        mutating func read(_ r: CSVRecord, into b: inout WorkoutBuilder) {
            let number = r.trimmed(col["session_number"])
            let rawDate = r.trimmed(col["date"])
            guard let day = SessionTime(parsing: rawDate) else {
                return b.skip(r.line, "date \"\(rawDate)\" is not a date YYYY-MM-DD, optionally with a time")
            }
            do throws(RowProblem) {
                let w = b.workout(key: number, rawDate: day.text, line: r.line)
                if b.drafts[w].lines == 0 && !b.drafts[w].keepsOwnSource {
                    b.drafts[w].keepsOwnSource = true
                    b.drafts[w].explicitId = text(r, "session_id")
                    b.drafts[w].title = text(r, "title")
                    b.drafts[w].durationSeconds = try num(r, "session_duration_seconds")
                    b.drafts[w].notes = text(r, "session_notes")
                    b.drafts[w].painBefore = try num(r, "pain_before")
                    b.drafts[w].painAfter = try num(r, "pain_after")
                    b.drafts[w].nextMorningPain = try num(r, "next_morning_pain")
                    b.drafts[w].newLegSymptoms = text(r, "new_leg_symptoms").map { $0 == "true" }
                    if let app = text(r, "source_app") {
                        b.drafts[w].explicitSource = SessionSource(
                            app: app, file: text(r, "source_file"),
                            firstLine: text(r, "source_first_line").flatMap { Int($0) },
                            lastLine: text(r, "source_last_line").flatMap { Int($0) })
                    }
                }
                b.drafts[w].lines += 1
                guard let exerciseNumber = text(r, "exercise_number") else { return }
                guard let id = text(r, "exercise_id") else {
                    throw RowProblem("exercise_number without an exercise_id")
                }
                let name = text(r, "exercise_name") ?? id
                let exerciseKey = number + "|" + exerciseNumber
                if lastExercise[w] != exerciseKey {
                    lastExercise[w] = exerciseKey
                    b.drafts[w].exercises.append(ExerciseDraft(name: name, id: id, notes: text(r, "exercise_notes")))
                }
                guard text(r, "set_number") != nil else { return }
                let kindText = text(r, "kind") ?? "working"
                guard let kind = SetKind(rawValue: kindText) else {
                    throw RowProblem("kind \"\(kindText)\" is not working, warmup, drop or failure")
                }
                var weight = try num(r, "weight_kg")
                if weight == nil, let lb = try num(r, "weight_lb") {
                    weight = ImportParsing.clean(lb * Units.kilogramsPerPound)
                }
                let formText = text(r, "form")
                let form = formText.flatMap(Form.init(rawValue:))
                if formText != nil && form == nil {
                    throw RowProblem("form \"\(formText!)\" is not good, fair or poor")
                }
                let reps = try num(r, "reps")
                if let reps, reps != reps.rounded() { throw RowProblem("reps \(reps) is not a whole number") }
                let set = LoggedSet(
                    weightKg: weight, reps: reps.map { Int($0) }, seconds: try num(r, "seconds"),
                    rpe: try num(r, "rpe"),
                    form: form, pain: try num(r, "pain"), kind: kind, notes: text(r, "set_notes"),
                    distanceKm: try num(r, "distance_km"), durationSeconds: try num(r, "duration_seconds"))
                b.drafts[w].exercises[b.drafts[w].exercises.count - 1].sets.append(set)
            } catch {
                b.skip(r.line, error.reason)
            }
        }
    }
}
