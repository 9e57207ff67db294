// Bearer-token authentication for the API: tokens are random, stored as SHA-256 digests, and resolved to the
// signed-in user with their current journal version in one query.
import Fluent
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
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Looks up a token of a kind; nil when unknown or expired.
    static func user(forToken token: String, kind: String, on db: any Database) async throws -> AuthenticatedUser? {
        guard let t = try await TokenRecord.query(on: db).filter(\.$digest == digest(token)).filter(\.$kind == kind)
            .with(\.$user).first(), t.expiresAt > Date()
        else { return nil }
        return AuthenticatedUser(id: try t.user.requireID(), email: t.user.email, journalVersion: t.user.journalVersion)
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
