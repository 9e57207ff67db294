// Errors as the API reports them: `{error, message, field?}` with the right HTTP status.
import BackstrongCore
import Foundation
import Vapor

/// An error with a stable code for API clients.
struct APIError: AbortError, Sendable {
    var status: HTTPResponseStatus
    var code: String
    var message: String
    var field: String?
    var headers: HTTPHeaders = [:]

    var reason: String { message }

    static func notFound(_ what: String) -> APIError { APIError(status: .notFound, code: "not_found", message: "\(what) not found") }
    static func unauthorized(_ message: String = "Sign in first: send Authorization: Bearer TOKEN") -> APIError {
        APIError(status: .unauthorized, code: "unauthorized", message: message)
    }
    static func invalid(_ field: String?, _ message: String) -> APIError {
        APIError(status: .unprocessableEntity, code: "invalid_field", message: message, field: field)
    }
}

/// The JSON body of every API error.
struct APIErrorBody: Content {
    var error: String
    var message: String
    var field: String?
}

/// Maps every error to the JSON error format on `/api` and `/health`, and to an error page (or the sign-in
/// page) elsewhere. Passwords and bodies are never logged.
struct APIErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let path = request.url.path
            if path.hasPrefix("/api/") || path == "/health" || path == "/openapi.yaml" {
                return Self.response(for: error, request: request)
            }
            return await Self.page(for: error, request: request)
        }
    }

    struct ErrorContent: Encodable {
        var heading: String
        var message: String
        var back: String
        var backLabel: String
    }

    static func page(for error: any Error, request: Request) async -> Response {
        if error is SignInRequired { return request.redirect(to: "/signin") }
        let json = response(for: error, request: request)
        let status = json.status
        let message: String
        switch error {
        case let e as APIError: message = e.message
        case let e as InputError: message = e.message
        case let e as any AbortError: message = status == .notFound ? "There is no page at this address." : e.reason
        default: message = "Something went wrong on the server; nothing was changed."
        }
        let heading = status == .notFound ? "Page not found" : status == .forbidden ? "Form expired" : "Something went wrong"
        do {
            let view = try await request.page("error", PageBase(request, title: heading),
                                              ErrorContent(heading: heading, message: message, back: "/", backLabel: "Back to Backstrong"))
            return try await view.encodeResponse(status: status, for: request)
        } catch {
            return Response(status: status, body: .init(string: message))
        }
    }

    static func response(for error: any Error, request: Request) -> Response {
        let status: HTTPResponseStatus
        var headers = HTTPHeaders()
        let body: APIErrorBody
        switch error {
        case let e as APIError:
            status = e.status
            headers = e.headers
            body = APIErrorBody(error: e.code, message: e.message, field: e.field)
        case let e as InputError:
            status = e.code == .invalidJSON ? .badRequest : e.code == .missingData ? .conflict : .unprocessableEntity
            body = APIErrorBody(error: e.code.rawValue, message: e.message, field: e.field)
        case let e as DecodingError:
            status = .badRequest
            body = APIErrorBody(error: "invalid_body", message: "The request body is not what this route takes: \(e.plainDescription)", field: e.fieldPath)
        case let e as any AbortError:
            status = e.status
            headers = e.headers
            body = APIErrorBody(error: e.status.code == 404 ? "not_found" : "http_\(e.status.code)", message: e.reason, field: nil)
        case _ where String(describing: error).contains("database is locked"):
            // SQLite was busy with another writer; nothing was written, and a retry will go through.
            status = .serviceUnavailable
            headers.replaceOrAdd(name: .retryAfter, value: "1")
            body = APIErrorBody(error: "busy", message: "The server is busy; nothing was changed. Send the request again.", field: nil)
        default:
            request.logger.report(error: error)
            status = .internalServerError
            body = APIErrorBody(error: "internal", message: "Something went wrong on the server; nothing was changed.", field: nil)
        }
        let response = Response(status: status, headers: headers)
        try? response.content.encode(body, as: .json)
        return response
    }
}

extension DecodingError {
    var fieldPath: String? {
        let path: [any CodingKey]
        switch self {
        case .keyNotFound(let key, let c): path = c.codingPath + [key]
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): path = c.codingPath
        @unknown default: return nil
        }
        return path.isEmpty ? nil : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    var plainDescription: String {
        switch self {
        case .keyNotFound(let key, _): return "\(key.stringValue) is missing"
        case .typeMismatch(let type, _): return "\(fieldPath ?? "a value") must be \(type)"
        case .valueNotFound(let type, _): return "\(fieldPath ?? "a value") must be \(type), got null"
        case .dataCorrupted(let c): return c.debugDescription
        @unknown default: return "unreadable body"
        }
    }
}
