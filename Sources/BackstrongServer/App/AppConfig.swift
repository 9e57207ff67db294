// Server settings, read once at start-up from the environment (tests pass a dictionary) and overridden by
// `backstrong serve` flags. Nothing else reads the environment.
import Foundation

/// Where the data lives and where the server listens.
public struct AppConfig: Sendable, Equatable {
    public enum Database: Sendable, Equatable {
        /// A SQLite file (the default: zero set-up).
        case sqliteFile(String)
        /// An in-memory SQLite database (tests).
        case sqliteMemory
        /// A PostgreSQL server, from `DATABASE_URL=postgres://…`.
        case postgres(url: String)
    }

    public var database: Database
    public var host: String
    public var port: Int
    public var logLevel: String
    /// Send cookies with `Secure` (set `BACKSTRONG_SECURE_COOKIES=1` behind HTTPS).
    public var secureCookies: Bool

    public init(database: Database = .sqliteFile("backstrong.sqlite"), host: String = "127.0.0.1", port: Int = 8080,
                logLevel: String = "info", secureCookies: Bool = false) {
        self.database = database
        self.host = host
        self.port = port
        self.logLevel = logLevel
        self.secureCookies = secureCookies
    }

    /// The variables this reads, for the README and start-up errors.
    public static let variables = ["DATABASE_URL", "BACKSTRONG_DB", "HOST", "PORT", "LOG_LEVEL", "BACKSTRONG_SECURE_COOKIES"]

    /// Reads the settings from environment variables; a bad value stops start-up with every variable listed.
    public static func from(environment env: [String: String]) throws -> AppConfig {
        var config = AppConfig()
        var problems: [String] = []
        if let url = env["DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                config.database = .postgres(url: url)
            } else if url.hasPrefix("sqlite://") {
                config.database = .sqliteFile(String(url.dropFirst("sqlite://".count)))
            } else {
                problems.append("DATABASE_URL must start with postgres:// (or sqlite://PATH)")
            }
        } else if let path = env["BACKSTRONG_DB"], !path.isEmpty {
            config.database = .sqliteFile(path)
        }
        if let host = env["HOST"], !host.isEmpty { config.host = host }
        if let p = env["PORT"], !p.isEmpty {
            if let port = Int(p), (1...65_535).contains(port) { config.port = port } else { problems.append("PORT must be 1–65535") }
        }
        if let level = env["LOG_LEVEL"], !level.isEmpty {
            let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
            if levels.contains(level) { config.logLevel = level } else { problems.append("LOG_LEVEL must be one of \(levels.joined(separator: ", "))") }
        }
        if let s = env["BACKSTRONG_SECURE_COOKIES"] { config.secureCookies = ["1", "true", "yes"].contains(s.lowercased()) }
        if !problems.isEmpty {
            let listed = variables.map { name -> String in
                guard let v = env[name] else { return "  \(name)=unset" }
                return "  \(name)=\(name == "DATABASE_URL" ? redact(v) : v)"
            }.joined(separator: "\n")
            throw ConfigError(message: problems.joined(separator: "; ") + "\nSettings:\n" + listed)
        }
        return config
    }

    /// A database URL with its password hidden.
    public static func redact(_ url: String) -> String {
        guard var c = URLComponents(string: url) else { return "(unparseable)" }
        if c.password != nil { c.password = "****" }
        return c.string ?? "(unparseable)"
    }
}

/// Start-up stopped on a bad setting.
public struct ConfigError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
