// Plan, next session, screening and progress over the API: the same JSON the core (and so the CLI's --json)
// gives for the same journal and day.
import BackstrongCore
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("API plan, next, screening, progress")
struct DerivedAPITests {
    /// Two days after the example's last session, as `backstrong plan --example` starts.
    static let today = "2026-11-22"

    static func coreJSON(_ value: some Encodable) throws -> JSONValue {
        try JSONValue.parse(JSONEncoder().encode(value))
    }

    /// A signed-in user whose journal is the six-week example.
    static func userWithJournal(_ app: Application) async throws -> String {
        let token = try await apiToken(app)
        #expect(try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.sixWeeks).status == .ok)
        return token
    }

    @Test("GET plan?weeks=2 is the core's plan, with the CLI's keys", arguments: TestStore.all)
    func plan(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await Self.userWithJournal(app)
            let journal = try Journal.read(from: try ExampleJournal.sixWeeks)
            let expected = try ProgrammeGenerator.plan(journal, start: try #require(Day(iso: Self.today)), weeks: 2)
            // when
            let reply = try await app.api(.GET, "api/v1/plan?weeks=2&today=\(Self.today)", token: token)
            // then
            #expect(reply.status == .ok)
            #expect(try JSONValue.parse(reply.data) == Self.coreJSON(expected))
            let plan = reply.object
            for key in ["status", "stage", "sessions", "advice"] { #expect(plan[key] != nil, "\(key)") }
            #expect(plan["status"] as? String == "ready")
            let sessions = try #require(plan["sessions"] as? [[String: Any]])
            #expect(!sessions.isEmpty)
            let first = try #require((sessions.first?["exercises"] as? [[String: Any]])?.first)
            for key in ["exerciseId", "pattern", "sets", "repsMin", "repsMax", "loadKg", "decision", "reason"] {
                #expect(first[key] != nil, "\(key)")
            }
        }
    }

    @Test("GET next is the core's next session, with the CLI's keys", arguments: TestStore.all)
    func next(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await Self.userWithJournal(app)
            let journal = try Journal.read(from: try ExampleJournal.sixWeeks)
            let expected = try ProgrammeGenerator.next(journal, today: try #require(Day(iso: Self.today)))
            // when
            let reply = try await app.api(.GET, "api/v1/next?today=\(Self.today)", token: token)
            // then
            #expect(reply.status == .ok)
            #expect(try JSONValue.parse(reply.data) == Self.coreJSON(expected))
            let next = reply.object
            for key in ["status", "stage", "sessions", "advice"] { #expect(next[key] != nil, "\(key)") }
            #expect((next["sessions"] as? [Any])?.count == 1)
        }
    }

    @Test("GET next for one exercise, and for an unknown one a 422 naming exercise", arguments: TestStore.all)
    func nextExercise(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await Self.userWithJournal(app)
            // when
            let known = try await app.api(.GET, "api/v1/next?today=\(Self.today)&exercise=goblet-squat", token: token)
            let unknown = try await app.api(.GET, "api/v1/next?today=\(Self.today)&exercise=goblet-squatt", token: token)
            // then
            #expect(known.status == .ok)
            let plan = try known.decode(Plan.self)
            #expect(plan.sessions.first?.exercises.map(\.exerciseId) == ["goblet-squat"])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.error?.field == "exercise")
        }
    }

    @Test("bad weeks or today are a 422 naming the parameter", arguments: TestStore.all)
    func badQuery(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await Self.userWithJournal(app)
            // when / then
            for (query, field) in [("weeks=0", "weeks"), ("weeks=53", "weeks"), ("weeks=two", "weeks"), ("today=2026-02-30", "today")] {
                let reply = try await app.api(.GET, "api/v1/plan?\(query)", token: token)
                #expect(reply.status == .unprocessableEntity, "\(query)")
                #expect(reply.error?.field == field, "\(query)")
            }
        }
    }

    @Test("GET screening is the core's screening result", arguments: TestStore.all)
    func screening(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await Self.userWithJournal(app)
            let expected = try ScreeningRules.screen(try Journal.read(from: try ExampleJournal.sixWeeks))
            // when
            let reply = try await app.api(.GET, "api/v1/screening", token: token)
            // then
            #expect(reply.status == .ok)
            #expect(try JSONValue.parse(reply.data) == Self.coreJSON(expected))
            #expect(reply.object["outcome"] as? String == "clear")
        }
    }

    @Test("GET screening for a red-flag journal says whom to see, and the plan has no sessions", arguments: TestStore.all)
    func redFlag(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            #expect(try await app.api(.PUT, "api/v1/journal", token: token, data: try ExampleJournal.data("red-flag")).status == .ok)
            // when
            let screening = try await app.api(.GET, "api/v1/screening", token: token)
            let plan = try await app.api(.GET, "api/v1/plan?today=\(Self.today)", token: token)
            // then
            let outcome = try screening.decode(ScreeningResult.self).outcome
            #expect(outcome == .emergency || outcome == .urgent)
            let decoded = try plan.decode(Plan.self)
            #expect(decoded.status == .referred)
            #expect(decoded.sessions.isEmpty)
        }
    }

    @Test("GET progress is the core's progress report", arguments: TestStore.all)
    func progress(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await Self.userWithJournal(app)
            let journal = try Journal.read(from: try ExampleJournal.sixWeeks)
            let expected = ProgressReport.make(journal, today: try #require(Day(iso: Self.today)))
            // when
            let reply = try await app.api(.GET, "api/v1/progress?today=\(Self.today)", token: token)
            // then
            #expect(reply.status == .ok)
            #expect(try JSONValue.parse(reply.data) == Self.coreJSON(expected))
        }
    }

    @Test("plan, next and screening before any journal are a 409", arguments: TestStore.all)
    func beforeJournal(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            // when / then
            for path in ["api/v1/plan", "api/v1/next", "api/v1/screening", "api/v1/progress"] {
                let reply = try await app.api(.GET, path, token: token)
                #expect(reply.status == .conflict, "\(path)")
                #expect(reply.error?.error == "missing_data", "\(path)")
            }
        }
    }
}
