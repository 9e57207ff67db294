// Appending a logged set, the busiest write of the app (every set every user logs, from the API and the workout
// page), in plain SQL and all or nothing: the set (joining its exercise's latest block in the session, or
// starting a new block at the end), the journal version bump, and, when the client sent an Idempotency-Key, the
// stored answer. On SQLite that is one statement through the set_appends view, written together with the sets
// that arrive meanwhile (SetAppendBatch); on PostgreSQL a short transaction. Reading columns directly instead
// of building Fluent models keeps the work small (measured in Benchmarks/server/README.md).
import BackstrongCore
import Fluent
import Foundation
import SQLKit
import Vapor

enum SetLog {
    /// The first answer given to a request with an Idempotency-Key.
    struct StoredAnswer: Sendable {
        var requestDigest: String
        var status: Int
        var body: String
    }

    /// The answer to store with the set, so a retry with the same key gets it back.
    struct NewAnswer: Sendable {
        var key: String
        var requestDigest: String
        var body: String
    }

    /// A session of the user: its row id, and its id in the journal (the one it had in an imported journal, else
    /// the row id).
    struct OwnedSession: Sendable {
        var id: UUID
        var journalID: String

        init(id: UUID, externalID: String?) {
            self.id = id
            self.journalID = externalID ?? id.uuidString.lowercased()
        }
    }

    static func sql(_ db: any Database) throws -> any SQLDatabase {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "The database does not speak SQL") }
        return sql
    }

    /// The answer stored for this user and key, if any.
    static func storedAnswer(userID: UUID, key: String, on db: any Database) async throws -> StoredAnswer? {
        guard let row = try await sql(db).raw("""
            SELECT request_digest, status, body FROM idempotency_keys WHERE user_id = \(bind: userID) AND "key" = \(bind: key)
            """).first()
        else { return nil }
        return StoredAnswer(
            requestDigest: try row.decode(column: "request_digest", as: String.self),
            status: try row.decode(column: "status", as: Int.self), body: try row.decode(column: "body", as: String.self))
    }

    /// What logging a set needs to know first, in one query: who the API token belongs to, the answer already
    /// stored for `key`, and their session named by `raw` (nil for an unknown session or anyone else's).
    static func lookUp(token: String, key: String?, session raw: String, on db: any Database) async throws
        -> (user: AuthenticatedUser, answer: StoredAnswer?, session: OwnedSession?)?
    {
        let id = UUID(uuidString: raw)
        let row = try await sql(db).raw("""
            SELECT u.id AS user_id, u.email AS email, u.journal_version AS journal_version, t.expires_at AS expires_at,
                s.id AS session_id, s.external_id AS external_id, k.request_digest AS request_digest, k.status AS status,
                k.body AS body
            FROM tokens t JOIN users u ON u.id = t.user_id
            LEFT JOIN training_sessions s ON s.id = \(bind: id ?? UUID()) AND s.user_id = u.id
            LEFT JOIN idempotency_keys k ON k.user_id = u.id AND k."key" = \(bind: key ?? "")
            WHERE t.digest = \(bind: TokenDigest.digest(token)) AND t.kind = 'api'
            """).first()
        guard let row, try row.decode(column: "expires_at", as: Date.self) > Date() else { return nil }
        let user = AuthenticatedUser(
            id: try row.decode(column: "user_id", as: UUID.self), email: try row.decode(column: "email", as: String.self),
            journalVersion: try row.decode(column: "journal_version", as: Int.self))
        var answer: StoredAnswer?
        if key != nil, let digest = try row.decode(column: "request_digest", as: String?.self) {
            answer = StoredAnswer(
                requestDigest: digest, status: try row.decode(column: "status", as: Int.self),
                body: try row.decode(column: "body", as: String.self))
        }
        var session: OwnedSession?
        if let sessionID = try row.decode(column: "session_id", as: UUID?.self) {
            session = OwnedSession(id: sessionID, externalID: try row.decode(column: "external_id", as: String?.self))
        } else if answer == nil {
            // Not a row id of theirs; maybe the id a session had in an imported journal.
            session = try await ownedSession(userID: user.id, raw: raw, on: db)
        }
        return (user, answer, session)
    }

    /// The user's session named by `raw` (its id, or the id it had in an imported journal); nil for an unknown
    /// session or anyone else's.
    static func ownedSession(userID: UUID, raw: String, on db: any Database) async throws -> OwnedSession? {
        let sql = try sql(db)
        if let id = UUID(uuidString: raw),
            let row = try await sql.raw("""
                SELECT external_id FROM training_sessions WHERE id = \(bind: id) AND user_id = \(bind: userID)
                """).first()
        {
            return OwnedSession(id: id, externalID: try row.decode(column: "external_id", as: String?.self))
        }
        guard let row = try await sql.raw("""
            SELECT id FROM training_sessions WHERE external_id = \(bind: raw) AND user_id = \(bind: userID)
            """).first()
        else { return nil }
        return OwnedSession(id: try row.decode(column: "id", as: UUID.self), externalID: raw)
    }

    /// Appends `set` as the set with id `setID`, bumps the journal version and stores `answer`, all or nothing,
    /// and moves the cached journal on by the set. The session must be the user's (check with `ownedSession`
    /// first). Returns the journal version it made.
    @discardableResult
    static func append(setID: UUID, userID: UUID, session: OwnedSession, exerciseId: String, _ set: LoggedSet, answer: NewAnswer?,
                       on db: any Database, app: Application) async throws -> Int
    {
        let now = Date()
        let sessionID = session.id
        if db.isSQLite {
            // Through the set_appends view (M015_CreateSetAppends), together with any sets that arrive meanwhile.
            return try await app.setAppendBatch.append(
                SetAppendBatch.Row(
                    setID: setID, userID: userID, session: session, exerciseId: exerciseId, set: set, answer: answer, at: now),
                on: db)
        }
        let version = try await db.writeTransaction { tx in
            let sql = try sql(tx)
            // The version bump comes first: it locks the user's row, so one user's sets are placed one after the
            // other even when they arrive at once (each later statement sees the sets committed before it).
            let version = try await sql.raw("""
                UPDATE users SET journal_version = journal_version + 1 WHERE id = \(bind: userID) RETURNING journal_version
                """).first()?.decode(column: "journal_version", as: Int.self)
            // The same writes as the set_appends trigger: the block is the exercise's latest in the session; a new
            // block goes after every other one.
            try await sql.raw("""
                INSERT INTO logged_sets (id, session_id, user_id, log_index, position, exercise_id, weight_kg, reps, seconds,
                    rpe, form, pain, kind, notes, distance_km, duration_seconds, created_at)
                VALUES (\(bind: setID), \(bind: sessionID), \(bind: userID),
                    COALESCE(
                        (SELECT MAX(log_index) FROM logged_sets WHERE session_id = \(bind: sessionID) AND exercise_id = \(bind: exerciseId)),
                        (SELECT COALESCE(MAX(log_index), -1) + 1 FROM logged_sets WHERE session_id = \(bind: sessionID))),
                    COALESCE(
                        (SELECT MAX(position) + 1 FROM logged_sets WHERE session_id = \(bind: sessionID) AND log_index =
                            (SELECT MAX(log_index) FROM logged_sets WHERE session_id = \(bind: sessionID) AND exercise_id = \(bind: exerciseId))),
                        0),
                    \(bind: exerciseId), \(bind: set.weightKg), \(bind: set.reps), \(bind: set.seconds), \(bind: set.rpe),
                    \(bind: set.form?.rawValue), \(bind: set.pain), \(bind: set.kind.rawValue), \(bind: set.notes),
                    \(bind: set.distanceKm), \(bind: set.durationSeconds), \(bind: now))
                """).run()
            if let answer {
                try await sql.raw("""
                    INSERT INTO idempotency_keys (id, user_id, "key", request_digest, status, body, created_at)
                    VALUES (\(bind: UUID()), \(bind: userID), \(bind: answer.key), \(bind: answer.requestDigest), \(bind: 201),
                        \(bind: answer.body), \(bind: now))
                    """).run()
            }
            guard let version else { throw Abort(.notFound, reason: "No such user") }
            return version
        }
        app.journalCache.follow(set, of: exerciseId, to: session, user: userID, version: version)
        return version
    }
}
