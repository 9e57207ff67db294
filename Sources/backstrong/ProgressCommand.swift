// `backstrong progress`: pain trend, estimated 1RM per exercise, weekly volume and adherence.
import ArgumentParser
import BackstrongCore
import Foundation

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: "Pain trend, estimated 1RM per exercise, weekly volume and adherence.")

    @OptionGroup var input: JournalOptions
    @OptionGroup var format: FormatOptions

    func run() throws {
        let journal = try input.load()
        let report = ProgressReport.make(journal, today: try input.day())
        if format.json { return try Output.json(report) }
        let units = journal.profile.units
        print("Pain: " + Output.wrap(report.pain.message, indent: "  ").trimmingCharacters(in: .whitespaces))
        print("\nEstimated 1RM (Epley, best good-form set per session, or form not recorded as in imports; sessions without one are left out):")
        if report.e1rm.isEmpty { print("  none yet: no loaded working set logged with good form (or without a form score)") }
        for s in report.e1rm {
            let first = s.points.first!.e1rm
            print("  \(s.name): latest \(Output.load(s.latest, units: units)), best \(Output.load(s.best, units: units)), first \(Output.load(first, units: units)) (\(PlainEnglish.count(s.points.count, "session")))")
        }
        print("\nWeekly volume:")
        if report.weeklyVolume.isEmpty { print("  no sessions logged yet") }
        for w in report.weeklyVolume.suffix(8) {
            print("  week of \(w.weekStart): \(PlainEnglish.count(w.sessions, "session")), \(PlainEnglish.count(w.sets, "set")), \(PlainEnglish.count(w.reps, "rep")), \(Output.load(w.tonnageKg, units: units)) lifted")
        }
        let a = report.adherence
        if a.plannedSessions == 0 { return print("\nAdherence: no sessions logged yet.") }
        print(
            "\nAdherence: \(a.loggedSessions) of \(PlainEnglish.count(a.plannedSessions, "planned session")) over "
                + "\(PlainEnglish.count(a.weeks, "week")) (\(Int((a.rate * 100).rounded())) %)")
    }
}
