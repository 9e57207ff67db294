// `backstrong exercises`: list, filter and show the exercise catalog.
import ArgumentParser
import BackstrongCore
import Foundation

struct ExercisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises", abstract: "List, filter and show the exercise catalog.")

    @ArgumentParser.Argument(help: ArgumentHelp("Show one exercise in full.", valueName: "id"))
    var id: String?

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Only this movement pattern (\(MovementPattern.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "pattern"))
    var pattern: String?

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Only exercises possible with this equipment (repeatable; `none` = bodyweight only).", valueName: "item"))
    var equipment: [String] = []

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Leave out exercises with this spinal demand (repeatable).", valueName: "tag"))
    var without: [String] = []

    @OptionGroup var format: FormatOptions

    func validate() throws {
        if let pattern, MovementPattern(rawValue: pattern) == nil {
            throw ValidationError("--pattern must be one of \(MovementPattern.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(pattern)\"")
        }
        for e in equipment where e != "none" && Equipment(rawValue: e) == nil {
            throw ValidationError("--equipment must be one of none, \(Equipment.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(e)\"")
        }
        for t in without where SpinalDemand(rawValue: t) == nil {
            throw ValidationError("--without must be one of \(SpinalDemand.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(t)\"")
        }
    }

    func run() throws {
        let catalog = ExerciseCatalog.standard
        if let id {
            guard let e = catalog.exercise(id) else {
                let hint = catalog.closestIds(to: id).map { " (did you mean \($0.joined(separator: " or "))?)" } ?? ""
                throw CLIError(message: "no exercise \"\(id)\"\(hint)")
            }
            if format.json { return try Output.json(e) }
            return show(e, catalog: catalog)
        }
        let have = Set(equipment.compactMap(Equipment.init(rawValue:)))
        let excluded = Set(without.compactMap(SpinalDemand.init(rawValue:)))
        let list = catalog.exercises.filter { e in
            (pattern == nil || e.pattern.rawValue == pattern)
                && (equipment.isEmpty || e.isAvailable(with: have))
                && e.spinalDemands.allSatisfy { !excluded.contains($0) }
        }
        if format.json { return try Output.json(list) }
        for p in MovementPattern.allCases {
            let inPattern = list.filter { $0.pattern == p }
            guard !inPattern.isEmpty else { continue }
            print("\(p.label) (\(p.rawValue))")
            for e in inPattern.sorted(by: { ($0.level, $0.id) < ($1.level, $1.id) }) {
                let eq = e.equipment.isEmpty ? "no equipment" : e.equipment.map(\.rawValue).joined(separator: ", ")
                let tags = e.spinalDemands.isEmpty ? "" : "  [\(e.spinalDemands.map(\.rawValue).joined(separator: ", "))]"
                print("  \(e.id.padding(toLength: 28, withPad: " ", startingAt: 0)) \(e.name) — \(eq), from \(e.minStage.rawValue)\(tags)")
            }
        }
        print("\n\(list.count) exercises. `backstrong exercises ID` shows one in full.")
    }

    func show(_ e: Exercise, catalog: ExerciseCatalog) {
        print("\(e.name) (\(e.id))")
        print("Pattern: \(e.pattern.label); level \(e.level); from the \(e.minStage.rawValue) stage")
        print("Muscles: \(e.muscles.map(\.rawValue).joined(separator: ", "))")
        print("Equipment: \(e.equipment.isEmpty ? "none" : e.equipment.map(\.rawValue).joined(separator: ", "))")
        print("Spinal demands: \(e.spinalDemands.isEmpty ? "none" : e.spinalDemands.map(\.rawValue).joined(separator: ", "))")
        print("\nHow to do it:")
        for (i, step) in e.instructions.enumerated() { print(Output.wrap("\(i + 1). \(step)", indent: "  ")) }
        print("\nForm cues:")
        for c in e.cues { print(Output.wrap("• \(c)", indent: "  ")) }
        print("\nCommon mistakes:")
        for m in e.mistakes { print(Output.wrap("• \(m)", indent: "  ")) }
        if let r = e.regression.flatMap(catalog.exercise) { print("\nEasier: \(r.name) (\(r.id))") }
        if let p = e.progression.flatMap(catalog.exercise) { print("Harder: \(p.name) (\(p.id))") }
    }
}
