// The signed-in user's journal, from the cache when the stored version has not changed, and the core's
// answers (plan, next, screening, progress) derived from it.
import BackstrongCore
import Foundation
import CMemoryTuning
import Vapor

enum JournalService {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    /// The user's journal (nil before onboarding has stored a profile).
    static func journal(for user: AuthenticatedUser, on req: Request) async throws -> Journal? {
        let cache = req.application.journalCache
        if let cached = cache.journal(for: user.id, version: user.journalVersion) { return cached }
        // One load per user and version at a time: concurrent requests wait for it instead of each reading
        // the whole history.
        let db = req.db
        let version = user.journalVersion
        let journal = try await cache.loadOnce(user: user.id, version: version) {
            let journal = try await JournalStore.load(userID: user.id, on: db)
            // Reading years of history allocated rows that are freed by now; hand that memory back to the system.
            backstrong_release_free_heap()
            // Every write bumps the version in its own transaction, so an unchanged version after the reads
            // means they saw exactly this version; otherwise the result is used for this request only.
            return (journal, try await JournalStore.version(userID: user.id, on: db) == version)
        }
        return journal
    }

    static func requireJournal(for user: AuthenticatedUser, on req: Request) async throws -> Journal {
        guard let j = try await journal(for: user, on: req) else {
            throw APIError(status: .conflict, code: "missing_data",
                           message: "No profile yet: complete onboarding or PUT /api/v1/journal first")
        }
        return j
    }

    /// A derived answer as JSON, computed once per journal version and key.
    static func answer<T: Encodable>(_ key: String, for user: AuthenticatedUser, on req: Request, _ make: (Journal) throws -> T)
        async throws -> Response
    {
        let cache = req.application.journalCache
        let data: Data
        if let cached = cache.answer(key, for: user.id, version: user.journalVersion) {
            data = cached
        } else {
            let journal = try await requireJournal(for: user, on: req)
            data = try encoder.encode(try make(journal))
            cache.storeAnswer(data, key: key, for: user.id, version: user.journalVersion)
        }
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// `?today=YYYY-MM-DD` (the client's day), else the server's.
    static func today(_ req: Request) throws -> Day {
        guard let text = req.query[String.self, at: "today"] else { return Day(Date(), in: .current) }
        guard let d = Day(iso: text) else { throw APIError.invalid("today", "today must be a date YYYY-MM-DD, got \(text)") }
        return d
    }
}

extension Application {
    private struct JournalCacheKey: StorageKey {
        typealias Value = JournalCache
    }

    /// Per-process cache of journals and derived answers, keyed by journal version.
    var journalCache: JournalCache {
        if let c = storage[JournalCacheKey.self] { return c }
        let c = JournalCache()
        storage[JournalCacheKey.self] = c
        return c
    }
}
