// The distance unit and date order a pending import was checked with, so that confirming reads the files the same way.
import Fluent

struct M016_AddPendingImportOptions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema("pending_imports").field("distance_unit", .string).update()
        try await database.schema("pending_imports").field("date_order", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pending_imports").deleteField("date_order").update()
        try await database.schema("pending_imports").deleteField("distance_unit").update()
    }
}
