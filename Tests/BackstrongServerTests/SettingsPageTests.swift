// The settings page: units (everything then shows in pounds), validation next to the field, the journal download,
// and deleting the account with every row of it.
import BackstrongCore
import Fluent
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("settings page")
struct SettingsPageTests {
    static let sixWeeksForm: [(String, String)] = [
        ("weightUnit", "kg"), ("bodyweight", "80"), ("daysPerWeek", "3"),
        ("equipment[]", "dumbbells"), ("equipment[]", "latPulldownMachine"), ("equipment[]", "backExtensionBench"),
        ("equipment[]", "bench"),
    ]

    @Test("switching units to lb re-plans from today and shows loads in lb", arguments: TestStore.all)
    func pounds(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (browser, token) = try await signedInBrowser(app)
            let before = try await browser.get("/settings")
            #expect(before.body.contains(#"id="units-kg" name="units" value="kg" checked"#))
            #expect(before.body.contains(#"id="equipment-dumbbells" name="equipment[]" value="dumbbells" checked"#))
            // when
            let res = try await browser.post("/settings", [("units", "lb")] + Self.sixWeeksForm)
            // then
            #expect(res.status == .seeOther)
            #expect(res.location == "/settings?saved=1")
            let saved = try await browser.get("/settings?saved=1")
            #expect(saved.body.contains("Your plan was updated from today"))
            #expect(saved.body.contains("Body weight (lb)"))
            #expect(saved.body.contains(#"value="176.4""#))
            let progress = try await browser.get("/progress")
            #expect(progress.body.contains("12 reps × 17.6 lb, RPE 6, form good, pain 3/10"))
            #expect(progress.body.contains("Estimated 1RM (lb)"))
            #expect(!progress.body.contains("× 8 kg"))
            // the history is kept and the stored values stay in kilograms
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token)
            let journal = try await app.testing().sendRequest(.GET, "api/v1/journal", headers: headers)
            let j = try Journal.read(from: Data(buffer: journal.body))
            #expect(j.profile.units == .lb)
            #expect(j.sessions.count == 18)
            #expect(abs(j.profile.bodyweightKg - 80) < 0.01)
        }
    }

    @Test("a bad body weight shows the message next to the field and keeps every choice", arguments: TestStore.all)
    func invalid(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (browser, _) = try await signedInBrowser(app)
            _ = try await browser.get("/settings")
            // when
            let res = try await browser.post(
                "/settings",
                [
                    ("units", "lb"), ("weightUnit", "kg"), ("bodyweight", "eighty"), ("daysPerWeek", "4"),
                    ("equipment[]", "kettlebell"),
                    ("sensitivities[]", "flexion"),
                ])
            // then
            #expect(res.status == .unprocessableEntity)
            #expect(
                res.body.contains(
                    #"<p class="field-error" id="bodyweight-error">Body weight must be a number in kg, got &quot;eighty&quot;</p>"#
                ))
            #expect(res.body.contains(#"value="eighty""#))
            #expect(res.body.contains(#"id="units-lb" name="units" value="lb" checked"#))
            #expect(res.body.contains(#"id="days-4" name="daysPerWeek" value="4" checked"#))
            #expect(res.body.contains(#"value="kettlebell" checked"#))
            #expect(!res.body.contains(#"value="dumbbells" checked"#))
            #expect(res.body.contains(#"value="flexion" checked"#))
            // a clearance needs its date
            let cleared = try await browser.post(
                "/settings", [("units", "kg"), ("cleared", "yes"), ("clearedOn", "")] + Self.sixWeeksForm)
            #expect(cleared.status == .unprocessableEntity)
            #expect(
                cleared.body.contains(#"id="clearedOn-error">Enter the date the professional cleared you to train"#))
        }
    }

    @Test("a clinician's STarT Back score is saved from Settings and adds advice; a bad one shows why and keeps what was typed", arguments: TestStore.all)
    func startBackScore(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (browser, token) = try await signedInBrowser(app)
            let page = try await browser.get("/settings")
            #expect(page.body.contains("Your clinician's STarT Back score"))
            #expect(page.body.contains("© Keele University"))
            // when: a distress score above the total
            let bad = try await browser.post("/settings/start-back", [("startBackDate", "2026-10-02"), ("startBackTotal", "3"), ("startBackDistress", "4")])
            // then
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("cannot be more than 3"))
            #expect(bad.body.contains(#"id="startBackTotal" name="startBackTotal" type="number" inputmode="numeric" min="0" max="9" step="1" value="3""#))
            #expect(bad.body.contains(#"aria-describedby="startBackDistress-error""#))
            // when: a valid one
            let good = try await browser.post("/settings/start-back", [("startBackDate", "2026-10-02"), ("startBackTotal", "6"), ("startBackDistress", "4")])
            // then
            #expect(good.status == .seeOther)
            #expect(good.location == "/settings?saved=startBack")
            let saved = try await browser.get("/settings?saved=startBack")
            #expect(saved.body.contains("total 6/9, distress 4/5, high risk"))
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token)
            let journal = try Journal.read(from: Data(buffer: try await app.testing().sendRequest(.GET, "api/v1/journal", headers: headers).body))
            #expect(journal.startBack == [StartBackScore(date: Day(iso: "2026-10-02")!, total: 6, distress: 4)])
            let plan = try await app.testing().sendRequest(.GET, "api/v1/plan?weeks=1", headers: headers)
            #expect(String(buffer: plan.body).contains("riskStratification"))
        }
    }

    @Test("the journal downloads as a JSON attachment in the API's format", arguments: TestStore.all)
    func export(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            let (browser, _) = try await signedInBrowser(app)
            let page = try await browser.get("/settings")
            #expect(page.body.contains("Download my journal (JSON)"))
            // when
            let res = try await browser.get("/settings/export.json")
            // then
            #expect(res.status == .ok)
            #expect(
                res.headers.first(name: .contentDisposition)?.hasPrefix("attachment; filename=\"backstrong-journal-")
                    == true)
            #expect(res.headers.contentType == .json)
            let journal = try Journal.read(from: Data(res.body.utf8))
            #expect(journal.sessions.count == 18)
        }
    }

    @Test("deleting the account needs DELETE typed, then leaves no row of the user", arguments: TestStore.all)
    func deleteAccount(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given: a full journal, a failed sign-in, and a set logged with an idempotency key
            let failed = PageBrowser(app)
            _ = try await failed.get("/signin")
            let (browser, token) = try await signedInBrowser(app)
            _ = try await failed.post("/signin", [("email", "person@example.com"), ("password", "wrong password")])
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token)
            headers.contentType = .json
            let session = try await app.testing().sendRequest(
                .POST, "api/v1/sessions", headers: headers,
                body: ByteBuffer(string: #"{"date":"2026-11-25"}"#))
            let sessionID = try JSONDecoder().decode(SessionResponse.self, from: Data(buffer: session.body)).id
            headers.add(name: "Idempotency-Key", value: "k-1")
            let logged = try await app.testing().sendRequest(
                .POST, "api/v1/sessions/\(sessionID)/sets", headers: headers,
                body: ByteBuffer(
                    string: #"{"exerciseId":"plank","weightKg":null,"seconds":30,"form":"good","pain":2}"#))
            #expect(logged.status == .created)
            let (other, _) = try await signedInBrowser(app, email: "other@example.com")
            let userID = try #require(
                try await UserRecord.query(on: app.db).filter(\.$email == "person@example.com").first()?.id)
            _ = try await browser.get("/settings")

            // when the confirmation is wrong
            let wrong = try await browser.post("/settings/delete-account", [("confirm", "delete")])
            // then nothing is deleted and the typed text is kept next to the message
            #expect(wrong.status == .unprocessableEntity)
            #expect(
                wrong.body.contains(
                    #"id="confirm-error">Type DELETE in capital letters to confirm; nothing was deleted"#))
            #expect(wrong.body.contains(#"value="delete""#))
            #expect(try await UserRecord.find(userID, on: app.db) != nil)

            // when
            let res = try await browser.post("/settings/delete-account", [("confirm", "DELETE")])
            // then
            #expect(res.status == .seeOther)
            #expect(res.location == "/signup?deleted=1")
            #expect(browser.cookies[WebSession.cookieName] == nil)
            let db = app.db
            #expect(try await UserRecord.query(on: db).filter(\.$id == userID).count() == 0)
            #expect(try await TokenRecord.query(on: db).filter(\.$user.$id == userID).count() == 0)
            #expect(try await ProfileRecord.query(on: db).filter(\.$user.$id == userID).count() == 0)
            #expect(try await ScreeningRecord.query(on: db).filter(\.$user.$id == userID).count() == 0)
            #expect(try await AssessmentRecord.query(on: db).filter(\.$user.$id == userID).count() == 0)
            #expect(try await TrainingSessionRecord.query(on: db).filter(\.$user.$id == userID).count() == 0)
            #expect(try await SetRecord.query(on: db).filter(\.$userID == userID).count() == 0)
            #expect(try await CheckInRecord.query(on: db).filter(\.$user.$id == userID).count() == 0)
            #expect(try await CustomExerciseRecord.query(on: db).filter(\.$user.$id == userID).count() == 0)
            #expect(try await IdempotencyRecord.query(on: db).filter(\.$userID == userID).count() == 0)
            #expect(try await LoginAttemptRecord.query(on: db).filter(\.$subject == "person@example.com").count() == 0)
            // signed out: pages send the browser to sign in
            let after = try await browser.get("/progress")
            #expect(after.status == .seeOther)
            #expect(after.location == "/signin")
            // the other person keeps everything
            let theirs = try await other.get("/progress")
            #expect(theirs.body.contains("12 reps × 8 kg"))
        }
    }
}
