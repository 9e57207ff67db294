// `backstrong plan`: the programme for the coming weeks, derived from the journal.
import ArgumentParser
import BackstrongCore
import Foundation

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "The programme for the coming weeks: sessions, loads and the reason for each.")

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Journal JSON file; - reads standard input.", valueName: "file"))
    var journal: String?

    @ArgumentParser.Flag(name: .long, help: "Use the bundled example journal (six weeks of logged training).")
    var example = false

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("First day of the plan, YYYY-MM-DD (default: today; with --example, two days after its last session).", valueName: "date"))
    var start: String?

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Number of weeks, 1–52.", valueName: "n"))
    var weeks = 4

    @OptionGroup var format: FormatOptions

    func validate() throws {
        guard (1...52).contains(weeks) else { throw ValidationError("--weeks must be from 1 to 52, got \(weeks)") }
        guard example != (journal != nil) else { throw ValidationError("give either --journal FILE or --example") }
        if let start, Day(iso: start) == nil { throw ValidationError("--start must be a date YYYY-MM-DD, got \"\(start)\"") }
    }

    func run() throws {
        let j: Journal
        var startDay: Day
        if example {
            j = try ExampleJournal.load()
            startDay = (j.sessions.last?.day ?? Day(Date(), in: .current)).adding(days: 2)
        } else {
            j = try JournalOptions.read(journal!)
            startDay = Day(Date(), in: .current)
        }
        if let start { startDay = Day(iso: start)! }
        let plan = try ProgrammeGenerator.plan(j, start: startDay, weeks: weeks)
        if format.json { return try Output.json(plan) }
        PlanRendering.print(plan, units: j.profile.units, title: "Plan from \(startDay) for \(PlainEnglish.count(weeks, "week"))\(example ? " (example journal)" : "")")
    }
}

/// The example journal bundled with the core library.
enum ExampleJournal {
    static func load() throws -> Journal {
        guard let url = BackstrongResources.exampleJournalURL, let data = try? Data(contentsOf: url) else {
            throw CLIError(message: "the bundled example journal is missing")
        }
        return try Journal.read(from: data)
    }
}
