// Browser sign-in: a random session token in an HttpOnly cookie, stored as a digest in the tokens table
// (kind `web`), so any server behind a load balancer can read it. Pages call `req.webUser()`.
import Fluent
import Foundation
import Vapor

enum WebSession {
    static let cookieName = "bs_session"

    /// Signs the user in: a new web token and its cookie.
    static func start(for userID: UUID, on req: Request, response: Response) async throws {
        let (token, expires) = try await AccountsAPIController.issueToken(for: userID, kind: "web", on: req.db)
        response.cookies[cookieName] = HTTPCookies.Value(
            string: token, expires: expires, path: "/", isSecure: req.application.backstrongConfig.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
    }

    /// Signs out: deletes the token and the cookie.
    static func end(on req: Request, response: Response) async throws {
        if let token = req.cookies[cookieName]?.string {
            try await TokenRecord.query(on: req.db).filter(\.$digest == TokenDigest.digest(token)).delete()
        }
        response.cookies[cookieName] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), path: "/", isHTTPOnly: true)
    }
}

/// Logs in the user of a valid session cookie.
struct WebSessionAuthenticator: AsyncRequestAuthenticator {
    func authenticate(request: Request) async throws {
        guard let token = request.cookies[WebSession.cookieName]?.string, !token.isEmpty else { return }
        if let user = try await TokenDigest.user(forToken: token, kind: "web", on: request.db) {
            request.auth.login(user)
        }
    }
}

/// Pages thrown to when the visitor must sign in first.
struct SignInRequired: Error {}

extension Request {
    /// The signed-in user of a page, or a redirect to sign-in (thrown as SignInRequired).
    func webUser() throws -> AuthenticatedUser {
        guard let u = auth.get(AuthenticatedUser.self) else { throw SignInRequired() }
        return u
    }
}

extension Application {
    private struct ConfigKey: StorageKey { typealias Value = AppConfig }

    /// The settings the app was configured with.
    var backstrongConfig: AppConfig {
        get { storage[ConfigKey.self] ?? AppConfig() }
        set { storage[ConfigKey.self] = newValue }
    }
}
