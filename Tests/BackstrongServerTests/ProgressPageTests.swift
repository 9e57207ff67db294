// The progress page as a person sees it: a chart per measure with titles, the history of logged sets, empty states,
// and correcting or deleting a set (own sets only; another user's set is a 404).
import BackstrongCore
import Fluent
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("progress page")
struct ProgressPageTests {
    @Test("shows the pain, strength, volume and calendar charts and the history newest first", arguments: TestStore.all)
    func charts(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (browser, _) = try await signedInBrowser(app)
            // when
            let page = try await browser.get("/progress?today=2026-11-26")
            // then
            #expect(page.status == .ok)
            #expect(
                page.body.contains(
                    "<title id=\"pain-chart-title\">Pain before and after sessions and the next morning (0–10)</title>")
            )
            #expect(page.body.contains("Estimated one-rep max: Goblet squat"))
            #expect(page.body.contains("Estimated 1RM (kg)"))
            #expect(page.body.contains("<title id=\"volume-chart-title\">Weekly volume"))
            #expect(
                page.body.contains("<title id=\"calendar-chart-title\">Training days over the last 12 weeks</title>"))
            #expect(page.count("<svg") >= 4)
            #expect(page.count("<svg") == page.count("role=\"img\""))
            #expect(page.body.contains("18 training days"))
            // the history: every session, newest first, each set with an edit link
            #expect(page.count("class=\"card history-session\"") == 18)
            let newest = try #require(page.body.range(of: "Friday 20 Nov 2026, 07:30"))
            let oldest = try #require(page.body.range(of: "Monday 12 Oct 2026, 18:30"))
            #expect(newest.lowerBound < oldest.lowerBound)
            #expect(page.body.contains("12 reps × 8 kg, RPE 6, form good, pain 3/10"))
            #expect(page.body.contains("30 s hold"))
            #expect(page.count("class=\"set-edit\" href=\"/sets/") > 100)
        }
    }

    @Test("a new user sees empty states instead of charts", arguments: TestStore.all)
    func emptyStates(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given: no profile at all
            let (browser, _) = try await signedInBrowser(app, example: nil)
            // when
            let none = try await browser.get("/progress")
            // then
            #expect(none.status == .ok)
            #expect(none.body.contains("Nothing to show yet"))
            #expect(!none.body.contains("<svg"))

            // given: a profile but no sessions
            let (other, _) = try await signedInBrowser(app, email: "new@example.com", example: "new-user.json")
            // when
            let empty = try await other.get("/progress")
            // then
            #expect(empty.status == .ok)
            #expect(empty.body.contains("No workouts logged yet"))
            #expect(empty.body.contains("No pain scores logged yet"))
            #expect(empty.body.contains("Your logged sessions will be listed here"))
        }
    }

    @Test("the progress page needs sign-in")
    func needsSignIn() async throws {
        try await withBackstrongApp(.sqlite) { app in
            let page = try await PageBrowser(app).get("/progress")
            #expect(page.status == .seeOther)
            #expect(page.location == "/signin")
        }
    }

    @Test(
        "editing a set with pain 11 shows the message next to the field and keeps what was typed",
        arguments: TestStore.all)
    func editInvalid(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (browser, token) = try await signedInBrowser(app)
            let id = try #require(try await setIDs(app, token: token).first).uuidString.lowercased()
            let form = try await browser.get("/sets/\(id)/edit")
            #expect(form.status == .ok)
            #expect(form.body.contains("Edit set: Goblet squat"))
            #expect(form.body.contains(#"id="weight" name="weight" type="text" inputmode="decimal" value="8""#))
            // when
            let res = try await browser.post(
                "/sets/\(id)/edit",
                [
                    ("weight", "8"), ("reps", "12"), ("seconds", ""), ("rpe", "6"), ("form", "good"), ("pain", "11"),
                    ("notes", "felt it"),
                ])
            // then
            #expect(res.status == .unprocessableEntity)
            let error = try #require(res.body.range(of: #"<p class="field-error" id="pain-error">"#))
            let field = try #require(res.body.range(of: #"id="pain" name="pain""#))
            #expect(field.lowerBound < error.lowerBound)
            #expect(res.body.contains("Pain must be"))
            #expect(res.body.contains("got 11"))
            #expect(res.body.contains(#"value="11""#))
            #expect(res.body.contains(#"value="felt it""#))
            #expect(res.body.contains(#"aria-invalid="true""#))
            // and nothing changed
            let page = try await browser.get("/progress")
            #expect(page.body.contains("12 reps × 8 kg, RPE 6, form good, pain 3/10"))
        }
    }

    @Test("a corrected set is saved and shown in the history", arguments: TestStore.all)
    func editValid(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let (browser, token) = try await signedInBrowser(app)
            let id = try #require(try await setIDs(app, token: token).first).uuidString.lowercased()
            _ = try await browser.get("/sets/\(id)/edit")
            // when
            let res = try await browser.post(
                "/sets/\(id)/edit",
                [
                    ("weight", "9"), ("reps", "10"), ("seconds", ""), ("rpe", "7"), ("form", "fair"), ("pain", "4"),
                    ("notes", ""),
                ])
            // then
            #expect(res.status == .seeOther)
            #expect(res.location == "/progress?done=saved")
            let page = try await browser.get("/progress?done=saved")
            #expect(page.body.contains("The set was saved"))
            #expect(page.body.contains("10 reps × 9 kg, RPE 7, form fair, pain 4/10"))
        }
    }

    @Test("deleting a set removes it; another user's set is not found", arguments: TestStore.all)
    func delete(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given: two people with the same history
            let (alice, aliceToken) = try await signedInBrowser(app, email: "alice@example.com")
            let (bob, bobToken) = try await signedInBrowser(app, email: "bob@example.com")
            let aliceSets = try await setIDs(app, token: aliceToken)
            let bobSets = try await setIDs(app, token: bobToken)
            let target = aliceSets[0].uuidString.lowercased()
            _ = try await bob.get("/progress")
            // when bob tries alice's set
            let edit = try await bob.get("/sets/\(target)/edit")
            let deleted = try await bob.post("/sets/\(target)/delete", [])
            let changed = try await bob.post("/sets/\(target)/edit", [("reps", "1"), ("pain", "0")])
            // then
            #expect(edit.status == .notFound)
            #expect(deleted.status == .notFound)
            #expect(changed.status == .notFound)
            #expect(try await setIDs(app, token: aliceToken).count == aliceSets.count)

            // when alice deletes her own set after reading the confirmation
            let confirm = try await alice.get("/sets/\(target)/edit")
            #expect(confirm.body.contains("This cannot be undone"))
            let res = try await alice.post("/sets/\(target)/delete", [])
            // then
            #expect(res.status == .seeOther)
            #expect(res.location == "/progress?done=deleted")
            let remaining = try await setIDs(app, token: aliceToken)
            #expect(remaining.count == aliceSets.count - 1)
            #expect(!remaining.contains(aliceSets[0]))
            #expect(try await setIDs(app, token: bobToken).count == bobSets.count)
            let page = try await alice.get("/progress?done=deleted")
            #expect(page.body.contains("The set was deleted."))
            #expect(!page.body.contains(target))
        }
    }

    @Test("a form without the CSRF field is refused")
    func csrf() async throws {
        try await withBackstrongApp(.sqlite) { app in
            let (browser, token) = try await signedInBrowser(app)
            let id = try #require(try await setIDs(app, token: token).first).uuidString.lowercased()
            let res = try await browser.post("/sets/\(id)/delete", [], csrf: false)
            #expect(res.status == .forbidden)
            #expect(try await setIDs(app, token: token).count > 0)
        }
    }

    /// A journal of goblet squat sessions on the given days, each one set of `kg` × 8 with `form`.
    static func gobletSquatJournal(_ sessions: [(String, Double, Form)]) throws -> Journal {
        Journal(
            profile: Profile(age: 40, bodyweightKg: 75, equipment: [.dumbbells]),
            sessions: try sessions.map { date, kg, form in
                Session(
                    date: SessionTime(day: try #require(Day(iso: date))),
                    exercises: [
                        ExerciseLog(
                            exerciseId: "goblet-squat", sets: [LoggedSet(weightKg: kg, reps: 8, rpe: 7, form: form, pain: 2)])
                    ])
            })
    }

    @Test("the strength chart uses good-form sets of sessions up to today, like the CLI report")
    func strengthChartGoodFormUpToToday() throws {
        // given: good form on 2 and 5 March, only fair form (heavier) on 4 March, and a session after today
        let journal = try Self.gobletSquatJournal([
            ("2026-03-02", 20, .good), ("2026-03-04", 30, .fair), ("2026-03-05", 22, .good), ("2026-03-09", 40, .good),
        ])

        // when: the page on 6 March
        let content = ProgressPages.content(
            journal: journal, today: try #require(Day(iso: "2026-03-06")), units: .kg, history: ([], 0),
            showAll: false)

        // then: two points, from the good-form sets of 2 and 5 March
        let lift = try #require(content.lifts.first)
        #expect(lift.summary == "Best 27.9 kg, latest 27.9 kg over 2 sessions.")
        #expect(!lift.chart.contains("2026-03-04"))
        #expect(!lift.chart.contains("2026-03-09"))
        // and the session with only fair-form sets still counts as a training day
        #expect(content.adherenceText.hasPrefix("3 of 3 planned sessions"))
    }

    @Test("a week with one working set reads \"1 set\" in the volume chart, not \"1 sets\"")
    func volumeChartSingular() throws {
        // given: one bodyweight set (no load, so the chart counts sets)
        let monday = try #require(Day(iso: "2026-03-02"))
        let journal = Journal(
            profile: Profile(age: 40, bodyweightKg: 75),
            sessions: [
                Session(
                    date: SessionTime(day: monday),
                    exercises: [ExerciseLog(exerciseId: "back-extension", sets: [LoggedSet(reps: 10, form: .good, pain: 1)])])
            ])

        // when
        let content = ProgressPages.content(journal: journal, today: monday, units: .kg, history: ([], 0), showAll: false)

        // then
        let chart = try #require(content.volumeChart)
        #expect(chart.contains("week of 2026-03-02: 1 set"))
        #expect(!chart.contains("1 sets"))
        #expect(chart.contains("0 sets"))
    }

    @Test("trend messages are shown without source numbers")
    func plainMessages() {
        let important = "Resting pain went from 6 to 3: a change of 3 points, a clinically important improvement (2 points or more [23, 24])."
        #expect(ProgressPages.plain(important) == "Resting pain went from 6 to 3: a change of 3 points, a clinically important improvement.")
        #expect(ProgressPages.plain("under 2 points, so no clear change yet [23].") == "under 2 points, so no clear change yet.")
    }
}
