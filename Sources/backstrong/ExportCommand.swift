// `backstrong export`: the journal's sessions as CSV (one row per set, re-importable), the journal as JSON, or
// the coming weeks of the plan as an iCalendar file.
import ArgumentParser
import BackstrongCore
import BackstrongImport
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the journal: csv (one row per set), json (the journal) or ics (the plan's coming weeks).")

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case csv, json, ics
    }

    @ArgumentParser.Option(
        name: .long, help: ArgumentHelp("Journal JSON file; - reads standard input.", valueName: "file"))
    var journal: String

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("csv, json or ics.", valueName: "format"))
    var format: ExportFormat

    @ArgumentParser.Option(
        name: .long, help: ArgumentHelp("For ics: number of weeks, 1–52 (default 4).", valueName: "n"))
    var weeks: Int?

    @ArgumentParser.Option(
        name: .long,
        help: ArgumentHelp("For ics: first day of the plan, YYYY-MM-DD (default: today).", valueName: "date"))
    var start: String?

    func validate() throws {
        if format != .ics, weeks != nil || start != nil {
            throw ValidationError("--weeks and --start apply to --format ics only")
        }
        if let weeks, !(1...52).contains(weeks) { throw ValidationError("--weeks must be from 1 to 52, got \(weeks)") }
        if let start, Day(iso: start) == nil {
            throw ValidationError("--start must be a date YYYY-MM-DD, got \"\(start)\"")
        }
    }

    func run() throws {
        let j = try JournalOptions.read(journal)
        let text: String
        switch format {
        case .csv:
            text = BackstrongCSV.export(j)
        case .json:
            text = String(decoding: try j.jsonData(), as: UTF8.self) + "\n"
        case .ics:
            let day = try JournalOptions.parseDay(start, option: "--start")
            let plan = try ProgrammeGenerator.plan(j, start: day, weeks: weeks ?? 4)
            guard plan.status == .ready else {
                throw CLIError(
                    message: "no plan to put in a calendar (\(plan.status.rawValue)): \(plan.screening.message)")
            }
            text = CalendarExport.ics(plan, now: Date(), units: j.profile.units)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
