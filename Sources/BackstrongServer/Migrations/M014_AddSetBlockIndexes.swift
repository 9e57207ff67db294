// Indexes that let appending a set find its exercise's block and the next position without scanning the
// session's sets (a long session stays as quick to log into as a short one). They replace the
// (session_id, log_index) index, which the second one covers.
import Fluent
import SQLKit

struct M014_AddSetBlockIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "logged_sets_block_idx").on("logged_sets").column("session_id").column("exercise_id")
            .column("log_index").run()
        try await sql.create(index: "logged_sets_position_idx").on("logged_sets").column("session_id").column("log_index")
            .column("position").run()
        try await sql.drop(index: "logged_sets_session_idx").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "logged_sets_session_idx").on("logged_sets").column("session_id").column("log_index").run()
        try await sql.drop(index: "logged_sets_position_idx").run()
        try await sql.drop(index: "logged_sets_block_idx").run()
    }
}
