// Screening answers, kept as a history; the latest counts.
import Fluent

struct M004_CreateScreenings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("screenings")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("answers", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("screenings").delete()
    }
}
