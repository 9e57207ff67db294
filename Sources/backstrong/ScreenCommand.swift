// `backstrong screen`: the red-flag screening outcome, whom to see and how urgently.
import ArgumentParser
import BackstrongCore
import Foundation

struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen", abstract: "Screen for red flags: may I train, or whom must I see first, and how urgently?")

    @OptionGroup var input: JournalOptions
    @OptionGroup var format: FormatOptions

    func run() throws {
        let journal = try input.load()
        let result = try ScreeningRules.screen(journal, today: try input.day())
        if format.json { return try Output.json(result) }
        let banner: String
        switch result.outcome {
        case .emergency: banner = "EMERGENCY — act now"
        case .urgent: banner = "URGENT — see a doctor \(result.urgency.phrase)"
        case .consult: banner = "CONSULT — see a professional before starting"
        case .clear:
            banner = result.newLegSymptomsSince == nil
                ? "CLEAR — you may train"
                : "SCREEN AGAIN — clear at these answers, but new leg symptoms were reported since"
        }
        print("Screening (\(result.screenedOn)): \(banner)")
        print(Output.wrap(result.message, indent: "  "))
        if !result.findings.isEmpty {
            print("\nWhy:")
            for f in result.findings {
                let lifted = f.liftedByClearance ? " (cleared by a professional)" : ""
                print("  • \(f.id) → \(f.outcome.rawValue), \(f.urgency.phrase)\(lifted) \(f.source)")
                print(Output.wrap(f.message, indent: "      "))
            }
        }
        print("\nBackstrong educates and refers; it does not diagnose.")
    }
}
