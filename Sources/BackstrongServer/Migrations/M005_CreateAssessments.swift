// Bodyweight readiness tests.
import Fluent

struct M005_CreateAssessments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("assessments")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("position", .int, .required)
            .field("squats", .int)
            .field("lunges_per_side", .int)
            .field("push_ups", .int)
            .field("plank_seconds", .double)
            .field("side_plank_left_seconds", .double)
            .field("side_plank_right_seconds", .double)
            .field("back_extension_hold_seconds", .double)
            .field("trunk_flexor_hold_seconds", .double)
            .field("pain_during_tests", .double)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("assessments").delete()
    }
}
