// `backstrong serve`: the web app and JSON API (Vapor). SQLite file by default, PostgreSQL when DATABASE_URL
// says so; migrations run automatically.
import ArgumentParser
import BackstrongServer
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the web app and API (SQLite file by default; PostgreSQL with DATABASE_URL).")

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Address to listen on (default 127.0.0.1, or HOST).", valueName: "host"))
    var host: String?

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Port to listen on (default 8080, or PORT).", valueName: "port"))
    var port: Int?

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("SQLite database file (default ./backstrong.sqlite, or BACKSTRONG_DB); ignored when DATABASE_URL is set.", valueName: "path"))
    var db: String?

    func validate() throws {
        if let port, !(1...65_535).contains(port) { throw ValidationError("--port must be 1–65535, got \(port)") }
    }

    func run() async throws {
        var config: AppConfig
        do {
            config = try AppConfig.from(environment: ProcessInfo.processInfo.environment)
        } catch let error as ConfigError {
            throw CLIError(message: "cannot start: \(error.message)")
        }
        if let host { config.host = host }
        if let port { config.port = port }
        if let db, case .sqliteFile = config.database { config.database = .sqliteFile(db) }
        try await BackstrongServer.run(config: config)
    }
}

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Create or update the database tables, then exit (serve does this too).")

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("SQLite database file (default ./backstrong.sqlite, or BACKSTRONG_DB).", valueName: "path"))
    var db: String?

    func run() async throws {
        var config = try AppConfig.from(environment: ProcessInfo.processInfo.environment)
        if let db, case .sqliteFile = config.database { config.database = .sqliteFile(db) }
        try await BackstrongServer.migrate(config: config)
        print("Database is up to date.")
    }
}
