// Indexes for the lookups every request makes (a user's sessions and sets, a session's sets, sign-in attempts).
import Fluent
import SQLKit

struct M012_AddLookupIndexes: AsyncMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("training_sessions_user_idx", "training_sessions", ["user_id"]),
        ("logged_sets_session_idx", "logged_sets", ["session_id", "log_index"]),
        ("logged_sets_user_idx", "logged_sets", ["user_id"]),
        ("login_attempts_subject_idx", "login_attempts", ["subject", "at"]),
        ("tokens_user_idx", "tokens", ["user_id"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await sql.drop(index: index.name).run() }
    }
}
