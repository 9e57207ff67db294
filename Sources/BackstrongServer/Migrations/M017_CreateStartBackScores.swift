// Clinician-entered STarT Back scores (clinical-rules §3).
import Fluent

struct M017_CreateStartBackScores: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("start_back_scores")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("position", .int, .required)
            .field("total", .int, .required)
            .field("distress", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("start_back_scores").delete()
    }
}
