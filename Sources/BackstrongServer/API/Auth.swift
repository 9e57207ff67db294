// Bearer-token authentication for the API: tokens are random, stored as SHA-256 digests, and resolved to the
// signed-in user with their current journal version in one plain-SQL query (it runs on every request, so it
// reads columns directly instead of building Fluent models).
import Fluent
import SQLKit
import Foundation
import Vapor

/// The signed-in user of a request.
struct AuthenticatedUser: Authenticatable, Sendable {
    var id: UUID
    var email: String
    var journalVersion: Int
}

enum TokenDigest {
    /// A new random token (URL-safe, 256 bits).
    static func newToken() -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func digest(_ token: String) -> String {
        hex(SHA256.hash(data: Data(token.utf8)))
    }

    /// Lower-case hex of a digest.
    static func hex<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Looks up a token of a kind; nil when unknown or expired.
    static func user(forToken token: String, kind: String, on db: any Database) async throws -> AuthenticatedUser? {
        guard let sql = db as? any SQLDatabase else { return nil }
        let row = try await sql.raw("""
            SELECT u.id AS id, u.email AS email, u.journal_version AS journal_version, t.expires_at AS expires_at
            FROM tokens t JOIN users u ON u.id = t.user_id
            WHERE t.digest = \(bind: digest(token)) AND t.kind = \(bind: kind)
            """).first()
        guard let row, try row.decode(column: "expires_at", as: Date.self) > Date() else { return nil }
        return AuthenticatedUser(
            id: try row.decode(column: "id", as: UUID.self), email: try row.decode(column: "email", as: String.self),
            journalVersion: try row.decode(column: "journal_version", as: Int.self))
    }
}

/// Authenticates `Authorization: Bearer TOKEN`.
struct BearerTokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        if let user = try await TokenDigest.user(forToken: bearer.token, kind: "api", on: request.db) {
            request.auth.login(user)
        }
    }
}

extension Request {
    /// The signed-in user, or a 401.
    func user() throws -> AuthenticatedUser {
        guard let u = auth.get(AuthenticatedUser.self) else { throw APIError.unauthorized() }
        return u
    }
}
