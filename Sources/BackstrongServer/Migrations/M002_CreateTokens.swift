// Bearer tokens and web sign-in sessions (digests only), deleted with their user.
import Fluent

struct M002_CreateTokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("tokens")
            .id()
            .field("digest", .string, .required)
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("created_at", .datetime)
            .field("expires_at", .datetime, .required)
            .unique(on: "digest")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("tokens").delete()
    }
}
