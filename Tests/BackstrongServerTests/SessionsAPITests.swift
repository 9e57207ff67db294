// Logging a workout step by step over the API: create a session, record pain after and the next-morning
// check-in, delete it.
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("API sessions")
struct SessionsAPITests {
    @Test("POST a session (201 with its id), PATCH pain after and next-morning pain, DELETE it (204)", arguments: TestStore.all)
    func lifecycle(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            // when
            let created = try await app.api(.POST, "api/v1/sessions", token: token, body: #"{"date":"2026-11-22","painBefore":3}"#)
            // then
            #expect(created.status == .created)
            let session = try created.decode(SessionResponse.self)
            #expect(session.date == "2026-11-22")
            #expect(session.painBefore == 3)
            #expect(session.sets.isEmpty)

            // when
            let after = try await app.api(.PATCH, "api/v1/sessions/\(session.id)", token: token, body: #"{"painAfter":4}"#)
            let morning = try await app.api(.PATCH, "api/v1/sessions/\(session.id)", token: token, body: #"{"nextMorningPain":2}"#)
            // then
            #expect(after.status == .ok)
            #expect(try after.decode(SessionResponse.self).painAfter == 4)
            #expect(morning.status == .ok)
            let shown = try await app.api(.GET, "api/v1/sessions/\(session.id)", token: token).decode(SessionResponse.self)
            #expect(shown.painBefore == 3)
            #expect(shown.painAfter == 4)
            #expect(shown.nextMorningPain == 2)

            // when
            let deleted = try await app.api(.DELETE, "api/v1/sessions/\(session.id)", token: token)
            // then
            #expect(deleted.status == .noContent)
            #expect(try await app.api(.GET, "api/v1/sessions/\(session.id)", token: token).status == .notFound)
            #expect(try await app.api(.GET, "api/v1/sessions", token: token).decode([SessionResponse].self).isEmpty)
        }
    }

    @Test("a session with pain 11, no date or an unknown field is a 422 naming the field", arguments: TestStore.all)
    func invalid(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            let cases = [
                (#"{"date":"2026-11-22","painBefore":11}"#, "painBefore"), (#"{"painBefore":2}"#, "date"),
                (#"{"date":"2026-13-01"}"#, "date"), (#"{"date":"2026-11-22","painBefor":2}"#, "painBefor"),
            ]
            for (body, field) in cases {
                // when
                let reply = try await app.api(.POST, "api/v1/sessions", token: token, body: body)
                // then
                #expect(reply.status == .unprocessableEntity, "\(body)")
                #expect(reply.error?.field?.hasSuffix(field) == true, "\(body): \(String(describing: reply.error))")
            }
            #expect(try await app.api(.GET, "api/v1/sessions", token: token).decode([SessionResponse].self).isEmpty)
        }
    }

    @Test("PATCH with pain 11 is a 422 and leaves the session as it was", arguments: TestStore.all)
    func invalidPatch(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            let session = try await app.api(.POST, "api/v1/sessions", token: token, body: #"{"date":"2026-11-22","painBefore":3}"#)
                .decode(SessionResponse.self)
            // when
            let reply = try await app.api(.PATCH, "api/v1/sessions/\(session.id)", token: token, body: #"{"painAfter":11}"#)
            // then
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.error?.field?.hasSuffix("painAfter") == true)
            let shown = try await app.api(.GET, "api/v1/sessions/\(session.id)", token: token).decode(SessionResponse.self)
            #expect(shown.painAfter == nil)
        }
    }
}
