// Today, the workout page and the morning check-in as a person sees them: starting a workout, logging sets (and
// the messages for bad input), deleting a set, finishing, checking in, and other users' workouts staying hidden.
import BackstrongCore
import Fluent
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("workout pages")
struct WorkoutPageTests {
    /// Onboards a user and starts today's workout; returns the workout page.
    func startWorkout(_ b: TestBrowser, email: String) async throws -> TestPage {
        _ = try await onboard(b, email: email)
        let today = try await b.get("/today")
        #expect(today.contains("Start workout"))
        let workout = try await b.postAndFollow("/workout/start", [("painBefore", "2")])
        #expect(workout.path.hasPrefix("/workout/"))
        return workout
    }

    @Test("Today shows the session with prescriptions and reasons, the week ahead and a start button", arguments: TestStore.all)
    func todayPage(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            _ = try await onboard(b, email: "today@example.com")
            // when
            let page = try await b.get("/today")
            // then
            #expect(page.status == .ok)
            let user = try #require(try await UserRecord.query(on: app.db).filter(\.$email == "today@example.com").first())
            let journal = try #require(try await JournalStore.load(userID: try user.requireID(), on: app.db))
            let plan = try ProgrammeGenerator.plan(journal, start: PageDates.today(), weeks: 1)
            let first = try #require(plan.sessions.first)
            #expect(first.date == PageDates.today())
            for p in first.exercises {
                #expect(page.contains(htmlEscaped(p.name)))
                #expect(page.contains(htmlEscaped(p.reason)))
            }
            #expect(page.contains("The week ahead"))
            #expect(page.contains(#"name="painBefore""#))
        }
    }

    @Test("on a rest day Today says why and offers to train anyway; the workout is the next session, brought forward",
          arguments: TestStore.all)
    func trainAnywayOnRestDay(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given a person training 3 days a week who trained yesterday
            let b = TestBrowser(app)
            _ = try await onboard(b, email: "anyway@example.com")
            let user = try #require(try await UserRecord.query(on: app.db).filter(\.$email == "anyway@example.com").first())
            let userID = try user.requireID()
            let today = PageDates.today()
            let yesterday = Session(
                date: SessionTime(day: today.adding(days: -1)),
                exercises: [ExerciseLog(exerciseId: "goblet-squat", sets: [LoggedSet(weightKg: 12, reps: 10, rpe: 6, form: .good, pain: 1)])],
                painBefore: 1, painAfter: 1, nextMorningPain: 1)
            try await JournalStore.insert(customExercises: [], sessions: [yesterday], userID: userID, on: app.db)
            try await JournalStore.bumpVersion(userID: userID, on: app.db)
            // when Today is opened
            let page = try await b.get("/today")
            // then it is a rest day with the next session's date, and a start button that says it is extra
            #expect(page.contains("Rest day"))
            #expect(page.contains("Your next session is on"))
            #expect(page.contains("Training today anyway?"))
            #expect(page.contains("Start a workout anyway"))
            #expect(!page.contains(">Start workout<"))
            // when the person starts anyway without picking a pain score, the message shows and the choice stays open
            let missing = try await b.post("/workout/start", [])
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.contains(#"<details open>"#))
            #expect(missing.contains(#"id="painBefore-error""#))
            // when they pick one
            let workout = try await b.postAndFollow("/workout/start", [("painBefore", "2")])
            // then the workout shows the next planned session's exercises, saying they were brought forward
            #expect(workout.path.hasPrefix("/workout/"))
            #expect(workout.contains("Today is a rest day in your plan, so these are the exercises of your next session"))
            let journal = try #require(try await JournalStore.load(userID: userID, on: app.db))
            let plan = try ProgrammeGenerator.plan(PagePlans.before(journal, day: today), start: today, weeks: 2)
            let next = try #require(plan.sessions.first)
            #expect(next.date > today)
            for p in next.exercises { #expect(workout.contains(htmlEscaped(p.name))) }
        }
    }

    @Test("starting without a pain pick shows the message next to the scale", arguments: TestStore.all)
    func startNeedsPain(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            _ = try await onboard(b, email: "nopain@example.com")
            // when
            let page = try await b.post("/workout/start", [])
            // then
            #expect(page.status == .unprocessableEntity)
            #expect(page.contains(#"id="painBefore-error">Pain right now is needed"#))
        }
    }

    @Test("the workout page shows steps, cues, prescription and a pre-filled set form with a rest timer", arguments: TestStore.all)
    func workoutPage(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // when
            let page = try await startWorkout(TestBrowser(app), email: "steps@example.com")
            // then
            #expect(page.status == .ok)
            #expect(page.contains("<details>") && page.contains("How to do it") && page.contains("Form cues"))
            #expect(page.contains("data-rest-timer=\""))
            #expect(page.contains("Why: "))
            #expect(page.contains("Pain before: 2/10"))
            // the set form starts from the prescription and the pain before
            #expect(page.contains(#"name="pain" type="text" inputmode="decimal" autocomplete="off" value="2""#))
        }
    }

    @Test("a logged set is listed on the workout page and can be deleted", arguments: TestStore.all)
    func logAndDeleteSet(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            let page = try await startWorkout(b, email: "logger@example.com")
            let exercise = try #require(page.first(#"name="exerciseId" value="([^"]+)""#))
            let isHold = page.html.contains(#"id="\#(exercise)-seconds""#)
            // when
            let logged = try await b.postAndFollow("\(page.path)/sets", [
                ("exerciseId", exercise), ("weight", ""), (isHold ? "seconds" : "reps", "9"), ("rpe", "7"), ("form", "good"), ("pain", "1"),
            ])
            // then
            #expect(logged.status == .ok)
            #expect(logged.contains("Set 1</span>: "))
            #expect(logged.contains(isHold ? "9 s" : "9 reps"))
            #expect(logged.contains("RPE 7 · form good · pain 1/10"))
            let setID = try #require(logged.first(#"action="/workout/[^/]+/sets/([0-9A-F-]+)/delete""#))
            let afterDelete = try await b.postAndFollow("\(page.path)/sets/\(setID)/delete", [])
            #expect(!afterDelete.contains("Set 1</span>: "))
        }
    }

    @Test("bad set input shows each message next to its field with the typed values kept", arguments: TestStore.all)
    func badSetInput(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            let page = try await startWorkout(b, email: "typo-set@example.com")
            let exercise = try #require(page.first(#"name="exerciseId" value="([^"]+)""#))
            // when
            let bad = try await b.post("\(page.path)/sets", [
                ("exerciseId", exercise), ("reps", "ten"), ("rpe", "12"), ("form", "good"), ("pain", "11"),
            ])
            // then
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.contains(#"id="\#(exercise)-pain-error">Pain must be from 0 to 10 (0 if none), got 11."#))
            #expect(bad.contains(#"id="\#(exercise)-rpe-error">RPE must be from 1 to 10, got 12."#))
            #expect(bad.contains(#"value="11" aria-invalid="true" aria-describedby="\#(exercise)-pain-error""#))
            #expect(bad.contains(#"value="12""#))
            #expect(bad.contains("This set was not saved"))
            #expect(!bad.contains("Set 1</span>: "))
        }
    }

    @Test("another user's workout is a 404, for reading and for logging", arguments: TestStore.all)
    func otherUsersWorkout(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let owner = TestBrowser(app)
            let page = try await startWorkout(owner, email: "owner@example.com")
            let other = TestBrowser(app)
            _ = try await other.signUp(email: "other@example.com")
            // when
            let read = try await other.get(page.path)
            let write = try await other.post("\(page.path)/sets", [("exerciseId", "plank"), ("seconds", "20"), ("pain", "0")])
            let finish = try await other.post("\(page.path)/finish", [("painAfter", "1")])
            // then
            #expect(read.status == .notFound)
            #expect(write.status == .notFound)
            #expect(finish.status == .notFound)
            #expect(try await other.get("/workout/not-a-uuid").status == .notFound)
        }
    }

    @Test("finishing saves the pain after and returns to Today with a message", arguments: TestStore.all)
    func finishWorkout(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            let page = try await startWorkout(b, email: "finisher@example.com")
            // when
            let missing = try await b.post("\(page.path)/finish", [])
            let today = try await b.postAndFollow("\(page.path)/finish", [("painAfter", "3")])
            // then
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.contains(#"id="painAfter-error""#))
            #expect(today.path == "/today?done=finished")
            #expect(today.contains("Workout saved"))
            #expect(today.contains("done"))
            let workout = try await b.get(page.path)
            #expect(workout.contains("Pain after: 3/10"))
        }
    }

    @Test("the morning check-in is offered after a workout and saves the pain with one tap", arguments: TestStore.all)
    func morningCheckIn(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given a workout yesterday
            let b = TestBrowser(app)
            _ = try await onboard(b, email: "morning@example.com")
            let user = try #require(try await UserRecord.query(on: app.db).filter(\.$email == "morning@example.com").first())
            let userID = try user.requireID()
            let yesterday = PageDates.today().adding(days: -1)
            let id = try await JournalStore.createSession(
                userID: userID, Session(date: SessionTime(day: yesterday), exercises: [], painBefore: 2, painAfter: 3), on: app.db)
            // when
            let today = try await b.get("/today")
            let checkin = try await b.get("/checkin")
            let bad = try await b.post("/checkin", [("pain", "12")])
            let after = try await b.postAndFollow("/checkin", [("newLegSymptoms", "yes"), ("pain", "4")])
            // then
            #expect(today.contains(#"<a href="/checkin">"#))
            #expect(checkin.contains(#"name="pain" value="10""#))
            #expect(checkin.contains(PageDates.label(yesterday)))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.contains("Morning pain must be from 0 to 10"))
            #expect(after.contains("Check-in saved"))
            #expect(!after.contains(#"<a href="/checkin">"#))
            let record = try #require(try await JournalStore.ownedSession(userID: userID, id: id, on: app.db))
            #expect(record.nextMorningPain == 4)
            #expect(record.newLegSymptoms == true)
        }
    }
}

@Suite("workout pages in pounds")
struct WorkoutPagePoundsTests {
    @Test("a person using pounds sees and logs loads in pounds, stored as the kilograms prescribed", arguments: TestStore.all)
    func pounds(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let b = TestBrowser(app)
            _ = try await b.signUp(email: "pounds@example.com")
            _ = try await b.post("/onboarding/screening", screeningAnswers())
            _ = try await b.post("/onboarding/profile", profileFields(bodyweight: "170", units: "lb"))
            _ = try await b.post("/onboarding/tests", passingTests)
            let workout = try await b.postAndFollow("/workout/start", [("painBefore", "1")])
            let user = try #require(try await UserRecord.query(on: app.db).filter(\.$email == "pounds@example.com").first())
            let journal = try #require(try await JournalStore.load(userID: try user.requireID(), on: app.db))
            #expect(abs(journal.profile.bodyweightKg - 170 * Units.kilogramsPerPound) < 0.01)
            let plan = try ProgrammeGenerator.plan(PagePlans.before(journal, day: PageDates.today()), start: PageDates.today(), weeks: 1)
            let loaded = try #require(plan.sessions.first?.exercises.first { $0.loadKg != nil })
            let shown = Display.value(loaded.loadKg, units: .lb)
            // then the prescription and the pre-filled weight are in pounds
            #expect(workout.contains(Display.load(loaded.loadKg, units: .lb, perHand: loaded.loadPerHand)))
            #expect(workout.contains(#"id="\#(loaded.exerciseId)-weight" name="weight" type="text" inputmode="decimal" autocomplete="off" value="\#(shown)""#))
            // when the pre-filled weight is logged
            let logged = try await b.postAndFollow("\(workout.path)/sets", [
                ("exerciseId", loaded.exerciseId), ("weight", shown), ("reps", "\(loaded.repsMax)"), ("rpe", "6"), ("form", "good"), ("pain", "1"),
            ])
            // then it shows in pounds and is stored as the prescribed kilograms
            #expect(logged.contains("Set 1</span>: \(Display.load(loaded.loadKg, units: .lb, perHand: loaded.loadPerHand)) × \(loaded.repsMax) reps"))
            let sets = try await SetRecord.query(on: app.db).all()
            #expect(sets.count == 1 && sets.first?.weightKg == loaded.loadKg)
        }
    }
}
