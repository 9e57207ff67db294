// Group commit for logging sets on SQLite. SQLite has one writer at a time, so sets that arrive while a write is
// running wait, and the next write takes all of them in one multi-row INSERT into the set_appends view (one
// statement, so one round trip to SQLite however many sets it holds). If that statement fails (one bad row fails
// them all), each set is written on its own so only the bad one gets the error.
import BackstrongCore
import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

final class SetAppendBatch: @unchecked Sendable {
    /// One set to append, with its idempotency answer.
    struct Row: Sendable {
        var setID: UUID
        var userID: UUID
        var session: SetLog.OwnedSession
        var exerciseId: String
        var set: LoggedSet
        var answer: SetLog.NewAnswer?
        var at: Date

        var binds: [any Encodable & Sendable] {
            [setID, session.id, userID, exerciseId, set.weightKg, set.reps, set.seconds, set.rpe, set.form?.rawValue, set.pain,
             set.kind.rawValue, set.notes, set.distanceKm, set.durationSeconds, at, UUID(), answer?.key, answer?.requestDigest,
             answer?.body]
        }
    }

    private struct Job {
        var row: Row
        var done: CheckedContinuation<Int, any Error>
    }

    /// Rows per statement, well under SQLite's limit of bound values.
    static let maxRows = 64
    /// The journals this application keeps in memory, moved on by each written set in the order of its version.
    private let cache: JournalCache

    init(cache: JournalCache) { self.cache = cache }
    private let lock = NIOLock()
    private var pending: [Job] = []
    private var writing = false

    /// Appends the row and returns the user's journal version it made.
    func append(_ row: Row, on db: any Database) async throws -> Int {
        try await withCheckedThrowingContinuation { done in
            let lead = lock.withLock { () -> Bool in
                pending.append(Job(row: row, done: done))
                if writing { return false }
                writing = true
                return true
            }
            if lead { Task { await self.writeAll(on: db) } }
        }
    }

    private func writeAll(on db: any Database) async {
        while true {
            let batch = lock.withLock { () -> [Job] in
                let batch = Array(pending.prefix(Self.maxRows))
                pending.removeFirst(batch.count)
                if batch.isEmpty { writing = false }
                return batch
            }
            if batch.isEmpty { return }
            do {
                let versions = try await Self.write(batch.map(\.row), on: db)
                for (job, version) in zip(batch, versions) {
                    cache.follow(job.row.set, of: job.row.exerciseId, to: job.row.session, user: job.row.userID, version: version)
                }
                for (job, version) in zip(batch, versions) { job.done.resume(returning: version) }
            } catch where batch.count > 1 {
                for job in batch {
                    do {
                        let version = try await Self.write([job.row], on: db)[0]
                        cache.follow(job.row.set, of: job.row.exerciseId, to: job.row.session, user: job.row.userID, version: version)
                        job.done.resume(returning: version)
                    } catch { job.done.resume(throwing: error) }
                }
            } catch {
                batch[0].done.resume(throwing: error)
            }
        }
    }

    /// Writes the rows in one statement and returns, for each, the journal version it made.
    static func write(_ rows: [Row], on db: any Database) async throws -> [Int] {
        try await db.writeTurn { tx in
            guard let sql = tx as? any SQLDatabase else { throw Abort(.internalServerError) }
            var query: SQLQueryString = """
                INSERT INTO set_appends (id, session_id, user_id, exercise_id, weight_kg, reps, seconds, rpe, form, pain, kind,
                    notes, distance_km, duration_seconds, created_at, answer_id, answer_key, answer_digest, answer_body) VALUES
                """
            for (i, row) in rows.enumerated() { query += "\(unsafeRaw: i == 0 ? "" : ",") (\(binds: row.binds))" }
            // The trigger bumps each row's user once per row, in order, so the last row of a user made the highest
            // version returned, and the ones before it the versions just below. Reading it in the same statement
            // saves a round trip while other writers wait.
            query += " RETURNING user_id, (SELECT journal_version FROM users WHERE users.id = user_id) AS journal_version"
            var latest: [UUID: Int] = [:]
            for r in try await sql.raw(query).all() {
                let user = try r.decode(column: "user_id", as: UUID.self)
                latest[user] = max(latest[user] ?? 0, try r.decode(column: "journal_version", as: Int.self))
            }
            var after: [UUID: Int] = [:]
            var versions = Array(repeating: 0, count: rows.count)
            for i in rows.indices.reversed() {
                let user = rows[i].userID
                versions[i] = (latest[user] ?? 0) - after[user, default: 0]
                after[user, default: 0] += 1
            }
            return versions
        }
    }
}

extension Application {
    private struct SetAppendBatchKey: StorageKey {
        typealias Value = SetAppendBatch
    }

    /// This application's queue of sets waiting to be written together (SQLite).
    var setAppendBatch: SetAppendBatch {
        if let b = storage[SetAppendBatchKey.self] { return b }
        let b = SetAppendBatch(cache: journalCache)
        storage[SetAppendBatchKey.self] = b
        return b
    }
}
