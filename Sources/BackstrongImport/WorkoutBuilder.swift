// Collects the set rows of one file into workouts, whatever app wrote them, then turns them into journal
// sessions: dates read with one rule per file, names mapped to the catalog or kept as custom exercises,
// stable content-derived ids, pain notes listed.
import BackstrongCore
import Foundation

struct ExerciseDraft {
    var name: String
    /// Set by Backstrong's own CSV, which names the id; otherwise mapped from the name.
    var id: String?
    var notes: String?
    var sets: [LoggedSet] = []
}

struct WorkoutDraft {
    /// Groups the file's rows into this workout.
    var key: String
    /// With the start day and minute, what identifies the workout within its app (its title; empty for FitNotes).
    var idKey: String = ""
    var rawDate: String
    var firstLine: Int
    var lastLine: Int
    var lines: Int = 0
    var title: String?
    var durationSeconds: Double?
    var notes: String?
    var exercises: [ExerciseDraft] = []
    /// Fields only Backstrong's own CSV carries.
    var explicitId: String?
    var explicitSource: SessionSource?
    var painBefore: Double?
    var painAfter: Double?
    var nextMorningPain: Double?
    var newLegSymptoms: Bool?
    /// Backstrong's CSV keeps the session's source exactly; other files get theirs from the builder.
    var keepsOwnSource = false
}

/// Sessions and custom exercises read from one file, and its summary.
public struct FileImport: Sendable {
    public var sessions: [Session]
    public var customExercises: [CustomExercise]
    public var summary: FileSummary
}

struct WorkoutBuilder {
    let format: ImportFormat
    let fileName: String
    var dialect = ""
    var weightUnit = ""
    var drafts: [WorkoutDraft] = []
    private var index: [String: Int] = [:]
    var skipped: [SkippedRow] = []
    var nonSetRows = 0
    var repairedLines: [Int] = []
    /// The file's numbers, read with its decimal mark (NumberReading.swift).
    var numbers = NumberReading()
    /// What the summary should tell about how the file was read (its encoding, date order, units).
    var warnings: [String] = []
    /// The order of day and month the person gave, for slash dates the file's own dates do not decide.
    var dateOrder: DateOrder?

    init(format: ImportFormat, fileName: String) {
        self.format = format
        self.fileName = fileName
    }

    /// The workout with this key, created on its first row.
    mutating func workout(key: String, rawDate: String, line: Int) -> Int {
        if let i = index[key] {
            drafts[i].firstLine = min(drafts[i].firstLine, line)
            drafts[i].lastLine = max(drafts[i].lastLine, line)
            return i
        }
        drafts.append(WorkoutDraft(key: key, rawDate: rawDate, firstLine: line, lastLine: line))
        index[key] = drafts.count - 1
        return drafts.count - 1
    }

    /// Appends a set to the exercise of that name, continuing it when it was the last one logged.
    mutating func add(_ set: LoggedSet, exercise name: String, id: String? = nil, to w: Int) {
        drafts[w].lines += 1
        if let last = drafts[w].exercises.last, last.name == name, last.id == id {
            drafts[w].exercises[drafts[w].exercises.count - 1].sets.append(set)
        } else {
            drafts[w].exercises.append(ExerciseDraft(name: name, id: id, sets: [set]))
        }
    }

    /// Adds a note to the exercise of that name (the last one logged, or a new one without sets).
    mutating func addExerciseNote(_ note: String, exercise name: String, id: String? = nil, to w: Int) {
        guard !note.isEmpty else { return }
        if let i = drafts[w].exercises.lastIndex(where: { $0.name == name && $0.id == id }) {
            let old = drafts[w].exercises[i].notes
            if old == nil || old!.isEmpty {
                drafts[w].exercises[i].notes = note
            } else if !old!.contains(note) {
                drafts[w].exercises[i].notes = old! + "\n" + note
            }
        } else {
            drafts[w].exercises.append(ExerciseDraft(name: name, id: id, notes: note))
        }
    }

    mutating func skip(_ line: Int, _ reason: String) {
        skipped.append(SkippedRow(file: nil, line: line, reason: reason))
    }

    /// Turns the drafts into sessions. `customExercises` are those the journal (and earlier files) declare.
    func finish(catalog: ExerciseCatalog, customExercises: [CustomExercise]) -> FileImport {
        // Slash dates: one order for the whole file, which its dates decide, else --date-order, else month first.
        let slashDates = drafts.lazy.filter { !$0.keepsOwnSource }.map(\.rawDate)
        let (decidedOrder, ambiguousDate) = DateOrder.decided(by: slashDates)
        let dayFirst = (decidedOrder ?? dateOrder ?? .mdy) == .dmy
        var warnings = self.warnings
        if let decidedOrder, let dateOrder, decidedOrder != dateOrder {
            warnings.append(
                "--date-order \(dateOrder.rawValue) was not used: the file's dates are \(decidedOrder == .dmy ? "day" : "month") first (a \(decidedOrder == .dmy ? "first" : "second") number is over 12)")
        } else if decidedOrder == nil, dateOrder == nil, let example = ambiguousDate,
            let read = ImportParsing.date(example, slashDayFirst: false)
        {
            warnings.append(
                "slash dates such as \"\(example)\" were read month first (\(read.day.iso)), as no date in the file has a day over 12 to decide the order; if they are day first, import with --date-order dmy (on the import page: day first; API: dateOrder=dmy)")
        }
        var skipped = self.skipped
        var sessions: [Session] = []
        var newCustom: [CustomExercise] = []
        var customByName: [String: String] = [:]
        var takenIds = Set(customExercises.map(\.id))
        for c in customExercises { customByName[c.name] = c.id }
        var unmapped: [String] = []
        var painNotes: [PainNote] = []
        var resolved: [String: String] = [:]
        var counts = (sets: 0, warmup: 0, drop: 0, failure: 0)
        var usedIds = Set<String>()

        func exerciseId(_ e: ExerciseDraft) -> String {
            if let id = e.id {
                if catalog.exercise(id) == nil, !takenIds.contains(id) {
                    takenIds.insert(id)
                    newCustom.append(CustomExercise(id: id, name: e.name))
                    customByName[e.name] = id
                }
                return id
            }
            if let id = resolved[e.name] { return id }
            let id: String
            if let mapped = ExerciseNames.catalogId(for: e.name), catalog.exercise(mapped) != nil {
                id = mapped
            } else if let existing = customByName[e.name] {
                id = existing
                if !unmapped.contains(e.name) { unmapped.append(e.name) }
            } else {
                var candidate = ExerciseNames.slug(e.name)
                if catalog.exercise(candidate) != nil { candidate = "custom-" + candidate }
                if takenIds.contains(candidate) { candidate += "-" + String(StableID.hash(e.name).prefix(6)) }
                id = candidate
                takenIds.insert(id)
                customByName[e.name] = id
                newCustom.append(CustomExercise(id: id, name: e.name))
                if !unmapped.contains(e.name) { unmapped.append(e.name) }
            }
            resolved[e.name] = id
            return id
        }

        for d in drafts {
            let parsed =
                d.keepsOwnSource
                ? SessionTime(parsing: d.rawDate) : ImportParsing.date(d.rawDate, slashDayFirst: dayFirst)
            guard let date = parsed else {
                skipped.append(
                    SkippedRow(
                        file: nil, line: d.firstLine,
                        reason:
                            "date \"\(d.rawDate)\" is not a date this importer reads; the workout's \(d.lines) rows were skipped"
                    ))
                continue
            }
            var logs: [ExerciseLog] = []
            // An exercise (or a whole workout) whose rows were all skipped is left out rather than stored empty:
            // an empty workout would count as a training day, and an empty exercise would add a custom exercise.
            for e in d.exercises where d.keepsOwnSource || !e.sets.isEmpty {
                logs.append(ExerciseLog(exerciseId: exerciseId(e), sets: e.sets, notes: e.notes))
                for s in e.sets {
                    counts.sets += 1
                    switch s.kind {
                    case .warmup: counts.warmup += 1
                    case .drop: counts.drop += 1
                    case .failure: counts.failure += 1
                    case .working: break
                    }
                    if let n = s.notes, PainNotes.mentionsPain(n) {
                        painNotes.append(PainNote(date: date.day.iso, exercise: e.name, text: n))
                    }
                }
                if let n = e.notes, PainNotes.mentionsPain(n) {
                    painNotes.append(PainNote(date: date.day.iso, exercise: e.name, text: n))
                }
            }
            if logs.isEmpty && !d.keepsOwnSource { continue }
            if let n = d.notes, PainNotes.mentionsPain(n) {
                painNotes.append(PainNote(date: date.day.iso, exercise: nil, text: n))
            }
            let source =
                d.keepsOwnSource
                ? d.explicitSource
                : SessionSource(app: format.rawValue, file: fileName, firstLine: d.firstLine, lastLine: d.lastLine)
            // The id is derived from the start (to the minute) and the title, so a file re-saved by a spreadsheet
            // (`9/12/2022 18:35` for `2022-09-12 18:35:00`) still gives the same ids.
            let minute =
                date.minuteOfDay.map { "T" + ImportParsing.pad($0 / 60) + ":" + ImportParsing.pad($0 % 60) } ?? ""
            var id =
                d.keepsOwnSource
                ? d.explicitId : StableID.session(app: format.rawValue, key: date.day.iso + minute + "|" + d.idKey)
            // Two workouts of one file with the same start and title (Strong numbers them apart) stay two.
            if let base = id, !d.keepsOwnSource {
                var n = 1
                while !usedIds.insert(id!).inserted {
                    n += 1
                    id = "\(base)-\(n)"
                }
            }
            sessions.append(
                Session(
                    id: id, date: date, exercises: logs, painBefore: d.painBefore, painAfter: d.painAfter,
                    nextMorningPain: d.nextMorningPain, newLegSymptoms: d.newLegSymptoms, notes: d.notes,
                    title: d.title,
                    durationSeconds: d.durationSeconds, source: source))
        }
        // Oldest first, whatever order the file had (apps export newest first); stable for equal dates.
        let ordered = sessions.enumerated().sorted { a, b in
            a.element.date < b.element.date || (!(b.element.date < a.element.date) && a.offset < b.offset)
        }.map(\.element)
        skipped.sort { $0.line < $1.line }
        let summary = FileSummary(
            file: fileName, format: format, dialect: dialect, weightUnit: weightUnit, workouts: ordered.count,
            sets: counts.sets, warmupSets: counts.warmup, dropSets: counts.drop, failureSets: counts.failure,
            nonSetRows: nonSetRows, repairedLines: repairedLines, skippedRows: skipped, unmappedExercises: unmapped,
            painNotes: painNotes, added: 0, alreadyInJournal: 0, updated: 0,
            warnings: warnings + [numbers.note].compactMap { $0 })
        return FileImport(sessions: ordered, customExercises: newCustom, summary: summary)
    }
}

/// Stable, content-derived ids: the same workout of the same app always gets the same id.
enum StableID {
    /// 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits (Swift's `Hasher` is seeded per run, so unusable here).
    static func hash(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func session(app: String, key: String) -> String { "\(app)-\(hash(app + "|" + key))" }
}
