// Users only ever see and change their own data: another user's session or set is a 404, as if it did not exist.
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("API user isolation")
struct IsolationAPITests {
    @Test("another user's session and set are 404 for every route, and stay unchanged", arguments: TestStore.all)
    func otherUsersRecords(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (owner, session) = try await SetsAPITests.userWithSession(app, email: "owner@example.com")
            let set = try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: owner, body: SetsAPITests.gobletSquat)
                .decode(SetResponse.self)
            let other = try await apiToken(app, email: "other@example.com")
            let attempts: [(HTTPMethod, String, String?)] = [
                (.GET, "api/v1/sessions/\(session)", nil),
                (.PATCH, "api/v1/sessions/\(session)", #"{"painAfter":9}"#),
                (.DELETE, "api/v1/sessions/\(session)", nil),
                (.POST, "api/v1/sessions/\(session)/sets", SetsAPITests.gobletSquat),
                (.PATCH, "api/v1/sets/\(set.id)", #"{"pain":9}"#),
                (.DELETE, "api/v1/sets/\(set.id)", nil),
            ]
            for (method, path, body) in attempts {
                // when
                let reply = try await app.api(method, path, token: other, body: body)
                // then
                #expect(reply.status == .notFound, "\(method) \(path)")
                #expect(reply.error?.error == "not_found", "\(method) \(path)")
            }
            #expect(try await app.api(.GET, "api/v1/sessions", token: other).decode([SessionResponse].self).isEmpty)
            let mine = try await app.api(.GET, "api/v1/sessions/\(session)", token: owner).decode(SessionResponse.self)
            #expect(mine.painAfter == nil)
            #expect(mine.sets.map(\.id) == [set.id])
            #expect(mine.sets.first?.pain == 2)
        }
    }

    @Test("an Idempotency-Key of another user does not replay their set", arguments: TestStore.all)
    func idempotencyKeysPerUser(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let key = [("Idempotency-Key", "same-key")]
            let (owner, ownerSession) = try await SetsAPITests.userWithSession(app, email: "owner@example.com")
            let (other, otherSession) = try await SetsAPITests.userWithSession(app, email: "other@example.com")
            let first = try await app.api(.POST, "api/v1/sessions/\(ownerSession)/sets", token: owner, body: SetsAPITests.gobletSquat,
                                          headers: key)
            // when
            let second = try await app.api(.POST, "api/v1/sessions/\(otherSession)/sets", token: other, body: SetsAPITests.gobletSquat,
                                           headers: key)
            // then
            #expect(second.status == .created)
            #expect(try second.decode(SetResponse.self).id != first.decode(SetResponse.self).id)
            #expect(try second.decode(SetResponse.self).sessionId == otherSession)
        }
    }
}
