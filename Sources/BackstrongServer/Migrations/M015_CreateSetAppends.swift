// SQLite only: a view whose INSTEAD OF INSERT trigger logs a set in one statement (the set in its exercise's
// block, the journal version bump, and the idempotency answer when there is a key). One statement is atomic on
// its own, so logging a set on SQLite needs no BEGIN/COMMIT round trips while other writers wait
// (Benchmarks/server/README.md has the numbers). PostgreSQL runs the same three writes in a transaction
// (`SetLog.append`).
import Fluent
import SQLKit

struct M015_CreateSetAppends: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("""
            CREATE VIEW set_appends AS SELECT
                NULL AS id, NULL AS session_id, NULL AS user_id, NULL AS exercise_id, NULL AS weight_kg, NULL AS reps,
                NULL AS seconds, NULL AS rpe, NULL AS form, NULL AS pain, NULL AS kind, NULL AS notes, NULL AS distance_km,
                NULL AS duration_seconds, NULL AS created_at, NULL AS answer_id, NULL AS answer_key, NULL AS answer_digest,
                NULL AS answer_body
            WHERE 0
            """).run()
        // The block is the exercise's latest in the session; a new block goes after every other one.
        try await sql.raw("""
            CREATE TRIGGER set_appends_insert INSTEAD OF INSERT ON set_appends BEGIN
                INSERT INTO logged_sets (id, session_id, user_id, log_index, position, exercise_id, weight_kg, reps, seconds,
                    rpe, form, pain, kind, notes, distance_km, duration_seconds, created_at)
                VALUES (NEW.id, NEW.session_id, NEW.user_id,
                    COALESCE(
                        (SELECT MAX(log_index) FROM logged_sets WHERE session_id = NEW.session_id AND exercise_id = NEW.exercise_id),
                        (SELECT COALESCE(MAX(log_index), -1) + 1 FROM logged_sets WHERE session_id = NEW.session_id)),
                    COALESCE(
                        (SELECT MAX(position) + 1 FROM logged_sets WHERE session_id = NEW.session_id AND log_index =
                            (SELECT MAX(log_index) FROM logged_sets WHERE session_id = NEW.session_id AND exercise_id = NEW.exercise_id)),
                        0),
                    NEW.exercise_id, NEW.weight_kg, NEW.reps, NEW.seconds, NEW.rpe, NEW.form, NEW.pain, NEW.kind, NEW.notes,
                    NEW.distance_km, NEW.duration_seconds, NEW.created_at);
                UPDATE users SET journal_version = journal_version + 1 WHERE id = NEW.user_id;
                INSERT INTO idempotency_keys (id, user_id, "key", request_digest, status, body, created_at)
                    SELECT NEW.answer_id, NEW.user_id, NEW.answer_key, NEW.answer_digest, 201, NEW.answer_body, NEW.created_at
                    WHERE NEW.answer_key IS NOT NULL;
            END
            """).run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("DROP TRIGGER set_appends_insert").run()
        try await sql.raw("DROP VIEW set_appends").run()
    }
}
