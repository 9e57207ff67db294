// Builds the application from an AppConfig: database (SQLite file by default, PostgreSQL from DATABASE_URL),
// migrations, middleware and routes. Tests call it with their own config.
import BackstrongCore
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Leaf
import LeafKit
import SQLKit
import Vapor

/// Configures `app` for Backstrong.
public func configure(_ app: Application, config: AppConfig, migrate: Bool = true) async throws {
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    app.logger.logLevel = Logger.Level(rawValue: config.logLevel) ?? .info
    app.passwords.use(.bcrypt)
    switch config.database {
    case .sqliteFile(let path):
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .postgres(let url):
        app.databases.use(try .postgres(url: url), as: .psql)
    }
    if case .sqliteFile = config.database {
        // WAL lets readers run beside a writer; NORMAL sync is safe with WAL (machine-notes: FULL cost 2/3 of
        // inserts). `synchronous` is per connection, and the pool keeps one connection per event loop.
        for loop in app.eventLoopGroup.makeIterator() {
            guard let sql = app.databases.database(logger: app.logger, on: loop) as? any SQLDatabase else { continue }
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            try await sql.raw("PRAGMA synchronous=NORMAL").run()
        }
    }
    app.migrations.add(BackstrongMigrations.all)
    if migrate { try await app.autoMigrate() }

    app.backstrongConfig = config
    // Made here, before any request, so concurrent requests never race to create them.
    _ = app.journalCache
    _ = app.setAppendBatch
    app.views.use(.leaf)
    if let views = BackstrongServerResources.directory?.appendingPathComponent("Views").path {
        // Views are read from the bundle, wherever the binary runs from (also under a hidden .build folder,
        // so the default "visible files only" limit is left out).
        app.leaf.sources = .singleSource(NIOLeafFiles(
            fileio: app.fileio, limits: [.requireExtensions, .onlyLeafExtensions, .toSandbox],
            sandboxDirectory: views + "/", viewDirectory: views + "/"))
    }
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(APIErrorMiddleware())
    if let publicDir = BackstrongServerResources.directory?.appendingPathComponent("Public").path {
        app.middleware.use(FileMiddleware(publicDirectory: publicDir + "/"))
    }
    try routes(app)
}

/// Registers every route.
func routes(_ app: Application) throws {
    app.get("health") { req async throws -> Response in
        guard let sql = req.db as? any SQLDatabase else { throw Abort(.internalServerError) }
        do {
            try await sql.select().column(SQLLiteral.numeric("1"), as: "ok").run()
        } catch {
            throw APIError(status: .serviceUnavailable, code: "database_unavailable", message: "The database does not answer")
        }
        let response = Response(status: .ok)
        try response.content.encode(["status": "ok"], as: .json)
        return response
    }
    app.get("openapi.yaml") { req async throws -> Response in
        guard let url = BackstrongServerResources.openAPIURL, let data = try? Data(contentsOf: url) else {
            throw Abort(.notFound)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/yaml; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
    let api = app.grouped("api", "v1")
    try api.register(collection: AccountsAPIController())
    // Logging a set authenticates inside its one lookup query (SessionsAPIController.logSet).
    api.post("sessions", ":sessionID", "sets", use: SessionsAPIController().logSet)
    let authed = api.grouped(BearerTokenAuthenticator())
    try authed.register(collection: JournalAPIController())
    try authed.register(collection: SessionsAPIController())
    try authed.register(collection: ExercisesAPIController())
    try authed.register(collection: ImportExportAPIController())

    let web = app.grouped(WebSessionAuthenticator(), CSRFMiddleware())
    for pages in WebPages.all() { try web.register(collection: pages) }
}

/// Files bundled with the server.
enum BackstrongServerResources {
    static var openAPIURL: URL? { directory?.appendingPathComponent("openapi.yaml") }
    /// The bundled `Resources` folder (views, public files, OpenAPI document).
    static let directory: URL? = {
        let candidates = [Bundle.module.bundleURL.appendingPathComponent("Resources"),
                          Bundle.module.resourceURL?.appendingPathComponent("Resources"), Bundle.module.resourceURL]
        return candidates.compactMap { $0 }.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("Views/base.leaf").path)
        }
    }()
}
