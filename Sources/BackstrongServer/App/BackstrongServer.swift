// Entry points the CLI uses: run the server until stopped, or migrate and exit.
import CMemoryTuning
import Foundation
import NIOCore
import NIOPosix
import Vapor

/// Running the Backstrong server.
public enum BackstrongServer {
    /// Starts the server with `config` and serves until interrupted.
    public static func run(config: AppConfig) async throws {
        // Keeps the resident size down after big reads (Benchmarks/server/README.md).
        backstrong_tune_heap()
        HeapTrimmer.start()
        // Swift concurrency on NIO's event loops (machine-notes: +28 % on inserts, +14 % on reads).
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        var env = Environment(name: "production", arguments: ["backstrong", "serve"])
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            try await configure(app, config: config)
            let where_: String
            switch config.database {
            case .sqliteFile(let path): where_ = "SQLite file \(path)"
            case .sqliteMemory: where_ = "in-memory SQLite"
            case .postgres(let url): where_ = "PostgreSQL \(AppConfig.redact(url))"
            }
            print("Backstrong is running at http://\(config.host):\(config.port) (data: \(where_)). Press Ctrl-C to stop.")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Runs the migrations and returns.
    public static func migrate(config: AppConfig) async throws {
        let app = try await Application.make(Environment(name: "production", arguments: ["backstrong"]))
        do {
            try await configure(app, config: config, migrate: true)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
