// Security headers on every response: no sniffing, no framing, a strict content security policy, no referrer leaks.
import Vapor

struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let h = response.headers
        func set(_ name: String, _ value: String) {
            if !h.contains(name: name) { response.headers.replaceOrAdd(name: name, value: value) }
        }
        set("X-Content-Type-Options", "nosniff")
        set("X-Frame-Options", "DENY")
        set("Referrer-Policy", "same-origin")
        set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")
        set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response
    }
}
