// The onboarding wizard as a person sees it: screening outcomes, the profile form's messages, the clearance step,
// and the stage with the first weeks of the programme.
import BackstrongCore
import Fluent
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("onboarding pages")
struct OnboardingPageTests {
    @Test("sign-up lands on the screening questions, none pre-selected", arguments: TestStore.all)
    func signUpLandsOnScreening(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // when
            let page = try await TestBrowser(app).signUp(email: "new@example.com")
            // then
            #expect(page.status == .ok)
            #expect(page.path == "/onboarding/screening")
            for q in ScreeningQuestion.allCases { #expect(page.contains(htmlEscaped(q.prompt))) }
            #expect(!page.contains("checked"))
            #expect(page.contains("<legend>"))
        }
    }

    @Test("an unanswered question is marked next to it and the other answers are kept", arguments: TestStore.all)
    func unansweredQuestion(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            _ = try await b.signUp(email: "skip@example.com")
            // when
            let answers = screeningAnswers().filter { $0.0 != ScreeningQuestion.historyOfCancer.rawValue }
            let page = try await b.post("/onboarding/screening", answers)
            // then
            #expect(page.status == .unprocessableEntity)
            #expect(page.contains(#"id="historyOfCancer-error""#))
            #expect(!page.contains(#"id="saddleNumbness-error""#))
            #expect(page.contains(#"id="saddleNumbness-no" name="saddleNumbness" value="no" checked"#))
            #expect(page.contains("1 question is not answered yet"))
        }
    }

    @Test("an emergency answer shows whom to contact at once, and no programme anywhere", arguments: TestStore.all)
    func emergencyAnswer(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            _ = try await b.signUp(email: "urgent@example.com")
            // when
            let outcome = try await b.postAndFollow("/onboarding/screening", screeningAnswers(yes: [.saddleNumbness]))
            // then
            #expect(outcome.path == "/onboarding/outcome")
            #expect(outcome.contains(#"class="alert" role="alert""#))
            #expect(outcome.contains("emergency department"))
            #expect(outcome.contains("saddle area"))
            #expect(!outcome.contains("Your stage"))
            // and once a profile exists, Today still gives no programme
            let after = try await b.postAndFollow("/onboarding/profile", profileFields())
            #expect(after.path == "/onboarding/outcome")
            let today = try await b.get("/today")
            #expect(today.status == .ok)
            #expect(today.contains("emergency department"))
            #expect(!today.contains("Start workout"))
            #expect(!today.contains("The week ahead"))
            let result = try await b.follow(try await b.get("/onboarding/result"))
            #expect(!result.contains("Your stage"))
        }
    }

    @Test("answers are screened again with the profile: night pain at 60 becomes urgent", arguments: TestStore.all)
    func ageMakesAnswerUrgent(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given night pain, which alone needs only a consultation
            let b = TestBrowser(app)
            _ = try await b.signUp(email: "sixty@example.com")
            let next = try await b.post("/onboarding/screening", screeningAnswers(yes: [.constantNightPain]))
            #expect(next.location == "/onboarding/profile")
            // when the profile says 60 years old
            let outcome = try await b.postAndFollow("/onboarding/profile", profileFields(age: "60"))
            // then
            #expect(outcome.path == "/onboarding/outcome")
            #expect(outcome.contains(#"role="alert""#))
            #expect(outcome.contains("See a doctor within 2 weeks"))
            #expect(!outcome.contains("A professional has cleared me"))
        }
    }

    @Test("the profile form shows each message next to its field and keeps what was typed", arguments: TestStore.all)
    func profileErrors(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            _ = try await b.signUp(email: "typo@example.com")
            _ = try await b.post("/onboarding/screening", screeningAnswers())
            // when
            let page = try await b.post("/onboarding/profile", profileFields(age: "forty", bodyweight: "900", units: "lb", days: "7"))
            // then
            #expect(page.status == .unprocessableEntity)
            #expect(page.contains(#"id="age-error">Age must be a whole number from 10 to 110, got &quot;forty&quot;."#))
            #expect(page.contains(#"value="forty" required aria-invalid="true" aria-describedby="age-error""#))
            #expect(page.contains(#"id="bodyweight-error">Body weight must be from 56 to 771 lb, got 900."#))
            #expect(page.contains(#"value="900""#))
            #expect(page.contains(#"id="days-error""#))
            #expect(page.contains(#"id="units-lb" name="units" value="lb" checked"#))
            #expect(page.contains(#"id="equipment-dumbbells" name="equipment" value="dumbbells" checked"#))
        }
    }

    @Test("a consult answer asks for clearance, refuses a future date, then continues", arguments: TestStore.all)
    func consultAndClearance(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            _ = try await b.signUp(email: "sciatica@example.com")
            _ = try await b.post("/onboarding/screening", screeningAnswers(yes: [.legPainBelowKnee]))
            // when
            let outcome = try await b.postAndFollow("/onboarding/profile", profileFields())
            // then
            #expect(outcome.path == "/onboarding/outcome")
            #expect(outcome.contains("See a professional before you start"))
            #expect(outcome.contains("A professional has cleared me"))
            let tomorrow = PageDates.today().adding(days: 1).iso
            let refused = try await b.post("/onboarding/clearance", [("cleared", "yes"), ("clearedOn", tomorrow)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.contains("The date cannot be in the future"))
            #expect(refused.contains(#"value="\#(tomorrow)""#))
            let tests = try await b.postAndFollow("/onboarding/clearance", [("cleared", "yes"), ("clearedOn", PageDates.today().iso)])
            #expect(tests.path == "/onboarding/tests")
            #expect(tests.contains("Biering-Sørensen"))
        }
    }

    @Test("completed onboarding shows the stage, its reasons and the first two weeks with each exercise", arguments: TestStore.all)
    func completedOnboarding(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            // when
            let result = try await onboard(b, email: "ready@example.com")
            // then
            #expect(result.status == .ok)
            #expect(result.path == "/onboarding/result")
            let user = try #require(try await UserRecord.query(on: app.db).filter(\.$email == "ready@example.com").first())
            let journal = try #require(try await JournalStore.load(userID: try user.requireID(), on: app.db))
            let plan = try ProgrammeGenerator.plan(journal, start: PageDates.today(), weeks: 2)
            #expect(result.contains("Your stage: \(plan.stage.rawValue.capitalized)"))
            for reason in plan.readiness.reasons { #expect(result.contains(htmlEscaped(reason))) }
            #expect(result.contains("Week 1") && result.contains("Week 2"))
            for p in plan.sessions.flatMap(\.exercises) {
                #expect(result.contains(htmlEscaped(p.name)))
                #expect(result.contains(htmlEscaped(p.reason)))
            }
        }
    }

    @Test("skipped readiness tests are named on the result", arguments: TestStore.all)
    func missingTestsNamed(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // when
            let result = try await onboard(TestBrowser(app), email: "skipper@example.com",
                                           tests: [("squats", "20"), ("painDuringTests", "2")])
            // then
            #expect(result.contains("Your stage: Foundation"))
            #expect(result.contains("Not tested yet:"))
            #expect(result.contains("back-extension hold"))
            #expect(result.contains("left side plank"))
        }
    }

    @Test("a readiness result out of range is shown next to the field and kept", arguments: TestStore.all)
    func badTestValue(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            _ = try await b.signUp(email: "plank@example.com")
            _ = try await b.post("/onboarding/screening", screeningAnswers())
            _ = try await b.post("/onboarding/profile", profileFields())
            // when
            let page = try await b.post("/onboarding/tests", [("plankSeconds", "abc"), ("painDuringTests", "12"), ("squats", "15")])
            // then
            #expect(page.status == .unprocessableEntity)
            #expect(page.contains(#"id="plankSeconds-error">Plank must be a number"#))
            #expect(page.contains(#"id="painDuringTests-error">Pain during the tests must be from 0 to 10, got 12."#))
            #expect(page.contains(#"value="abc""#) && page.contains(#"value="15""#))
        }
    }

    @Test("a new user is sent into onboarding from Today", arguments: TestStore.all)
    func todayRedirectsNewUsers(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            _ = try await b.signUp(email: "fresh@example.com")
            // when
            let first = try await b.get("/today")
            _ = try await b.post("/onboarding/screening", screeningAnswers())
            let second = try await b.get("/today")
            // then
            #expect(first.location == "/onboarding/screening")
            #expect(second.location == "/onboarding/profile")
        }
    }
}
