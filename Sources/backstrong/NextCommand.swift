// `backstrong next`: exactly what to lift next session, how heavy, and why.
import ArgumentParser
import BackstrongCore
import Foundation

struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "The next session (or one exercise of it): sets, reps, load and the decision behind each.")

    @OptionGroup var input: JournalOptions

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Only this exercise id, even if the next session would not include it.", valueName: "id"))
    var exercise: String?

    @OptionGroup var format: FormatOptions

    func run() throws {
        let journal = try input.load()
        let plan = try ProgrammeGenerator.next(journal, today: try input.day(), exerciseId: exercise)
        if format.json { return try Output.json(plan) }
        PlanRendering.print(plan, units: journal.profile.units, title: "Next session")
    }
}
