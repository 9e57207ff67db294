// The OpenAPI document served at /openapi.yaml matches the routes: every API route the app registers is
// documented with its method, and every documented operation exists. (CI also validates the document with
// Python's openapi-spec-validator.)
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    /// `METHOD /path/{param}` for each operation under `paths:`, read line by line (keys at 2 and 4 spaces).
    static func documentedOperations(_ yaml: String) -> Set<String> {
        let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]
        var operations: Set<String> = []
        var inPaths = false
        var path: String?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if !line.hasPrefix(" "), !line.isEmpty, !line.hasPrefix("#") {
                inPaths = line == "paths:"
                continue
            }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), !line.hasPrefix("   "), line.hasSuffix(":") {
                path = String(line.dropFirst(2).dropLast())
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), let path {
                let key = line.trimmingCharacters(in: .whitespaces).split(separator: ":").first.map(String.init) ?? ""
                if methods.contains(key) { operations.insert("\(key.uppercased()) \(path)") }
            }
        }
        return operations
    }

    /// `METHOD /path/{param}` for each route the app registers under /api, /health and /openapi.yaml.
    static func registeredOperations(_ app: Application) -> Set<String> {
        Set(app.routes.all.compactMap { route -> String? in
            let path = "/" + route.path.map { component -> String in
                switch component {
                case .parameter(let name): return "{\(name)}"
                default: return component.description
                }
            }.joined(separator: "/")
            guard path.hasPrefix("/api/") || path == "/health" || path == "/openapi.yaml" else { return nil }
            return "\(route.method.rawValue) \(path)"
        })
    }

    @Test("every API route is documented and every documented operation is a route")
    func routesMatchDocument() async throws {
        try await withBackstrongApp(.sqlite) { app in
            // given
            let served = try await app.api(.GET, "openapi.yaml")
            #expect(served.status == .ok)
            #expect(served.headers.first(name: .contentType)?.hasPrefix("application/yaml") == true)
            let documented = Self.documentedOperations(String(decoding: served.data, as: UTF8.self))
            // when
            let registered = Self.registeredOperations(app)
            // then
            #expect(documented.count >= 20)
            #expect(registered.subtracting(documented).sorted() == [], "registered but not in openapi.yaml")
            #expect(documented.subtracting(registered).sorted() == [], "in openapi.yaml but not registered")
        }
    }

    @Test("the served document is the one in the repository, OpenAPI 3.1 with bearer auth")
    func servedDocument() async throws {
        try await withBackstrongApp(.sqlite) { app in
            // when
            let served = try await app.api(.GET, "openapi.yaml")
            // then
            let source = try String(
                contentsOf: repositoryRoot.appendingPathComponent("Sources/BackstrongServer/Resources/openapi.yaml"), encoding: .utf8)
            let text = String(decoding: served.data, as: UTF8.self)
            #expect(text == source)
            #expect(text.hasPrefix("openapi: 3.1"))
            #expect(text.contains("bearerAuth:"))
            #expect(text.contains("Idempotency-Key"))
        }
    }
}
