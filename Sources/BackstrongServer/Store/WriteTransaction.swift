// Writes that never fail with "database is locked" on SQLite. SQLite allows one writer; a deferred transaction
// that reads before it writes fails at once (SQLITE_BUSY / BUSY_SNAPSHOT, no retry) when another connection
// wrote in between, and a waiting writer spins in SQLite's busy handler. So this process's writes take turns on
// SQLite; on PostgreSQL they are plain transactions.
import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// A first-come, first-served lock for async code. Taking a free turn does not suspend.
final class WriteTurns: @unchecked Sendable {
    static let shared = WriteTurns()
    private let lock = NIOLock()
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if lock.withLock({ busy ? false : { busy = true; return true }() }) { return }
        await withCheckedContinuation { (turn: CheckedContinuation<Void, Never>) in
            let free = lock.withLock { () -> Bool in
                if !busy {
                    busy = true
                    return true
                }
                waiting.append(turn)
                return false
            }
            if free { turn.resume() }
        }
    }

    /// Hands the turn to the next waiter, or frees it.
    func release() {
        let next = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            if waiting.isEmpty {
                busy = false
                return nil
            }
            return waiting.removeFirst()
        }
        next?.resume()
    }

    func run<T>(_ body: () async throws -> T) async throws -> T {
        await acquire()
        do {
            let result = try await body()
            release()
            return result
        } catch {
            release()
            throw error
        }
    }
}

extension Database {
    var isSQLite: Bool { (self as? any SQLDatabase)?.dialect.name == "sqlite" }

    /// Runs `closure` in a transaction; on SQLite, one write transaction of this process at a time.
    func writeTransaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard isSQLite, !inTransaction else { return try await transaction(closure) }
        return try await WriteTurns.shared.run { try await transaction(closure) }
    }

    /// On SQLite, runs `closure` in this process's write turn without a transaction, for statements that are
    /// atomic on their own (see M015_CreateSetAppends); elsewhere it is `writeTransaction`.
    func writeTurn<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard isSQLite, !inTransaction else { return try await writeTransaction(closure) }
        return try await WriteTurns.shared.run { try await closure(self) }
    }
}
