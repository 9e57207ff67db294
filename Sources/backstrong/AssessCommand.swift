// `backstrong assess`: the readiness stage from the bodyweight tests and logs, with trunk-endurance flags.
import ArgumentParser
import BackstrongCore
import Foundation

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess", abstract: "Readiness stage (foundation, loading, strength) with reasons and trunk-endurance flags.")

    @OptionGroup var input: JournalOptions
    @OptionGroup var format: FormatOptions

    func run() throws {
        let journal = try input.load()
        let result = Readiness.assess(journal, today: try input.day())
        if format.json { return try Output.json(result) }
        print("Stage: \(result.stage.rawValue)\(result.assessedOn.map { " (tests of \($0))" } ?? " (no tests yet)")")
        for r in result.reasons { print(Output.wrap(r, indent: "  ")) }
        if !result.tests.isEmpty {
            print("\nTests:")
            for t in result.tests {
                let norm = t.norm.map { "   norm: \($0)" } ?? ""
                print("  \(t.test.padding(toLength: 26, withPad: " ", startingAt: 0)) \(Output.number(t.value)) (\(t.from), \(t.date))\(norm)")
            }
        }
        if !result.missingTests.isEmpty { print("\nMissing: \(result.missingTests.joined(separator: ", "))") }
        if !result.flags.isEmpty {
            print("\nFlags (for information; they do not change the stage):")
            for f in result.flags { print("  • \(f.id): " + Output.wrap(f.message, indent: "      ").trimmingCharacters(in: .whitespaces) + " \(f.source)") }
        }
    }
}
