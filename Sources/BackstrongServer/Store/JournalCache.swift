// Journals and derived answers cached per user and journal version. The database stays the truth: every
// request reads the user's current version, so a cache entry is used only while it is exact, and several
// servers can share one database.
import BackstrongCore
import Foundation

final class JournalCache: @unchecked Sendable {
    struct Entry {
        var version: Int
        var journal: Journal?
        /// Encoded responses derived from this version, keyed by e.g. "next:2026-11-26".
        var answers: [String: Data]
    }

    private let lock = NSLock()
    private var entries: [UUID: Entry] = [:]
    private let capacity: Int

    init(capacity: Int = 2_000) { self.capacity = capacity }

    func journal(for user: UUID, version: Int) -> Journal?? {
        lock.lock()
        defer { lock.unlock() }
        guard let e = entries[user], e.version == version else { return nil }
        return .some(e.journal)
    }

    func store(_ journal: Journal?, for user: UUID, version: Int) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[user] = Entry(version: version, journal: journal, answers: [:])
    }

    func answer(_ key: String, for user: UUID, version: Int) -> Data? {
        lock.lock()
        defer { lock.unlock() }
        guard let e = entries[user], e.version == version else { return nil }
        return e.answers[key]
    }

    func storeAnswer(_ data: Data, key: String, for user: UUID, version: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard var e = entries[user], e.version == version else { return }
        if e.answers.count > 16 { e.answers.removeAll() }
        e.answers[key] = data
        entries[user] = e
    }

    /// Moves a cached journal from `version - 1` to `version` by applying `change`, the one write that made
    /// `version`. Does nothing unless the cache holds exactly the version before (another write came between).
    func advance(user: UUID, to version: Int, _ change: (inout Journal) -> Bool) {
        lock.lock()
        defer { lock.unlock() }
        // Taken out of the entry first, so the change mutates the only copy instead of copying the history.
        guard var e = entries.removeValue(forKey: user), e.version == version - 1, var journal = e.journal.take(),
            change(&journal)
        else { return }
        e.version = version
        e.journal = journal
        e.answers = [:]
        entries[user] = e
    }

    /// Moves the cached journal on by a set that was just logged and made `version` (see `advance`).
    func follow(_ set: LoggedSet, of exerciseId: String, to session: SetLog.OwnedSession, user: UUID, version: Int) {
        advance(user: user, to: version) { $0.append(set, of: exerciseId, toSession: session.journalID) }
    }

    private var loading: [UUID: (version: Int, task: Task<(journal: Journal?, exact: Bool), any Error>)] = [:]

    /// Loads a user's journal once per version, however many requests ask at the same time, and caches it when
    /// the load says it is exactly that version.
    func loadOnce(user: UUID, version: Int, _ load: @escaping @Sendable () async throws -> (journal: Journal?, exact: Bool))
        async throws -> Journal?
    {
        let task: Task<(journal: Journal?, exact: Bool), any Error> = {
            lock.lock()
            defer { lock.unlock() }
            if let running = loading[user], running.version == version { return running.task }
            let t = Task { try await load() }
            loading[user] = (version, t)
            return t
        }()
        do {
            let loaded = try await task.value
            if loaded.exact { store(loaded.journal, for: user, version: version) }
            finish(user: user, version: version)
            return loaded.journal
        } catch {
            finish(user: user, version: version)
            throw error
        }
    }

    private func finish(user: UUID, version: Int) {
        lock.lock()
        defer { lock.unlock() }
        if loading[user]?.version == version { loading[user] = nil }
    }

    func forget(_ user: UUID) {
        lock.lock()
        defer { lock.unlock() }
        entries[user] = nil
    }
}
