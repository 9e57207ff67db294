// `backstrong e1rm WEIGHT REPS`: estimated one-rep max by Epley and Brzycki, with validity.
import ArgumentParser
import BackstrongCore
import Foundation

extension Units: ExpressibleByArgument {}

struct OneRepMaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "e1rm", abstract: "Estimated one-rep max from a weight (kg) and reps, by Epley and Brzycki.")

    @ArgumentParser.Argument(help: ArgumentHelp("Weight lifted (kg, or lb with --unit lb).", valueName: "weight"))
    var weight: Double

    @ArgumentParser.Argument(help: ArgumentHelp("Repetitions done, 1–100.", valueName: "reps"))
    var reps: Int

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Unit of WEIGHT and of the text output: kg or lb (JSON is always kg).", valueName: "unit"))
    var unit: Units = .kg

    @OptionGroup var format: FormatOptions

    func run() throws {
        let kg = unit == .kg ? weight : weight * Units.kilogramsPerPound
        let e = try OneRepMax.estimate(weightKg: kg, reps: reps)
        if format.json { return try Output.json(e) }
        let show: (Double) -> String = { Output.load($0, units: unit) }
        print("\(show(kg)) × \(reps): Epley \(show(e.epley)), Brzycki \(e.brzycki.map(show) ?? "undefined (37+ reps)")")
        if e.lowValidity { print("Low validity: the formulas hold for 1–10 reps.") }
    }
}
