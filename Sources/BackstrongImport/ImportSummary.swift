// What an import did, for people and for `--json`: per file and in total, with every skipped row and why,
// the names that matched no catalog exercise, and the notes that may tell of past flare-ups.
import BackstrongCore
import Foundation

/// The app (and so the dialect family) that wrote a file.
public enum ImportFormat: String, Sendable, Codable, CaseIterable {
    case strong, hevy, fitnotes
    /// Backstrong's own CSV export (`backstrong export --format csv`).
    case backstrong
}

/// A data row that did not become a set, with why.
public struct SkippedRow: Sendable, Equatable, Codable {
    /// The file's name, in the total of several files.
    public var file: String?
    /// 1-based line of the file (the header is line 1).
    public var line: Int
    public var reason: String
}

/// A note that mentions pain or the back: shown as a possible past flare-up, never turned into a pain score.
public struct PainNote: Sendable, Equatable, Codable {
    public var date: String
    /// The exercise's name as the file gave it; nil for a workout note.
    public var exercise: String?
    public var text: String
}

/// The result of reading one file.
public struct FileSummary: Sendable, Equatable, Codable {
    public var file: String
    public var format: ImportFormat
    /// Which dialect of the app, e.g. `strong-12-column`, `hevy-lbs`, `fitnotes-old`.
    public var dialect: String
    /// How weights were read: `kg` or `lb`, and from where (the header, a column or `--unit`).
    public var weightUnit: String
    public var workouts: Int
    /// Every set row imported, warm-ups included.
    public var sets: Int
    public var warmupSets: Int
    public var dropSets: Int
    public var failureSets: Int
    /// Rows that are not sets (Strong's rest timers and exercise notes).
    public var nonSetRows: Int
    /// Lines repaired because an unquoted comma in a name split a field (FitNotes).
    public var repairedLines: [Int]
    public var skippedRows: [SkippedRow]
    public var unmappedExercises: [String]
    public var painNotes: [PainNote]
    /// Workouts new to the journal, and those it already had (same content-derived id, or the same workout at the
    /// same minute with the same sets from another app).
    public var added: Int
    public var alreadyInJournal: Int
    /// Workouts the journal had from an earlier import of the same app whose sets have changed in the file (a
    /// corrected file, or a workout edited in the app): replaced by the file's version.
    public var updated: Int
    /// How the file was read where it could not say for sure (its encoding, the order of day and month, a unit,
    /// a decimal mark), for the person to check.
    public var warnings: [String] = []
}

/// The summary of one `import` run over one or more files.
public struct ImportSummary: Sendable, Equatable, Codable {
    /// The files' format, or `mixed`.
    public var format: String
    public var workouts: Int
    public var sets: Int
    public var warmupSets: Int
    public var skippedRows: [SkippedRow]
    public var unmappedExercises: [String]
    public var painNotes: [PainNote]
    public var added: Int
    public var alreadyInJournal: Int
    public var updated: Int
    /// Every file's warnings, each after its file's name (`strong.csv: …`).
    public var warnings: [String]
    public var files: [FileSummary]

    public init(files: [FileSummary]) {
        self.files = files
        let formats = Set(files.map(\.format.rawValue))
        format = formats.count == 1 ? formats.first! : "mixed"
        workouts = files.reduce(0) { $0 + $1.workouts }
        sets = files.reduce(0) { $0 + $1.sets }
        warmupSets = files.reduce(0) { $0 + $1.warmupSets }
        skippedRows = files.flatMap { f in
            f.skippedRows.map { SkippedRow(file: f.file, line: $0.line, reason: $0.reason) }
        }
        var seen = Set<String>()
        unmappedExercises = files.flatMap(\.unmappedExercises).filter { seen.insert($0).inserted }
        painNotes = files.flatMap(\.painNotes)
        added = files.reduce(0) { $0 + $1.added }
        alreadyInJournal = files.reduce(0) { $0 + $1.alreadyInJournal }
        updated = files.reduce(0) { $0 + $1.updated }
        warnings = files.flatMap { f in f.warnings.map { "\(f.file): \($0)" } }
    }
}
