// Logged workouts with their pain check-ins.
import Fluent

struct M006_CreateTrainingSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("training_sessions")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("day", .int, .required)
            .field("minute", .int)
            .field("position", .int, .required)
            .field("external_id", .string)
            .field("pain_before", .double)
            .field("pain_after", .double)
            .field("next_morning_pain", .double)
            .field("new_leg_symptoms", .bool)
            .field("notes", .string)
            .field("title", .string)
            .field("duration_seconds", .double)
            .field("source", .string)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("training_sessions").delete()
    }
}
