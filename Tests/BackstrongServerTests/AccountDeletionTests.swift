// Deleting an account (DELETE /api/v1/users/current) removes every row of that user in every table, and
// nothing of anyone else.
import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("API account deletion")
struct AccountDeletionTests {
    /// Rows per table of the database (every table, not only the ones known today). Failed sign-ins counted
    /// by client address are not a user's rows and are left out.
    static func rowCounts(_ app: Application, store: TestStore) async throws -> [String: Int] {
        let sql = try #require(app.db as? any SQLDatabase)
        let listing: SQLQueryString = store == .sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()"
        var counts: [String: Int] = [:]
        for row in try await sql.raw(listing).all() {
            let table = try row.decode(column: "name", as: String.self)
            guard !table.hasPrefix("_fluent") else { continue }
            if table == LoginAttemptRecord.schema {
                counts[table] = try await LoginAttemptRecord.query(on: app.db).all().filter { !$0.subject.hasPrefix("ip:") }.count
                continue
            }
            let n = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()
            counts[table] = try n?.decode(column: "n", as: Int.self) ?? 0
        }
        return counts
    }

    /// Gives a user a row in every table: journal facts (with a custom exercise), a set logged with an
    /// Idempotency-Key, a failed sign-in, tokens.
    static func fillEveryTable(_ app: Application, email: String) async throws -> String {
        let token = try await apiToken(app, email: email)
        var journal = try #require(try JSONSerialization.jsonObject(with: try ExampleJournal.sixWeeks) as? [String: Any])
        journal["customExercises"] = [["id": "sled-push", "name": "Sled push"]]
        let put = try await app.api(.PUT, "api/v1/journal", token: token, data: try JSONSerialization.data(withJSONObject: journal))
        #expect(put.status == .ok)
        let session = try await app.api(.POST, "api/v1/sessions", token: token, body: #"{"date":"2026-11-22","painBefore":2}"#)
            .decode(SessionResponse.self)
        let set = try await app.api(.POST, "api/v1/sessions/\(session.id)/sets", token: token, body: SetsAPITests.gobletSquat,
                                    headers: [("Idempotency-Key", "k-\(email)")])
        #expect(set.status == .created)
        let wrong = try await app.api(.POST, "api/v1/tokens", body: #"{"email":"\#(email)","password":"wrong horse"}"#)
        #expect(wrong.status == .unauthorized)
        return token
    }

    @Test("deleting the account (204) removes every row of the user and keeps other users' rows", arguments: TestStore.all)
    func deletesEveryRow(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let keeperToken = try await Self.fillEveryTable(app, email: "keeper@example.com")
            let withKeeperOnly = try await Self.rowCounts(app, store: store)
            let token = try await Self.fillEveryTable(app, email: "leaver@example.com")
            let withBoth = try await Self.rowCounts(app, store: store)
            let tables = [
                "users", "tokens", "profiles", "screenings", "assessments", "training_sessions", "logged_sets", "check_ins",
                "custom_exercises", "idempotency_keys", "login_attempts",
            ]
            for table in tables {
                #expect((withBoth[table] ?? 0) > (withKeeperOnly[table] ?? 0), "the leaver has rows in \(table)")
            }
            // when
            let reply = try await app.api(.DELETE, "api/v1/users/current", token: token)
            // then
            #expect(reply.status == .noContent)
            #expect(try await Self.rowCounts(app, store: store) == withKeeperOnly)
            #expect(try await app.api(.GET, "api/v1/journal", token: token).status == .unauthorized)
            let signIn = try await app.api(.POST, "api/v1/tokens", body: #"{"email":"leaver@example.com","password":"correct horse"}"#)
            #expect(signIn.status == .unauthorized)
            #expect(try await app.api(.GET, "api/v1/journal", token: keeperToken).status == .ok)
        }
    }
}
