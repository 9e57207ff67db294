// Write transactions that never fail with "database is locked" on SQLite. SQLite allows one writer; a deferred
// transaction that reads before it writes fails at once (SQLITE_BUSY / BUSY_SNAPSHOT, no retry) when another
// connection wrote in between. So this process's write transactions take turns on SQLite; on PostgreSQL they
// are plain transactions.
import Fluent
import Foundation
import SQLKit

/// A first-come, first-served async lock.
actor WriteTurns {
    static let shared = WriteTurns()
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}

extension Database {
    /// Runs `closure` in a transaction; on SQLite, one write transaction of this process at a time.
    func writeTransaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite", !inTransaction else {
            return try await transaction(closure)
        }
        await WriteTurns.shared.acquire()
        do {
            let result = try await transaction(closure)
            await WriteTurns.shared.release()
            return result
        } catch {
            await WriteTurns.shared.release()
            throw error
        }
    }
}
