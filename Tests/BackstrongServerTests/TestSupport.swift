// Test support for the server: an app on a fresh in-memory SQLite database, and the same on a real PostgreSQL
// server when BACKSTRONG_TEST_POSTGRES_URL is set (always in CI). PostgreSQL tests share one database, so they
// take turns and start from freshly reverted and re-run migrations.
import BackstrongCore
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

/// The stores every database test runs on.
enum TestStore: String, CustomStringConvertible, Sendable {
    case sqlite, postgres

    var description: String { rawValue }

    static var postgresURL: String? {
        let url = ProcessInfo.processInfo.environment["BACKSTRONG_TEST_POSTGRES_URL"]
        return (url?.isEmpty ?? true) ? nil : url
    }

    /// SQLite always; PostgreSQL when BACKSTRONG_TEST_POSTGRES_URL is set.
    static var all: [TestStore] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
}

/// Serialises PostgreSQL tests (they share one database).
actor PostgresTurns {
    static let shared = PostgresTurns()
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

/// Runs `body` with a configured app on a fresh database of `store`.
func withBackstrongApp(_ store: TestStore, _ body: (Application) async throws -> Void) async throws {
    if store == .postgres { await PostgresTurns.shared.acquire() }
    do {
        try await withApp(configure: { app in
            switch store {
            case .sqlite:
                try await configure(app, config: AppConfig(database: .sqliteMemory, logLevel: "warning"))
            case .postgres:
                try await configure(app, config: AppConfig(database: .postgres(url: TestStore.postgresURL!), logLevel: "warning"), migrate: false)
                try await app.autoRevert()
                try await app.autoMigrate()
            }
        }, body)
    } catch {
        if store == .postgres { await PostgresTurns.shared.release() }
        throw error
    }
    if store == .postgres { await PostgresTurns.shared.release() }
}

/// Signs up and signs in through the API; returns the bearer token.
func apiToken(_ app: Application, email: String = "person@example.com", password: String = "correct horse") async throws -> String {
    try await app.testing().test(.POST, "api/v1/users", beforeRequest: { req in
        try req.content.encode(["email": email, "password": password], as: .json)
    }, afterResponse: { res async in
        #expect(res.status == .created)
    })
    var token = ""
    try await app.testing().test(.POST, "api/v1/tokens", beforeRequest: { req in
        try req.content.encode(["email": email, "password": password], as: .json)
    }, afterResponse: { res async throws in
        #expect(res.status == .created)
        token = try res.content.get(String.self, at: "token")
    })
    return token
}

/// The repository root, for example journals.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
