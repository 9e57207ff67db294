// Reading journals: from a file or standard input, and exit code 1 with a message naming the problem when the
// journal cannot be used.
import Foundation
import Testing

@Suite("backstrong journal input")
struct JournalInputTests {
    @Test("--journal - reads the journal from standard input")
    func readsStandardInput() throws {
        // given a journal with no warning signs, piped in
        let journal = Data(JournalFixtures.journal(sessions: [JournalFixtures.session()]).utf8)

        // when
        let result = try CLI.run(["screen", "--journal", "-", "--json"], stdin: journal)

        // then
        #expect(result.status == 0)
        let screening = try #require(result.json() as? [String: Any])
        #expect(screening["outcome"] as? String == "clear")
        #expect(screening["screenedOn"] as? String == JournalFixtures.screenedOn)
    }

    @Test("a journal read from standard input gives the same plan as the same file")
    func standardInputMatchesFile() throws {
        // given
        let path = CLI.example("six-weeks.json")
        let contents = try Data(contentsOf: URL(fileURLWithPath: path))

        // when
        let fromFile = try CLI.run(["progress", "--journal", path, "--today", "2026-11-23", "--json"])
        let fromStdin = try CLI.run(["progress", "--journal", "-", "--today", "2026-11-23", "--json"], stdin: contents)

        // then
        #expect(fromStdin.status == 0)
        #expect(fromStdin.stdout == fromFile.stdout)
    }

    @Test("a pain of 11 is rejected with exit 1, naming the field and the value")
    func painOutOfRange() throws {
        // given
        let scratch = try ScratchFolder()
        let journal = try scratch.write(
            "pain-11.json", text: JournalFixtures.journal(sessions: [JournalFixtures.session(pain: 11)]))

        // when
        let result = try CLI.run(["plan", "--journal", journal, "--start", JournalFixtures.today])

        // then
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("pain"))
        #expect(result.stderr.contains("11"))
        #expect(result.stderr.contains("sessions[0].exercises[0].sets[1].pain"))
    }

    @Test("the same journal without the bad value is accepted")
    func validFixtureIsAccepted() throws {
        // given
        let scratch = try ScratchFolder()
        let journal = try scratch.write(
            "pain-3.json", text: JournalFixtures.journal(sessions: [JournalFixtures.session(pain: 3)]))

        // when
        let result = try CLI.run(["plan", "--journal", journal, "--start", JournalFixtures.today])

        // then
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test("a journal file that does not exist gives exit 1 and says so")
    func missingFile() throws {
        // given
        let scratch = try ScratchFolder()
        let missing = scratch.url.appendingPathComponent("no-such-journal.json").path

        // when
        let result = try CLI.run(["screen", "--journal", missing])

        // then
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(missing))
        #expect(result.stderr.contains("no such file"))
    }

    @Test("a journal that is not JSON gives exit 1", arguments: ["{ \"profile\": ", "not json at all", ""])
    func invalidJSON(text: String) throws {
        // given
        let scratch = try ScratchFolder()
        let journal = try scratch.write("broken.json", text: text)

        // when
        let result = try CLI.run(["assess", "--journal", journal, "--today", JournalFixtures.today])

        // then
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("backstrong: \(journal): "))
        #expect(result.stderr.contains("JSON"))
    }

    @Test("invalid JSON on standard input gives exit 1 and names stdin")
    func invalidStandardInput() throws {
        // given
        let broken = Data("{".utf8)

        // when
        let result = try CLI.run(["screen", "--journal", "-"], stdin: broken)

        // then
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("backstrong: stdin: "))
    }

    @Test("a logged exercise id that is not in the catalog gives exit 1 naming the id")
    func unknownLoggedExercise() throws {
        // given
        let scratch = try ScratchFolder()
        let journal = try scratch.write(
            "typo.json", text: JournalFixtures.journal(sessions: [JournalFixtures.session(exerciseId: "gobelt-squat")]))

        // when
        let result = try CLI.run(["progress", "--journal", journal, "--today", JournalFixtures.today])

        // then
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\"gobelt-squat\""))
        #expect(result.stderr.contains("sessions[0].exercises[0].exerciseId"))
    }

    @Test(
        "an exercise id that is not in the catalog gives exit 1 naming the id",
        arguments: [
            ["exercises", "deadlfit"],
            ["next", "--journal", "examples/six-weeks.json", "--today", "2026-11-23", "--exercise", "deadlfit"],
        ])
    func unknownExerciseArgument(arguments: [String]) throws {
        // given an id with a typo
        let id = "deadlfit"

        // when
        let result = try CLI.run(arguments)

        // then
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\"\(id)\""))
    }
}
