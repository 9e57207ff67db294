// The health check: it answers ok only when the database answers.
import Testing
import VaporTesting

@Suite("health")
struct HealthTests {
    @Test("GET /health answers ok with the database", arguments: TestStore.all)
    func health(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // when
            try await app.testing().test(.GET, "health") { res async throws in
                // then
                #expect(res.status == .ok)
                #expect(try res.content.get(String.self, at: "status") == "ok")
            }
        }
    }
}
