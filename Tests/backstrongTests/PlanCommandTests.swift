// `backstrong plan`: the weeks ahead as a person reads them, and as JSON for other programs.
import Foundation
import Testing

@Suite("backstrong plan")
struct PlanCommandTests {
    @Test("plan --example prints dated sessions with loads, decisions and reasons")
    func examplePlanText() throws {
        // given the bundled example journal (six weeks of logged training, last session 2026-11-20)
        let arguments = ["plan", "--example", "--start", "2026-11-23"]

        // when
        let result = try CLI.run(arguments)

        // then
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("Plan from 2026-11-23 for 4 weeks (example journal) — status: ready"))
        #expect(result.stdout.contains("Monday 2026-11-23 — week 1, session"))
        #expect(result.stdout.contains("week 4, session"))
        #expect(result.stdout.contains(" kg"), "loads are shown in the journal's unit")
        #expect(result.stdout.contains("@ bodyweight"), "bodyweight exercises say so")
        let decisions = ["INCREASE", "HOLD", "DECREASE", "REGRESS", "PROGRESS"]
        let exerciseLines = result.stdout.split(separator: "\n").filter { $0.contains(" @ ") }
        #expect(exerciseLines.count >= 12)
        #expect(
            exerciseLines.allSatisfy { line in decisions.contains { line.hasSuffix("— \($0)") } },
            "every exercise line ends with its decision")
        #expect(result.stdout.contains("RPE ≤"))
    }

    @Test("plan --example --json gives status, stage, sessions with full prescriptions, and advice")
    func examplePlanJSON() throws {
        // given
        let arguments = ["plan", "--example", "--start", "2026-11-23", "--json"]

        // when
        let result = try CLI.run(arguments)

        // then
        #expect(result.status == 0)
        let plan = try #require(result.json() as? [String: Any])
        #expect(plan["status"] as? String == "ready")
        #expect(["foundation", "loading", "strength"].contains(plan["stage"] as? String ?? ""))
        #expect(plan["advice"] is [Any])
        let decisions = ["increase", "hold", "decrease", "regress", "progress"]
        let sessions = try #require(plan["sessions"] as? [[String: Any]])
        #expect(sessions.count >= 8, "three days a week for four weeks, less at most a deload or rest day")
        #expect(sessions.first?["date"] as? String == "2026-11-23")
        for session in sessions {
            #expect((session["date"] as? String).flatMap { $0.count == 10 && $0 >= "2026-11-23" } == true)
            let exercises = try #require(session["exercises"] as? [[String: Any]])
            #expect(!exercises.isEmpty)
            for exercise in exercises {
                #expect(exercise["exerciseId"] is String)
                #expect(exercise["pattern"] is String)
                let sets = try #require(exercise["sets"] as? Int)
                let repsMin = try #require(exercise["repsMin"] as? Int)
                let repsMax = try #require(exercise["repsMax"] as? Int)
                #expect(sets >= 1 && repsMin >= 1 && repsMin <= repsMax)
                let load = try #require(exercise["loadKg"], "loadKg is present, as a number or null")
                #expect(load is NSNull || load is NSNumber)
                #expect(decisions.contains(exercise["decision"] as? String ?? ""))
                #expect(!(exercise["reason"] as? String ?? "").isEmpty)
            }
        }
        let loads = sessions.flatMap { $0["exercises"] as? [[String: Any]] ?? [] }.compactMap {
            $0["loadKg"] as? Double
        }
        #expect(loads.contains { $0 > 0 }, "the example lifts dumbbells, so some loads are numbers")
    }

    @Test("plan --weeks 1 plans only the first week")
    func oneWeek() throws {
        // given
        let arguments = ["plan", "--example", "--start", "2026-11-23", "--weeks", "1", "--json"]

        // when
        let result = try CLI.run(arguments)

        // then
        #expect(result.status == 0)
        let plan = try #require(result.json() as? [String: Any])
        let dates = try #require(plan["sessions"] as? [[String: Any]]).compactMap { $0["date"] as? String }
        #expect(!dates.isEmpty)
        #expect(dates.allSatisfy { $0 >= "2026-11-23" && $0 <= "2026-11-29" })
    }

    @Test("plan refers a journal with a red flag and plans no sessions")
    func redFlagIsReferred() throws {
        // given
        let journal = CLI.example("red-flag.json")

        // when
        let json = try CLI.run(["plan", "--journal", journal, "--start", "2026-11-23", "--json"])
        let text = try CLI.run(["plan", "--journal", journal, "--start", "2026-11-23"])

        // then
        #expect(json.status == 0)
        let plan = try #require(json.json() as? [String: Any])
        #expect(plan["status"] as? String == "referred")
        #expect((plan["sessions"] as? [Any])?.count == 0)
        let advice = try #require(plan["advice"] as? [[String: Any]])
        #expect(advice.first?["kind"] as? String == "referral")
        #expect(text.status == 0)
        #expect(text.stdout.contains("status: referred"))
        #expect(text.stdout.contains("No programme"))
        #expect(!text.stdout.contains("week 1, session"))
    }
}
