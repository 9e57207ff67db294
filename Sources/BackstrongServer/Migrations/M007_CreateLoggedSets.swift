// Logged sets, deleted with their session.
import Fluent

struct M007_CreateLoggedSets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("logged_sets")
            .id()
            .field("session_id", .uuid, .required, .references("training_sessions", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("log_index", .int, .required)
            .field("position", .int, .required)
            .field("exercise_id", .string, .required)
            .field("weight_kg", .double)
            .field("reps", .int)
            .field("seconds", .double)
            .field("rpe", .double)
            .field("form", .string)
            .field("pain", .double)
            .field("kind", .string, .required)
            .field("notes", .string)
            .field("log_notes", .string)
            .field("distance_km", .double)
            .field("duration_seconds", .double)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("logged_sets").delete()
    }
}
