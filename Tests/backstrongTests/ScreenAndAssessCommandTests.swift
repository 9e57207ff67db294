// `backstrong screen` and `backstrong assess`: whether a person may train, and at which readiness stage.
import Foundation
import Testing

@Suite("backstrong screen and assess")
struct ScreenAndAssessCommandTests {
    @Test("screen --json sends saddle numbness to the emergency department")
    func saddleNumbnessIsAnEmergency() throws {
        // given a journal answering yes to saddle numbness
        let journal = CLI.example("red-flag.json")

        // when
        let result = try CLI.run(["screen", "--journal", journal, "--json"])

        // then
        #expect(result.status == 0)
        let screening = try #require(result.json() as? [String: Any])
        #expect(screening["outcome"] as? String == "emergency")
        let reasons = try #require(screening["reasons"] as? [String])
        #expect(reasons.contains("saddleNumbness"))
        #expect((screening["message"] as? String)?.lowercased().contains("emergency") == true)
    }

    @Test("screen tells a person with a red flag to act now, in words")
    func redFlagText() throws {
        // given
        let journal = CLI.example("red-flag.json")

        // when
        let result = try CLI.run(["screen", "--journal", journal])

        // then
        #expect(result.status == 0)
        #expect(result.stdout.contains("Screening (2026-11-20): EMERGENCY — act now"))
        #expect(result.stdout.contains("saddleNumbness → emergency"))
        #expect(result.stdout.contains("it does not diagnose"))
    }

    @Test("screen clears a journal with no warning signs")
    func clearJournal() throws {
        // given
        let journal = CLI.example("new-user.json")

        // when
        let result = try CLI.run(["screen", "--journal", journal])

        // then
        #expect(result.status == 0)
        #expect(result.stdout.contains("CLEAR — you may train"))
        #expect(!result.stdout.contains("Why:"))
    }

    @Test("new leg symptoms after a clear screening: screen says screen again, with the emergency signs, and plan's advice too")
    func legSymptomsAfterScreening() throws {
        // given a clear journal with a check-in reporting new leg symptoms after the screening of 2026-11-18
        var journal = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: CLI.example("new-user.json")))) as? [String: Any])
        journal["checkIns"] = [["date": "2026-11-20", "pain": 3, "newLegSymptoms": true]]
        let scratch = try ScratchFolder()
        let file = try scratch.write("legs.json", text: String(decoding: try JSONSerialization.data(withJSONObject: journal), as: UTF8.self))

        // when
        let text = try CLI.run(["screen", "--journal", file, "--today", "2026-11-21"])
        let json = try CLI.run(["screen", "--journal", file, "--today", "2026-11-21", "--json"])
        let plan = try CLI.run(["plan", "--journal", file, "--start", "2026-11-21", "--weeks", "1"])

        // then the person is not told they may train, and is told when to go to an emergency department
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("SCREEN AGAIN"), "\(text.stdout)")
        #expect(!text.stdout.contains("you may train"))
        // (the text is wrapped to the terminal: read it as one line)
        let words = text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Go to an emergency department now"), "\(words)")
        #expect(words.contains("No warning signs in these answers. New leg symptoms were reported on 2026-11-20"))
        let screening = try #require(json.json() as? [String: Any])
        #expect(screening["outcome"] as? String == "clear")
        #expect(screening["newLegSymptomsSince"] as? [String] == ["2026-11-20"])
        // and the plan's advice says whom to see, in words (no internal tag)
        #expect(plan.stdout.contains("See a professional: You reported new leg symptoms on 2026-11-20"), "\(plan.stdout)")
        #expect(!plan.stdout.contains("[consultProfessional]"))
    }

    @Test("assess --json gives the stage, its reasons and trunk-endurance flags")
    func assessJSON() throws {
        // given six weeks of logged training
        let journal = CLI.example("six-weeks.json")

        // when
        let result = try CLI.run(["assess", "--journal", journal, "--today", "2026-11-23", "--json"])

        // then
        #expect(result.status == 0)
        let assessment = try #require(result.json() as? [String: Any])
        #expect(["foundation", "loading", "strength"].contains(assessment["stage"] as? String ?? ""))
        let reasons = try #require(assessment["reasons"] as? [String])
        #expect(!reasons.isEmpty)
        let flags = try #require(assessment["flags"] as? [[String: Any]])
        #expect(!flags.isEmpty, "a 75 s back-extension hold is under the norm")
        for flag in flags {
            #expect(!(flag["id"] as? String ?? "").isEmpty)
            #expect(!(flag["message"] as? String ?? "").isEmpty)
        }
    }

    @Test("assess prints the stage and the tests it was based on")
    func assessText() throws {
        // given
        let journal = CLI.example("new-user.json")

        // when
        let result = try CLI.run(["assess", "--journal", journal, "--today", "2026-11-23"])

        // then
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Stage: "))
        #expect(result.stdout.contains("(tests of 2026-11-19)"))
        #expect(result.stdout.contains("Tests:"))
    }
}
