// `backstrong progress`: pain trend, estimated 1RM, weekly volume and adherence.
import Foundation
import Testing

@Suite("backstrong progress")
struct ProgressCommandTests {
    @Test("progress --json reports the pain trend, 1RM series, weekly volume and adherence")
    func progressJSON() throws {
        // given six weeks of logged training
        let journal = CLI.example("six-weeks.json")

        // when
        let result = try CLI.run(["progress", "--journal", journal, "--today", "2026-11-23", "--json"])

        // then
        #expect(result.status == 0)
        let report = try #require(result.json() as? [String: Any])
        let pain = try #require(report["pain"] as? [String: Any])
        let baseline = try #require(pain["baseline"] as? Double)
        let latest = try #require(pain["latest"] as? Double)
        let change = try #require(pain["change"] as? Double)
        #expect(abs(change - (latest - baseline)) < 0.001)
        #expect(pain["clinicallyImportant"] is Bool)
        let e1rm = try #require(report["e1rm"] as? [[String: Any]])
        #expect(!e1rm.isEmpty)
        #expect(e1rm.allSatisfy { $0["exerciseId"] is String && $0["points"] is [Any] })
        let weeks = try #require(report["weeklyVolume"] as? [[String: Any]])
        #expect(weeks.count == 6)
        let adherence = try #require(report["adherence"] as? [String: Any])
        #expect(adherence["loggedSessions"] as? Int == 18)
        #expect(adherence["rate"] is NSNumber)
    }

    @Test("progress prints pain, 1RM, volume and adherence in words")
    func progressText() throws {
        // given
        let journal = CLI.example("six-weeks.json")

        // when
        let result = try CLI.run(["progress", "--journal", journal, "--today", "2026-11-23"])

        // then
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Pain: Resting pain went from"))
        #expect(result.stdout.contains("Estimated 1RM"))
        #expect(result.stdout.contains("week of 2026-10-12"))
        #expect(result.stdout.contains("Adherence: 18 of"))
    }

    /// One session on `date` of goblet squat: `weightKg` × 8 reps with `form`, pain before it `painBefore`.
    static func gobletSquat(date: String, weightKg: Double, form: String = "good", painBefore: Int = 2) -> String {
        """
        {"date": "\(date)", "painBefore": \(painBefore), "exercises": [{"exerciseId": "goblet-squat", "sets": [
          {"weightKg": \(weightKg), "reps": 8, "rpe": 7, "form": "\(form)", "pain": 2}
        ]}]}
        """
    }

    @Test("a lift logged only with fair form shows no estimated 1RM (trends use good-form sets)")
    func fairFormLeftOut() throws {
        // given: the journal's only goblet squat set is 30 kg × 8 with fair form
        let scratch = try ScratchFolder()
        let journal = try scratch.write(
            "fair.json",
            text: JournalFixtures.journal(sessions: [Self.gobletSquat(date: "2026-11-05", weightKg: 30, form: "fair")]))

        // when
        let text = try CLI.run(["progress", "--journal", journal, "--today", JournalFixtures.today])
        let json = try CLI.run(["progress", "--journal", journal, "--today", JournalFixtures.today, "--json"])

        // then: no "latest 38 kg" from the fair set, and the heading says which sets count
        #expect(text.status == 0)
        #expect(text.stdout.contains("Estimated 1RM (Epley, best good-form set per session"))
        #expect(!text.stdout.contains("Goblet squat"))
        #expect(!text.stdout.contains("38 kg"))
        #expect(text.stdout.contains("good form"))
        let report = try #require(json.json() as? [String: Any])
        #expect((report["e1rm"] as? [Any])?.isEmpty == true)
    }

    @Test("progress --today leaves out sessions logged after that day")
    func laterSessionsLeftOut() throws {
        // given: a session on 5 November and a heavier, more painful one on 30 November
        let scratch = try ScratchFolder()
        let journal = try scratch.write(
            "later.json",
            text: JournalFixtures.journal(sessions: [
                Self.gobletSquat(date: "2026-11-05", weightKg: 10, painBefore: 2),
                Self.gobletSquat(date: "2026-11-30", weightKg: 20, painBefore: 8),
            ]))

        // when: the report as of 23 November
        let json = try CLI.run(["progress", "--journal", journal, "--today", "2026-11-23", "--json"])
        let text = try CLI.run(["progress", "--journal", journal, "--today", "2026-11-23"])

        // then: only the 5 November session counts, as `next` sees it
        #expect(json.status == 0)
        let report = try #require(json.json() as? [String: Any])
        let adherence = try #require(report["adherence"] as? [String: Any])
        #expect(adherence["loggedSessions"] as? Int == 1)
        #expect(adherence["trainingDays"] as? [String] == ["2026-11-05"])
        let weeks = try #require(report["weeklyVolume"] as? [[String: Any]])
        #expect(weeks.compactMap { $0["weekStart"] as? String } == ["2026-11-02"])
        let e1rm = try #require(report["e1rm"] as? [[String: Any]])
        let points = try #require(e1rm.first?["points"] as? [[String: Any]])
        #expect(points.compactMap { $0["date"] as? String } == ["2026-11-05"])
        let pain = try #require(report["pain"] as? [String: Any])
        let painPoints = try #require(pain["points"] as? [[String: Any]])
        #expect(painPoints.compactMap { $0["date"] as? String } == ["2026-11-05"])
        #expect(pain["latest"] as? Double == 2)
        #expect(!text.stdout.contains("2026-11-30"))
    }

    @Test("one session in one week reads \"1 session\" and \"1 week\", not \"1 sessions\" or \"1 weeks\"")
    func singularCounts() throws {
        // given: one session, the day before the report
        let scratch = try ScratchFolder()
        let journal = try scratch.write(
            "one.json", text: JournalFixtures.journal(sessions: [Self.gobletSquat(date: "2026-11-05", weightKg: 10)]))

        // when
        let result = try CLI.run(["progress", "--journal", journal, "--today", "2026-11-06"])

        // then
        #expect(result.status == 0)
        #expect(result.stdout.contains("(1 session)"))
        #expect(result.stdout.contains("Adherence: 1 of 3 planned sessions over 1 week (33 %)"))
        #expect(!result.stdout.contains("1 sessions"))
        #expect(!result.stdout.contains("1 weeks"))
    }

    @Test("progress --today before the first session says nothing is logged yet, not \"0 of 0 over 0 weeks\"")
    func beforeFirstSession() throws {
        // given: a session on 5 November
        let scratch = try ScratchFolder()
        let journal = try scratch.write(
            "one.json", text: JournalFixtures.journal(sessions: [Self.gobletSquat(date: "2026-11-05", weightKg: 10)]))

        // when: the report as of 4 November
        let result = try CLI.run(["progress", "--journal", journal, "--today", "2026-11-04"])

        // then
        #expect(result.status == 0)
        #expect(result.stdout.contains("Adherence: no sessions logged yet."))
        #expect(!result.stdout.contains("Goblet squat"))
        #expect(!result.stdout.contains("week of"))
        #expect(!result.stdout.contains("0 weeks"))
    }
}
