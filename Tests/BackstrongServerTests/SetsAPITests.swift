// Logging sets over the API: create, an Idempotency-Key that makes retries safe, edit and delete.
import BackstrongCore
import Fluent
import SQLKit
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("API sets")
struct SetsAPITests {
    static let gobletSquat = #"{"exerciseId":"goblet-squat","weightKg":12,"reps":12,"rpe":7,"form":"good","pain":2}"#

    /// A signed-in user with one session; returns the token and the session id.
    static func userWithSession(_ app: Application, email: String = "person@example.com") async throws -> (String, UUID) {
        let token = try await apiToken(app, email: email)
        let session = try await app.api(.POST, "api/v1/sessions", token: token, body: #"{"date":"2026-11-22","painBefore":3}"#)
        #expect(session.status == .created)
        return (token, try session.decode(SessionResponse.self).id)
    }

    static func sets(_ app: Application, token: String, session: UUID) async throws -> [SetResponse] {
        try await app.api(.GET, "api/v1/sessions/\(session)", token: token).decode(SessionResponse.self).sets
    }

    @Test("POST a set is a 201 with its id and the values logged", arguments: TestStore.all)
    func logSet(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (token, session) = try await Self.userWithSession(app)
            // when
            let reply = try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: token, body: Self.gobletSquat)
            // then
            #expect(reply.status == .created)
            let set = try reply.decode(SetResponse.self)
            #expect(set.sessionId == session)
            #expect(set.exerciseId == "goblet-squat")
            #expect(set.weightKg == 12)
            #expect(set.reps == 12)
            #expect(set.rpe == 7)
            #expect(set.form == "good")
            #expect(set.pain == 2)
            #expect(set.kind == "working")
            #expect(try await Self.sets(app, token: token, session: session).map(\.id) == [set.id])
        }
    }

    @Test("the same Idempotency-Key twice gives the same answer and stores one set", arguments: TestStore.all)
    func idempotentRetry(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (token, session) = try await Self.userWithSession(app)
            let key = [("Idempotency-Key", "3f1c2a9e-set-1")]
            // when
            let first = try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: token, body: Self.gobletSquat, headers: key)
            let retry = try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: token, body: Self.gobletSquat, headers: key)
            // then
            #expect(first.status == .created)
            #expect(retry.status == .created)
            #expect(try retry.decode(SetResponse.self).id == first.decode(SetResponse.self).id)
            #expect(retry.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(try await Self.sets(app, token: token, session: session).count == 1)
        }
    }

    @Test("the same Idempotency-Key with another body is a 422 and stores nothing more", arguments: TestStore.all)
    func keyReused(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (token, session) = try await Self.userWithSession(app)
            let key = [("Idempotency-Key", "3f1c2a9e-set-1")]
            _ = try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: token, body: Self.gobletSquat, headers: key)
            let heavier = Self.gobletSquat.replacingOccurrences(of: #""weightKg":12"#, with: #""weightKg":14"#)
            // when
            let reply = try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: token, body: heavier, headers: key)
            // then
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.error?.error == "idempotency_key_reused")
            #expect(reply.error?.field == "Idempotency-Key")
            #expect(try await Self.sets(app, token: token, session: session).map(\.weightKg) == [12])
        }
    }

    @Test("without an Idempotency-Key two identical posts log two sets", arguments: TestStore.all)
    func withoutKey(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (token, session) = try await Self.userWithSession(app)
            // when
            for _ in 1...2 { _ = try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: token, body: Self.gobletSquat) }
            // then
            #expect(try await Self.sets(app, token: token, session: session).count == 2)
        }
    }

    @Test("a set with pain 11, no reps or an unknown exercise is a 422 naming the field", arguments: TestStore.all)
    func invalid(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (token, session) = try await Self.userWithSession(app)
            let cases = [
                (#"{"exerciseId":"goblet-squat","weightKg":12,"reps":12,"pain":11}"#, "pain"),
                (#"{"exerciseId":"goblet-squat","weightKg":12,"pain":2}"#, "reps"),
                (#"{"exerciseId":"goblet-squatt","weightKg":12,"reps":12}"#, "exerciseId"),
                (#"{"weightKg":12,"reps":12}"#, "exerciseId"),
            ]
            for (body, field) in cases {
                // when
                let reply = try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: token, body: body)
                // then
                #expect(reply.status == .unprocessableEntity, "\(body)")
                #expect(reply.error?.field?.hasSuffix(field) == true, "\(body): \(String(describing: reply.error))")
            }
            #expect(try await Self.sets(app, token: token, session: session).isEmpty)
        }
    }

    @Test("PATCH a set changes its values (200); DELETE removes it (204)", arguments: TestStore.all)
    func editAndDelete(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (token, session) = try await Self.userWithSession(app)
            let set = try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: token, body: Self.gobletSquat)
                .decode(SetResponse.self)
            // when
            let patched = try await app.api(.PATCH, "api/v1/sets/\(set.id)", token: token, body: #"{"reps":10,"pain":3}"#)
            let invalid = try await app.api(.PATCH, "api/v1/sets/\(set.id)", token: token, body: #"{"pain":11}"#)
            // then
            #expect(patched.status == .ok)
            let edited = try patched.decode(SetResponse.self)
            #expect(edited.id == set.id)
            #expect(edited.reps == 10)
            #expect(edited.pain == 3)
            #expect(edited.weightKg == 12)
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.error?.field?.hasSuffix("pain") == true)
            #expect(try await Self.sets(app, token: token, session: session).map(\.pain) == [3])

            // when
            let deleted = try await app.api(.DELETE, "api/v1/sets/\(set.id)", token: token)
            // then
            #expect(deleted.status == .noContent)
            #expect(try await app.api(.DELETE, "api/v1/sets/\(set.id)", token: token).status == .notFound)
            #expect(try await Self.sets(app, token: token, session: session).isEmpty)
        }
    }

    @Test("logged sets reach the journal, so next is computed from them", arguments: TestStore.all)
    func setsReachJournal(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            _ = try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.sixWeeks)
            let session = try await app.api(.POST, "api/v1/sessions", token: token, body: #"{"date":"2026-11-22T18:00","painBefore":2}"#)
                .decode(SessionResponse.self)
            // when
            _ = try await app.api(.POST, "api/v1/sessions/\(session.id)/sets", token: token, body: Self.gobletSquat)
            // then
            let journal = try await app.api(.GET, "api/v1/journal", token: token)
            let last = try #require(try Journal.read(from: journal.data).sessions.last)
            #expect(last.date.text == "2026-11-22T18:00")
            #expect(last.exercises.map(\.exerciseId) == ["goblet-squat"])
            #expect(last.exercises.first?.sets.first?.weightKg == 12)
        }
    }

    @Test("a set joins its exercise's block in the session; a new exercise starts a block at the end", arguments: TestStore.all)
    func setsJoinTheirExerciseBlock(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (token, session) = try await Self.userWithSession(app)
            let plank = #"{"exerciseId":"plank","seconds":30,"form":"good","pain":1}"#
            // when: squat, plank, squat, plank, squat
            for body in [Self.gobletSquat, plank, Self.gobletSquat, plank, Self.gobletSquat] {
                #expect(try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: token, body: body).status == .created)
            }
            // then
            let sets = try await Self.sets(app, token: token, session: session)
            #expect(sets.map(\.exerciseId) == ["goblet-squat", "goblet-squat", "goblet-squat", "plank", "plank"])
        }
    }

    @Test("a session from an imported journal takes sets by the id it had there", arguments: TestStore.all)
    func setsByJournalSessionID(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            var object = try #require(try JSONSerialization.jsonObject(with: try ExampleJournal.sixWeeks) as? [String: Any])
            var sessions = try #require(object["sessions"] as? [[String: Any]])
            sessions[0]["id"] = "strong-2026-10-05-morning"
            object["sessions"] = sessions
            #expect(try await app.api(.PUT, "api/v1/journal", token: token, data: try JSONSerialization.data(withJSONObject: object)).status == .ok)
            let journal = try Journal.read(from: try await app.api(.GET, "api/v1/journal", token: token).data)
            let first = try #require(journal.sessions.first)
            #expect(first.id == "strong-2026-10-05-morning")
            // when
            let reply = try await app.api(.POST, "api/v1/sessions/strong-2026-10-05-morning/sets", token: token, body: Self.gobletSquat)
            // then
            #expect(reply.status == .created)
            let after = try Journal.read(from: try await app.api(.GET, "api/v1/journal", token: token).data)
            #expect(after.sessions.first?.exercises.flatMap(\.sets).count == first.exercises.flatMap(\.sets).count + 1)
        }
    }

    @Test("logged sets keep the server's in-memory journal equal to what is stored, without rereading it", arguments: TestStore.all)
    func cachedJournalFollowsLoggedSets(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given: a user with history whose journal the server has read once
            let token = try await apiToken(app)
            _ = try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.sixWeeks)
            let session = try await app.api(.POST, "api/v1/sessions", token: token, body: #"{"date":"2026-11-22T18:00","painBefore":2}"#)
                .decode(SessionResponse.self)
            #expect(try await app.api(.GET, "api/v1/next?today=2026-11-22", token: token).status == .ok)
            let plank = #"{"exerciseId":"plank","seconds":30,"form":"good","pain":1}"#
            // when: three sets one after the other, then twelve at once
            for body in [Self.gobletSquat, plank, Self.gobletSquat] {
                #expect(try await app.api(.POST, "api/v1/sessions/\(session.id)/sets", token: token, body: body).status == .created)
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<12 {
                    group.addTask {
                        let body = i % 3 == 0 ? plank : Self.gobletSquat
                        let status = try await app.api(.POST, "api/v1/sessions/\(session.id)/sets", token: token, body: body).status
                        #expect(status == .created)
                    }
                }
                try await group.waitForAll()
            }
            // then: the cache holds the newest version (on SQLite, where sets written together move it on in
            // order), and it is exactly what a fresh read of the database gives
            let user = try #require(try await UserRecord.query(on: app.db).filter(\.$email == "person@example.com").first())
            let userID = try user.requireID()
            let stored = try await JournalStore.load(userID: userID, on: app.db)
            let cached = app.journalCache.journal(for: userID, version: user.journalVersion)
            if store == .sqlite { #expect(cached != nil) }
            if let cached { #expect(cached == stored) }
            #expect(stored?.sessions.last?.exercises.map(\.sets.count) == [10, 5])
        }
    }

    @Test("sets logged at the same time by two people are all stored, each in its own session, none twice", arguments: TestStore.all)
    func concurrentSets(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (ana, anaSession) = try await Self.userWithSession(app, email: "ana@example.com")
            let (ben, benSession) = try await Self.userWithSession(app, email: "ben@example.com")
            // when: 20 sets each at once, and the same retried set 5 times at once
            let statuses = try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                for i in 0..<20 {
                    group.addTask {
                        try await app.api(.POST, "api/v1/sessions/\(anaSession)/sets", token: ana, body: Self.gobletSquat,
                                          headers: [("Idempotency-Key", "ana-\(i)")]).status
                    }
                    group.addTask { try await app.api(.POST, "api/v1/sessions/\(benSession)/sets", token: ben, body: Self.gobletSquat).status }
                }
                for _ in 0..<5 {
                    group.addTask {
                        try await app.api(.POST, "api/v1/sessions/\(anaSession)/sets", token: ana, body: Self.gobletSquat,
                                          headers: [("Idempotency-Key", "ana-retried")]).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // then
            #expect(statuses.allSatisfy { $0 == .created })
            #expect(try await Self.sets(app, token: ana, session: anaSession).count == 21)
            #expect(try await Self.sets(app, token: ben, session: benSession).count == 20)
            // and each set has its own place in the session's one block
            let sql = try #require(app.db as? any SQLDatabase)
            for session in [anaSession, benSession] {
                let places = try await sql.raw("SELECT log_index, position FROM logged_sets WHERE session_id = \(bind: session)").all()
                    .map { "\(try $0.decode(column: "log_index", as: Int.self)):\(try $0.decode(column: "position", as: Int.self))" }
                #expect(Set(places).count == places.count)
                #expect(Set(places.map { $0.split(separator: ":")[0] }) == ["0"])
            }
        }
    }

    @Test("logging a set without a valid token is a 401 and stores nothing", arguments: TestStore.all)
    func setNeedsToken(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (token, session) = try await Self.userWithSession(app)
            // when
            let none = try await app.api(.POST, "api/v1/sessions/\(session)/sets", body: Self.gobletSquat)
            let wrong = try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: "not-a-token", body: Self.gobletSquat)
            _ = try await app.api(.DELETE, "api/v1/tokens/current", token: token)
            let signedOut = try await app.api(.POST, "api/v1/sessions/\(session)/sets", token: token, body: Self.gobletSquat)
            // then
            #expect([none.status, wrong.status, signedOut.status] == [.unauthorized, .unauthorized, .unauthorized])
            #expect(none.error?.error == "unauthorized")
            let signIn = try await app.api(.POST, "api/v1/tokens", body: #"{"email":"person@example.com","password":"correct horse"}"#)
            let fresh = try #require(signIn.object["token"] as? String)
            #expect(try await Self.sets(app, token: fresh, session: session).isEmpty)
        }
    }
}
