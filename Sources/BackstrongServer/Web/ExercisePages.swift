// The exercise library: browse the catalog, filtered by movement pattern and equipment through a plain GET form
// (works without JavaScript), and one page per exercise. Public; signed-in visitors see their navigation.
import BackstrongCore
import Foundation
import Vapor

struct ExerciseOption: Encodable {
    var value: String
    var label: String
    var selected: Bool
}

struct ExerciseListContent: Encodable {
    struct Item: Encodable {
        var id: String
        var name: String
        var pattern: String
        var equipment: String
        var level: Int
    }

    var patterns: [ExerciseOption]
    var equipment: [ExerciseOption]
    var filtered: Bool
    var filterText: String
    var exercises: [Item]
}

struct ExerciseDetailContent: Encodable {
    struct Link: Encodable {
        var href: String
        var name: String
    }

    var id: String
    var name: String
    var pattern: String
    var patternHref: String
    var level: Int
    var dosage: String
    var steps: [String]
    var cues: [String]
    var mistakes: [String]
    var muscles: [String]
    var equipment: [String]
    var spinalDemands: [String]
    var easier: Link?
    var harder: Link?
    var loadNote: String?
}

struct ExercisePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("exercises", use: list)
        routes.get("exercises", ":exerciseID", use: detail)
    }

    /// The equipment filter's value for exercises that need nothing.
    static let noEquipment = "none"

    /// Exercises matching a pattern and an equipment filter (nil = any; "none" = needs no equipment).
    static func filter(_ catalog: ExerciseCatalog, pattern: MovementPattern?, equipment: String?) -> [Exercise] {
        catalog.exercises.filter { e in
            if let pattern, e.pattern != pattern { return false }
            switch equipment {
            case nil: return true
            case noEquipment?: return e.equipment.isEmpty
            case let raw?: return Equipment(rawValue: raw).map { e.equipment.contains($0) } ?? true
            }
        }
    }

    @Sendable func list(req: Request) async throws -> View {
        let patternRaw = req.query[String.self, at: "pattern"].flatMap { $0.isEmpty ? nil : $0 }
        let equipmentRaw = req.query[String.self, at: "equipment"].flatMap { $0.isEmpty ? nil : $0 }
        let pattern = patternRaw.flatMap(MovementPattern.init(rawValue:))
        let equipment = equipmentRaw.flatMap { $0 == Self.noEquipment || Equipment(rawValue: $0) != nil ? $0 : nil }
        let catalog = ExerciseCatalog.standard
        let shown = Self.filter(catalog, pattern: pattern, equipment: equipment)
            .sorted { ($0.pattern.label, $0.level, $0.name) < ($1.pattern.label, $1.level, $1.name) }
        let patterns =
            [ExerciseOption(value: "", label: "All movements", selected: pattern == nil)]
            + MovementPattern.allCases.map {
                ExerciseOption(value: $0.rawValue, label: PlainWords.pattern($0), selected: $0 == pattern)
            }
        let equipmentOptions =
            [
                ExerciseOption(value: "", label: "Any equipment", selected: equipment == nil),
                ExerciseOption(
                    value: Self.noEquipment, label: "No equipment (bodyweight)", selected: equipment == Self.noEquipment
                ),
            ]
            + Equipment.allCases.map {
                ExerciseOption(value: $0.rawValue, label: PlainWords.equipment($0), selected: $0.rawValue == equipment)
            }
        var filterParts: [String] = []
        if let pattern { filterParts.append(PlainWords.pattern(pattern).lowercased()) }
        if let equipment {
            filterParts.append(
                equipment == Self.noEquipment
                    ? "no equipment" : "using " + PlainWords.equipment(Equipment(rawValue: equipment)!).lowercased())
        }
        let content = ExerciseListContent(
            patterns: patterns, equipment: equipmentOptions, filtered: !filterParts.isEmpty,
            filterText: "\(PlainEnglish.count(shown.count, "exercise")): \(filterParts.joined(separator: ", "))",
            exercises: shown.map {
                .init(
                    id: $0.id, name: $0.name, pattern: PlainWords.pattern($0.pattern),
                    equipment: $0.equipment.isEmpty
                        ? "No equipment" : $0.equipment.map(PlainWords.equipment).joined(separator: ", "),
                    level: $0.level)
            })
        return try await req.page("exercises", PageBase(req, title: "Exercise library", section: "exercises"), content)
    }

    @Sendable func detail(req: Request) async throws -> View {
        let catalog = ExerciseCatalog.standard
        guard let id = req.parameters.get("exerciseID"), let e = catalog.exercise(id) else { throw Abort(.notFound) }
        func link(_ id: String?) -> ExerciseDetailContent.Link? {
            id.flatMap { catalog.exercise($0) }.map { .init(href: "/exercises/\($0.id)", name: $0.name) }
        }
        let dosage: String
        switch e.measure {
        case .hold:
            dosage =
                "Done as timed holds" + (e.holdSeconds.map { " of about \(Display.number($0)) seconds" } ?? "") + "."
        case .reps: dosage = "Done for repetitions."
        }
        var loadNote: String?
        if e.load == .external {
            loadNote =
                e.loadPerHand
                ? "Loaded with a weight in each hand; the weight you log is for one hand."
                : "Loaded with external weight; Backstrong starts you light and adds weight in small steps."
        } else {
            loadNote = "Uses your body weight only."
        }
        let content = ExerciseDetailContent(
            id: e.id, name: e.name, pattern: PlainWords.pattern(e.pattern),
            patternHref: "/exercises?pattern=\(e.pattern.rawValue)",
            level: e.level, dosage: dosage, steps: e.instructions, cues: e.cues, mistakes: e.mistakes,
            muscles: e.muscles.map { let m = PlainWords.muscle($0); return m.prefix(1).uppercased() + m.dropFirst() }, equipment: e.equipment.map(PlainWords.equipment),
            spinalDemands: e.spinalDemands.map(PlainWords.spinalDemand),
            easier: link(e.regression), harder: link(e.progression), loadNote: loadNote)
        return try await req.page("exercise", PageBase(req, title: e.name, section: "exercises"), content)
    }
}
