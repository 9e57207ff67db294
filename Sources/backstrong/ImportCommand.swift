// `backstrong import FILE... --journal JOURNAL`: history from Strong, Hevy and FitNotes (or Backstrong's own
// CSV) merged into a journal, replaced atomically; a summary with skipped rows, unmapped names and pain notes.
import ArgumentParser
import BackstrongCore
import BackstrongImport
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import workouts exported by Strong, Hevy or FitNotes (or by `backstrong export --format csv`).",
        discussion: """
            Detects the app and dialect of each file and merges its workouts into the journal. Importing the same \
            file twice adds nothing. All files are read before the journal is replaced, atomically: a file that \
            cannot be read writes nothing (exit 1, naming the file and line). Weights are stored in kg. \
            --dry-run prints the summary and writes nothing. The summary's warnings say what had to be assumed \
            (encoding, order of day and month, distance unit, thousands separators).
            """)

    @ArgumentParser.Argument(
        help: ArgumentHelp("CSV files exported by Strong, Hevy, FitNotes or Backstrong.", valueName: "file"))
    var files: [String]

    @ArgumentParser.Option(
        name: .long,
        help: ArgumentHelp("Journal JSON file to merge into (created if it does not exist).", valueName: "file"))
    var journal: String

    @ArgumentParser.Option(
        name: .long,
        help: ArgumentHelp(
            "Unit of weights when the file does not say (Strong's 12-column export): kg or lb.", valueName: "unit"))
    var unit: String?

    @ArgumentParser.Option(
        name: .customLong("distance-unit"),
        help: ArgumentHelp(
            "Unit of distances when the file does not say (Strong's 12-column export; km when not given): km, mi or m.",
            valueName: "unit"))
    var distanceUnit: String?

    @ArgumentParser.Option(
        name: .customLong("date-order"),
        help: ArgumentHelp(
            "Order of day and month in slash dates (3/4/2024) when the file's own dates do not decide it: dmy or mdy "
                + "(the default).",
            valueName: "order"))
    var dateOrder: String?

    @ArgumentParser.Flag(
        name: .customLong("dry-run"),
        help: "Read the files and print the summary without writing the journal (no profile facts needed).")
    var dryRun = false

    @ArgumentParser.Option(
        name: .long, help: ArgumentHelp("Age, to create a journal that does not exist yet.", valueName: "years"))
    var age: Int?

    @ArgumentParser.Option(
        name: .customLong("bodyweight-kg"),
        help: ArgumentHelp("Body weight in kg, to create a journal that does not exist yet.", valueName: "kg"))
    var bodyweightKg: Double?

    @ArgumentParser.Option(
        name: .customLong("days-per-week"),
        help: ArgumentHelp("Training days per week (2–5), to create a journal that does not exist yet.", valueName: "n")
    )
    var daysPerWeek: Int?

    @OptionGroup var format: FormatOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one FILE to import") }
        if let unit, Self.units(unit) == nil { throw ValidationError("--unit must be kg or lb, got \"\(unit)\"") }
        if let distanceUnit, DistanceUnit(text: distanceUnit) == nil {
            throw ValidationError("--distance-unit must be km, mi or m, got \"\(distanceUnit)\"")
        }
        if let dateOrder, DateOrder(rawValue: dateOrder.lowercased()) == nil {
            throw ValidationError("--date-order must be dmy or mdy, got \"\(dateOrder)\"")
        }
        guard journal != "-" else { throw ValidationError("--journal must be a file: the import writes to it") }
    }

    /// The unit a `--unit` value names, as people write it: kg, kgs, lb, lbs (any case).
    static func units(_ text: String) -> Units? {
        switch text.lowercased() {
        case "kg", "kgs", "kilograms": return .kg
        case "lb", "lbs", "pounds": return .lb
        default: return nil
        }
    }

    func run() throws {
        let existing = FileManager.default.fileExists(atPath: journal)
        let start = existing ? try JournalOptions.read(journal) : try newJournal(placeholder: dryRun)
        var custom = start.customExercises
        var imports: [FileImport] = []
        for path in files {
            let data = try Self.contents(of: path)
            let bar = ProgressBar(label: (path as NSString).lastPathComponent, bytes: data.count)
            do {
                let file = try Importer.read(
                    data, fileName: (path as NSString).lastPathComponent, unit: unit.flatMap(Self.units),
                    distanceUnit: distanceUnit.flatMap(DistanceUnit.init(text:)),
                    dateOrder: dateOrder.flatMap { DateOrder(rawValue: $0.lowercased()) }, customExercises: custom,
                    progress: bar.map { b in { b.update($0, of: $1) } })
                bar?.finish()
                custom += file.customExercises
                imports.append(file)
            } catch {
                bar?.finish()
                throw CLIError(
                    message: "cannot import \(path)\(error.line.map { ", line \($0)" } ?? ""): \(error.reason)")
            }
        }
        var (merged, summaries) = JournalMerge.merge(imports, into: start)
        // A new journal shows loads in the unit the files were written in when every file says pounds.
        if !existing, unit == nil, !imports.isEmpty, imports.allSatisfy({ $0.summary.weightUnit.hasPrefix("lb") }) {
            merged.profile.units = .lb
        }
        let data = try merged.jsonData()
        // What is written must read back: the new sessions (the journal's own were read just now) go through the
        // journal reader, with every custom exercise, before anything is written.
        let startIds = Set(start.sessions.compactMap(\.id))
        var check = merged
        check.sessions = merged.sessions.filter { s in
            s.id.map { !startIds.contains($0) } ?? !start.sessions.contains(s)
        }
        do {
            _ = try Journal.read(from: check.jsonData())
        } catch let error as InputError {
            throw CLIError(
                message: "an imported value does not fit the journal format, nothing written: \(error.message)")
        }
        if !dryRun, !existing || merged != start {
            do {
                try JournalFile.replace(journal, with: data)
            } catch {
                throw CLIError(message: "cannot write \(journal): \(error.localizedDescription)")
            }
        }
        let summary = ImportSummary(files: summaries)
        if format.json { return try Output.json(summary) }
        printSummary(summary, sessions: merged.sessions.count, created: !existing)
    }

    /// A new journal from the profile facts; a dry run, which writes nothing, does without them.
    func newJournal(placeholder: Bool = false) throws -> Journal {
        if placeholder, age == nil || bodyweightKg == nil || daysPerWeek == nil {
            let units = unit.flatMap(Self.units) ?? .kg
            return Journal(profile: Profile(age: 40, bodyweightKg: 80, daysPerWeek: 3, units: units))
        }
        guard let age, let bodyweightKg, let daysPerWeek else {
            throw CLIError(
                message:
                    "\(journal) does not exist: to create it, give --age, --bodyweight-kg and --days-per-week (the profile every journal needs)"
            )
        }
        let profile = Profile(
            age: age, bodyweightKg: bodyweightKg, daysPerWeek: daysPerWeek,
            units: unit.flatMap(Self.units) ?? .kg)
        let journal = Journal(profile: profile)
        do {
            return try Journal.read(from: journal.jsonData())  // the same range checks as a written profile
        } catch var error as InputError {
            error.message = "cannot create \(self.journal): \(error.message)"
            throw error
        }
    }

    static func contents(of path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError(message: "cannot import \(path): no such file")
        }
        guard !isDirectory.boolValue,
            let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        else { throw CLIError(message: "cannot import \(path): permission denied or not a file") }
        return data
    }

    func printSummary(_ s: ImportSummary, sessions: Int, created: Bool) {
        for f in s.files {
            let kinds = [(f.warmupSets, "warm-up"), (f.dropSets, "drop"), (f.failureSets, "failure")]
                .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            print("\(f.file): \(f.format.rawValue) (\(f.dialect)), weights \(f.weightUnit)")
            print(
                "  \(PlainEnglish.count(f.workouts, "workout")), \(PlainEnglish.count(f.sets, "set"))\(kinds.isEmpty ? "" : " (\(kinds))"): \(f.added) added, \(f.alreadyInJournal) already in the journal\(f.updated > 0 ? ", \(f.updated) updated" : "")"
            )
            if !f.repairedLines.isEmpty {
                print(
                    "  repaired (unquoted comma in a name): line\(f.repairedLines.count == 1 ? "" : "s") \(f.repairedLines.map(String.init).joined(separator: ", "))"
                )
            }
            if !f.skippedRows.isEmpty {
                print("  skipped \(PlainEnglish.count(f.skippedRows.count, "row")):")
                for r in f.skippedRows.prefix(20) { print("    line \(r.line): \(r.reason)") }
                if f.skippedRows.count > 20 { print("    … and \(f.skippedRows.count - 20) more (see --json)") }
            }
            if !f.unmappedExercises.isEmpty {
                print("  not in the catalog, kept as custom exercises: " + f.unmappedExercises.joined(separator: "; "))
            }
            for w in f.warnings { print("  check: \(w)") }
        }
        if !s.painNotes.isEmpty {
            print("\nNotes that mention pain or the back (possible past flare-ups; not turned into pain scores):")
            for n in s.painNotes {
                print(
                    "  \(n.date)\(n.exercise.map { " \($0)" } ?? ""): \(n.text.replacingOccurrences(of: "\n", with: " / "))"
                )
            }
        }
        if dryRun {
            print(
                "\nDry run, nothing written: \(journal) would \(created ? "be created with" : "have") \(PlainEnglish.count(sessions, "session")) (\(s.added) added, \(s.updated) updated)."
            )
            return
        }
        print(
            "\n\(created ? "Created" : "Updated") \(journal): \(PlainEnglish.count(sessions, "session")) (\(s.added) added)."
        )
    }
}

/// A progress bar on stderr, only when stderr is a terminal and the file is large.
final class ProgressBar {
    let label: String
    private var shown = -1

    init?(label: String, bytes: Int) {
        guard isatty(STDERR_FILENO) == 1, bytes >= 1_000_000 else { return nil }
        self.label = label
    }

    func update(_ done: Int, of total: Int) {
        let percent = total == 0 ? 100 : done * 100 / total
        guard percent != shown else { return }
        shown = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(percent)%".utf8))
    }

    func finish() { if shown >= 0 { FileHandle.standardError.write(Data("\n".utf8)) } }
}
