// Uploaded files awaiting confirmation on the import page.
import Fluent

struct M013_CreatePendingImports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pending_imports")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("files", .string, .required)
            .field("unit", .string)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pending_imports").delete()
    }
}
