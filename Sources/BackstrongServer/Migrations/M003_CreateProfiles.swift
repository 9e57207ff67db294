// One profile per user.
import Fluent

struct M003_CreateProfiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("profiles")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("age", .int, .required)
            .field("bodyweight_kg", .double, .required)
            .field("experience", .string, .required)
            .field("days_per_week", .int, .required)
            .field("equipment", .string, .required)
            .field("sensitivities", .string, .required)
            .field("conditions", .string, .required)
            .field("cleared_by_professional", .bool, .required)
            .field("cleared_on", .string)
            .field("units", .string, .required)
            .field("sex", .string)
            .unique(on: "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("profiles").delete()
    }
}
