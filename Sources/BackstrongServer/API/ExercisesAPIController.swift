// The exercise catalog over the API (public data, but behind the same auth for a uniform client).
import BackstrongCore
import Vapor

extension Exercise: Content {}

struct ExercisesAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("exercises", use: list)
        routes.get("exercises", ":id", use: show)
    }

    @Sendable func list(req: Request) async throws -> [Exercise] {
        _ = try req.user()
        guard let text = req.query[String.self, at: "pattern"] else { return ExerciseCatalog.standard.exercises }
        guard let pattern = MovementPattern(rawValue: text) else {
            let known = MovementPattern.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError.invalid("pattern", "pattern must be one of \(known), got \(text)")
        }
        return ExerciseCatalog.standard.exercises.filter { $0.pattern == pattern }
    }

    @Sendable func show(req: Request) async throws -> Exercise {
        _ = try req.user()
        guard let id = req.parameters.get("id"), let e = ExerciseCatalog.standard.exercise(id) else { throw APIError.notFound("Exercise") }
        return e
    }
}
