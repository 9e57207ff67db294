// Small typed helpers for the JSON API tests: send a request with a bearer token and a JSON body, then read
// the status, headers and decoded body.
import BackstrongCore
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

/// One API answer as a test sees it.
struct APIReply {
    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var data: Data

    /// The body decoded as `T` (dates as ISO 8601, as the server writes them).
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder.custom(dates: .iso8601).decode(T.self, from: data)
    }

    /// The body as an API error `{error, message, field?}`.
    var error: APIErrorBody? { try? decode(APIErrorBody.self) }

    /// The body as a JSON object.
    var object: [String: Any] { (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:] }
}

extension Application {
    /// Sends one API request; `body` is JSON text or bytes.
    func api(_ method: HTTPMethod, _ path: String, token: String? = nil, body: String? = nil, data: Data? = nil,
             headers extra: [(String, String)] = []) async throws -> APIReply
    {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        let bytes = data ?? body.map { Data($0.utf8) }
        if bytes != nil { headers.contentType = .json }
        for (name, value) in extra { headers.add(name: name, value: value) }
        let res = try await testing().sendRequest(method, path, headers: headers, body: bytes.map { ByteBuffer(data: $0) })
        return APIReply(status: res.status, headers: res.headers, data: Data(buffer: res.body))
    }
}

/// Example journals of the repository.
enum ExampleJournal {
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: repositoryRoot.appendingPathComponent("examples/\(name).json"))
    }

    /// `six-weeks.json`, the example most tests use (last session 2026-11-20).
    static var sixWeeks: Data { get throws { try data("six-weeks") } }
}
