// `backstrong e1rm WEIGHT REPS`: estimated one-rep max by Epley and Brzycki, with validity.
import ArgumentParser
import BackstrongCore
import Foundation

struct OneRepMaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "e1rm", abstract: "Estimated one-rep max from a weight (kg) and reps, by Epley and Brzycki.")

    @ArgumentParser.Argument(help: ArgumentHelp("Weight lifted, in kg.", valueName: "weight"))
    var weight: Double

    @ArgumentParser.Argument(help: ArgumentHelp("Repetitions done, 1–100.", valueName: "reps"))
    var reps: Int

    @OptionGroup var format: FormatOptions

    func run() throws {
        let e = try OneRepMax.estimate(weightKg: weight, reps: reps)
        if format.json { return try Output.json(e) }
        print("\(Output.number(weight)) kg × \(reps): Epley \(Output.number(e.epley)) kg, Brzycki \(e.brzycki.map { Output.number($0) + " kg" } ?? "undefined (37+ reps)")")
        if e.lowValidity { print("Low validity: the formulas hold for 1–10 reps.") }
    }
}
