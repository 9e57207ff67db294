// Usage errors exit 2 with the usage on stderr; help exits 0.
import Foundation
import Testing

@Suite("backstrong usage")
struct UsageTests {
    @Test("plan --weeks 0 is a usage error (exit 2) that names the allowed range")
    func zeroWeeks() throws {
        // given
        let arguments = ["plan", "--example", "--weeks", "0"]

        // when
        let result = try CLI.run(arguments)

        // then
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--weeks must be from 1 to 52, got 0"))
        #expect(result.stderr.contains("Usage: backstrong plan"))
    }

    @Test(
        "an unknown subcommand, flag or bad option value is a usage error (exit 2)",
        arguments: [
            ["frobnicate"],
            ["plan", "--example", "--bogus"],
            ["screen"],
            ["plan", "--example", "--start", "23/11/2026"],
            ["exercises", "--pattern", "twist"],
            ["e1rm", "heavy", "5"],
        ])
    func usageErrors(arguments: [String]) throws {
        // given the arguments

        // when
        let result = try CLI.run(arguments)

        // then
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("backstrong: "))
    }

    @Test("--help exits 0 and lists the subcommands", arguments: [["--help"], ["help"], ["plan", "--help"]])
    func help(arguments: [String]) throws {
        // given the arguments

        // when
        let result = try CLI.run(arguments)

        // then
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: backstrong"))
        #expect(result.stderr.isEmpty)
    }

    @Test("--help on the root command lists every subcommand")
    func rootHelpListsSubcommands() throws {
        // given
        let subcommands = ["screen", "assess", "plan", "next", "exercises", "progress", "e1rm"]

        // when
        let result = try CLI.run(["--help"])

        // then
        #expect(result.status == 0)
        for name in subcommands {
            #expect(result.stdout.contains("\n  \(name) "), "help lists \(name)")
        }
    }

    @Test("--version prints the version")
    func version() throws {
        // given / when
        let result = try CLI.run(["--version"])

        // then
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }
}
