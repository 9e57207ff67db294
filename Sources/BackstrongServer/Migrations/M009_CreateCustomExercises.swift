// Exercises a user logs that are not in the catalog.
import Fluent

struct M009_CreateCustomExercises: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("custom_exercises")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("exercise_id", .string, .required)
            .field("name", .string, .required)
            .field("position", .int, .required)
            .unique(on: "user_id", "exercise_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("custom_exercises").delete()
    }
}
