// The exercise catalog: loaded from the bundled `exercises.json`, validated at load, and queried by id,
// pattern and equipment.
import Foundation

/// A validated set of exercises.
public struct ExerciseCatalog: Sendable {
    public let exercises: [Exercise]
    private let byId: [String: Int]

    /// Ids the product and the issue tracker name; the catalog must contain them.
    public static let requiredIds = [
        "deadlift", "lat-pulldown", "back-extension", "back-extension-ball", "plank", "pelvic-tilt",
        "bodyweight-squat", "lunge", "push-up",
    ]

    /// The catalog shipped with Backstrong.
    public static let standard: ExerciseCatalog = {
        do {
            guard let url = Bundle.module.url(forResource: "exercises", withExtension: "json") else {
                fatalError("exercises.json is missing from the BackstrongCore bundle")
            }
            return try ExerciseCatalog(data: Data(contentsOf: url))
        } catch {
            fatalError("The bundled exercise catalog is invalid: \(error)")
        }
    }()

    /// Decodes and validates a catalog document.
    public init(data: Data) throws {
        let root = try JSONValue.parse(data)
        guard case .object(let top) = root, case .array(let items)? = top["exercises"] else {
            throw InputError(.invalidField, field: "exercises", "The catalog must be an object with an exercises array")
        }
        let allowedKeys: Set<String> = [
            "id", "name", "pattern", "muscles", "equipment", "spinalDemands", "load", "measure", "holdSeconds", "level",
            "minStage", "mainLift", "startLoadPerBodyweight", "minLoadKg", "loadStepKg", "loadPerHand", "instructions",
            "cues", "mistakes", "regression", "progression",
        ]
        var exercises: [Exercise] = []
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        for (i, item) in items.enumerated() {
            guard case .object(let fields) = item else {
                throw InputError(.invalidField, field: "exercises[\(i)]", "exercises[\(i)] must be an object")
            }
            if let unknown = fields.keys.sorted().first(where: { !allowedKeys.contains($0) }) {
                throw InputError(.unknownField, field: "exercises[\(i)].\(unknown)", "exercises[\(i)].\(unknown) is not a catalog field")
            }
            do {
                exercises.append(try decoder.decode(Exercise.self, from: try encoder.encode(AnyJSON(item))))
            } catch {
                throw InputError(.invalidField, field: "exercises[\(i)]", "exercises[\(i)] is invalid: \(error)")
            }
        }
        try self.init(exercises: exercises)
    }

    /// Validates a list of exercises as a catalog.
    public init(exercises: [Exercise]) throws {
        var byId: [String: Int] = [:]
        for (i, e) in exercises.enumerated() {
            let f = "exercises[\(i)]"
            guard e.id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil else {
                throw InputError(.invalidField, field: "\(f).id", "\(f).id \"\(e.id)\" must be kebab-case")
            }
            guard byId[e.id] == nil else { throw InputError(.invalidField, field: "\(f).id", "\(f).id \"\(e.id)\" repeats") }
            byId[e.id] = i
            guard (1...5).contains(e.level) else {
                throw InputError(.invalidField, field: "\(f).level", "\(e.id): level must be 1–5, got \(e.level)")
            }
            guard !e.instructions.isEmpty, !e.cues.isEmpty, !e.mistakes.isEmpty else {
                throw InputError(.missingField, field: f, "\(e.id) needs instructions, cues and mistakes")
            }
            switch e.load {
            case .external:
                guard let s = e.startLoadPerBodyweight, s > 0, let m = e.minLoadKg, m >= 0, let st = e.loadStepKg, st > 0
                else { throw InputError(.missingField, field: f, "\(e.id) is externally loaded and needs startLoadPerBodyweight, minLoadKg and loadStepKg") }
            case .bodyweight:
                guard e.startLoadPerBodyweight == nil, e.minLoadKg == nil, e.loadStepKg == nil else {
                    throw InputError(.invalidField, field: f, "\(e.id) is bodyweight and must not carry load fields")
                }
            }
            if e.measure == .hold, (e.holdSeconds ?? 0) <= 0 {
                throw InputError(.missingField, field: "\(f).holdSeconds", "\(e.id) is a hold and needs holdSeconds")
            }
        }
        for e in exercises {
            for (link, target) in [("regression", e.regression), ("progression", e.progression)] {
                guard let target else { continue }
                guard let j = byId[target] else {
                    throw InputError(.invalidField, field: e.id, "\(e.id).\(link) names unknown exercise \"\(target)\"")
                }
                guard target != e.id, exercises[j].pattern == e.pattern else {
                    throw InputError(.invalidField, field: e.id, "\(e.id).\(link) must name another exercise of pattern \(e.pattern.rawValue)")
                }
            }
        }
        for id in ExerciseCatalog.requiredIds where byId[id] == nil {
            throw InputError(.missingField, field: id, "The catalog lacks the required exercise \"\(id)\"")
        }
        for p in MovementPattern.allCases {
            let fallback = exercises.contains { $0.pattern == p && $0.equipment.isEmpty && $0.load == .bodyweight && $0.minStage == .foundation }
            guard fallback else {
                throw InputError(.missingField, field: p.rawValue, "Pattern \(p.rawValue) has no no-equipment foundation exercise")
            }
        }
        self.exercises = exercises
        self.byId = byId
    }

    public func exercise(_ id: String) -> Exercise? { byId[id].map { exercises[$0] } }

    public func exercises(in pattern: MovementPattern) -> [Exercise] { exercises.filter { $0.pattern == pattern } }

    /// Up to three ids that look like `id` (for "did you mean" hints); nil when none is close.
    public func closestIds(to id: String) -> [String]? {
        let scored = exercises.map { ($0.id, Self.editDistance($0.id, id.lowercased())) }
            .filter { $0.1 <= max(2, id.count / 3) || $0.0.contains(id.lowercased()) }
            .sorted { $0.1 < $1.1 }
        return scored.isEmpty ? nil : scored.prefix(3).map(\.0)
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            if b.isEmpty { continue }
            for j in 1...b.count {
                let temp = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = temp
            }
        }
        return row[b.count]
    }
}

/// Re-encodes a JSONValue so the synthesized Decodable of `Exercise` can read it.
private struct AnyJSON: Encodable {
    let value: JSONValue
    init(_ value: JSONValue) { self.value = value }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch value {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a.map(AnyJSON.init))
        case .object(let o): try c.encode(o.mapValues(AnyJSON.init))
        }
    }
}
