// Cross-site request forgery protection for forms: a random token in a SameSite=Strict cookie that every
// form repeats in a hidden `_csrf` field (double submit). A POST whose field does not match is refused.
import Foundation
import Vapor

enum CSRF {
    static let cookieName = "bs_csrf"
    static let fieldName = "_csrf"

    /// The request's token (the cookie's, or a new one that `CSRFMiddleware` sets on the response).
    static func token(for req: Request) -> String {
        if let t = req.cookies[cookieName]?.string, t.count >= 32 { return t }
        if let t = req.storage[NewTokenKey.self] { return t }
        let t = TokenDigest.newToken()
        req.storage[NewTokenKey.self] = t
        return t
    }

    struct NewTokenKey: StorageKey { typealias Value = String }
}

/// Checks `_csrf` on every form POST outside the API, and sets the cookie when a page handed out a new token.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST {
            // Collect streamed bodies (file uploads) first so the form field can be read; routes cap their size.
            if request.body.data == nil { _ = try await request.body.collect(max: 30 * 1024 * 1024).get() }
            let sent = (try? request.content.get(String.self, at: CSRF.fieldName)) ?? request.headers.first(name: "X-CSRF-Token")
            guard let cookie = request.cookies[CSRF.cookieName]?.string, let sent, !sent.isEmpty, sent == cookie else {
                throw Abort(.forbidden, reason: "This form has expired or did not come from Backstrong. Go back, reload the page and send it again.")
            }
        }
        let response = try await next.respond(to: request)
        if let fresh = request.storage[CSRF.NewTokenKey.self] {
            response.cookies[CSRF.cookieName] = HTTPCookies.Value(
                string: fresh, expires: Date().addingTimeInterval(30 * 24 * 3600), path: "/",
                isSecure: request.application.backstrongConfig.secureCookies, isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }
}
