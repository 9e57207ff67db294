// `backstrong next`: exactly what to lift next session, how heavy, and why.
import Foundation
import Testing

@Suite("backstrong next")
struct NextCommandTests {
    @Test("next --json gives exactly one session, on or after today")
    func oneSession() throws {
        // given six weeks of logged training, the last on 2026-11-20
        let journal = CLI.example("six-weeks.json")

        // when
        let result = try CLI.run(["next", "--journal", journal, "--today", "2026-11-23", "--json"])

        // then
        #expect(result.status == 0)
        let plan = try #require(result.json() as? [String: Any])
        #expect(plan["status"] as? String == "ready")
        let sessions = try #require(plan["sessions"] as? [[String: Any]])
        #expect(sessions.count == 1)
        let session = try #require(sessions.first)
        #expect((session["date"] as? String ?? "") >= "2026-11-23")
        let exercises = try #require(session["exercises"] as? [[String: Any]])
        #expect(exercises.count >= 3)
        #expect(exercises.allSatisfy { !($0["reason"] as? String ?? "").isEmpty })
    }

    @Test("next prints the session with a load and a reason per exercise")
    func nextText() throws {
        // given
        let journal = CLI.example("six-weeks.json")

        // when
        let result = try CLI.run(["next", "--journal", journal, "--today", "2026-11-23"])

        // then
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Next session — status: ready"))
        #expect(result.stdout.contains("2026-11-23 — week 1, session"))
        #expect(result.stdout.contains(" kg"))
    }

    @Test("next --exercise deadlift without a barbell gives a substitute and says why")
    func deadliftWithoutBarbell() throws {
        // given a journal whose equipment has dumbbells but no barbell
        let journal = CLI.example("six-weeks.json")

        // when
        let result = try CLI.run([
            "next", "--journal", journal, "--today", "2026-11-23", "--exercise", "deadlift", "--json",
        ])

        // then
        #expect(result.status == 0)
        let plan = try #require(result.json() as? [String: Any])
        let sessions = try #require(plan["sessions"] as? [[String: Any]])
        #expect(sessions.count == 1)
        let exercises = try #require(sessions.first?["exercises"] as? [[String: Any]])
        #expect(exercises.count == 1)
        let substitute = try #require(exercises.first)
        #expect(substitute["exerciseId"] as? String != "deadlift")
        #expect(substitute["pattern"] as? String == "hinge")
        #expect(substitute["replaces"] as? String == "deadlift")
        let reason = try #require(substitute["reason"] as? String)
        #expect(reason.contains("Instead of Deadlift"))
        #expect(reason.contains("barbell"))
    }

    @Test("next gives no session to a journal with a red flag")
    func redFlagGetsNoSession() throws {
        // given
        let journal = CLI.example("red-flag.json")

        // when
        let result = try CLI.run(["next", "--journal", journal, "--today", "2026-11-23", "--json"])

        // then
        #expect(result.status == 0)
        let plan = try #require(result.json() as? [String: Any])
        #expect(plan["status"] as? String == "referred")
        #expect((plan["sessions"] as? [Any])?.isEmpty == true)
    }
}
