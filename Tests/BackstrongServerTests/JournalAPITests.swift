// The journal over the API: PUT replaces the user's facts with a journal validated as the CLI validates it,
// GET exports them again; a bad journal is a 422 naming the field and changes nothing.
import BackstrongCore
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("API journal")
struct JournalAPITests {
    /// The journal without the session ids the server gives sessions that had none.
    static func withoutSessionIDs(_ journal: Journal) -> Journal {
        var j = journal
        for i in j.sessions.indices { j.sessions[i].id = nil }
        return j
    }

    @Test("PUT a journal (200), then GET returns the same journal", arguments: TestStore.all)
    func roundTrip(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            let file = try ExampleJournal.sixWeeks
            // when
            let put = try await app.api(.PUT, "api/v1/journal", token: token, data: file)
            let get = try await app.api(.GET, "api/v1/journal", token: token)
            // then
            #expect(put.status == .ok)
            #expect(get.status == .ok)
            let sent = try Journal.read(from: file)
            let exported = try Journal.read(from: get.data)
            #expect(Self.withoutSessionIDs(exported) == sent)
            // Sessions without an id get the one the API knows them by.
            let sessions = try await app.api(.GET, "api/v1/sessions", token: token).decode([SessionResponse].self)
            #expect(exported.sessions.map(\.id) == sessions.map { $0.id.uuidString.lowercased() })
        }
    }

    @Test("a clinician's STarT Back scores are kept by PUT and GET, and the plan carries their advice", arguments: TestStore.all)
    func startBackRoundTrip(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given: the six-week journal with two scores
            let token = try await apiToken(app)
            var journal = try Journal.read(from: try ExampleJournal.sixWeeks)
            let first = try #require(journal.sessions.first?.day)
            journal.startBack = [
                StartBackScore(date: first, total: 6, distress: 4), StartBackScore(date: first.adding(days: 14), total: 3, distress: 1),
            ]
            // when
            let put = try await app.api(.PUT, "api/v1/journal", token: token, data: try journal.jsonData())
            let get = try await app.api(.GET, "api/v1/journal", token: token)
            let plan = try await app.api(.GET, "api/v1/plan?weeks=1", token: token)
            // then
            #expect(put.status == .ok)
            #expect(try Journal.read(from: get.data).startBack == journal.startBack)
            let advice = plan.object["advice"] as? [[String: Any]] ?? []
            let risk = try #require(advice.first { $0["kind"] as? String == "riskStratification" })
            #expect((risk["message"] as? String ?? "").contains("low risk"))
            #expect((risk["message"] as? String ?? "").contains("© Keele University"))
        }
    }

    @Test("PUT a journal with pain 11 is a 422 naming the field, and the stored journal is unchanged", arguments: TestStore.all)
    func invalidJournalChangesNothing(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            #expect(try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.sixWeeks).status == .ok)
            let before = try await app.api(.GET, "api/v1/journal", token: token)
            var json = try #require(try JSONSerialization.jsonObject(with: try ExampleJournal.data("new-user")) as? [String: Any])
            json["sessions"] = [["date": "2026-11-23", "exercises": [["exerciseId": "goblet-squat", "sets": [
                ["weightKg": 8, "reps": 10, "pain": 3], ["weightKg": 8, "reps": 10, "pain": 3], ["weightKg": 8, "reps": 10, "pain": 11],
            ]]]]]
            // when
            let reply = try await app.api(.PUT, "api/v1/journal", token: token, data: try JSONSerialization.data(withJSONObject: json))
            // then
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.error?.field == "sessions[0].exercises[0].sets[2].pain")
            #expect(reply.error?.message.contains("11") == true)
            let after = try await app.api(.GET, "api/v1/journal", token: token)
            #expect(try Journal.read(from: after.data) == Journal.read(from: before.data))
        }
    }

    @Test("PUT a body that is not JSON is a 400 and GET before any journal is a 409", arguments: TestStore.all)
    func notJSON(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            // when
            let put = try await app.api(.PUT, "api/v1/journal", token: token, body: "{not json")
            let get = try await app.api(.GET, "api/v1/journal", token: token)
            // then
            #expect(put.status == .badRequest)
            #expect(put.error?.error == "invalid_json")
            #expect(get.status == .conflict)
            #expect(get.error?.error == "missing_data")
        }
    }
}
