// Resting pain check-ins.
import Fluent

struct M008_CreateCheckIns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("check_ins")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("position", .int, .required)
            .field("pain", .double, .required)
            .field("new_leg_symptoms", .bool)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("check_ins").delete()
    }
}
