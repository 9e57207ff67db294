// The `backstrong` command: a thin front over BackstrongCore (and `serve` over BackstrongServer). Exit codes: 0 ok, 1 bad input, 2 usage.
import ArgumentParser
import BackstrongCore
import Foundation

@main
struct Backstrong: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backstrong",
        abstract: "Safe resistance training for people with back pain: screening, readiness, plans and pain-aware progression.",
        discussion: """
            Every command reads a journal (JSON facts: profile, screening answers, tests, logged sessions; see
            docs/journal-format.md). Try `backstrong plan --example` to see a plan for a bundled example journal.
            Exit codes: 0 ok, 1 bad input (message on stderr), 2 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            ScreenCommand.self, AssessCommand.self, PlanCommand.self, NextCommand.self, ExercisesCommand.self,
            ProgressCommand.self, OneRepMaxCommand.self, ImportCommand.self, ExportCommand.self, ServeCommand.self,
            MigrateCommand.self,
        ]
    )

    /// Runs the command with Backstrong's exit codes.
    static func main() async {
        await main(CommandLine.arguments.dropFirst().map { $0 })
    }

    static func main(_ arguments: [String]) async {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as InputError {
            Output.error(error.message)
            Foundation.exit(1)
        } catch let error as CLIError {
            Output.error(error.message)
            Foundation.exit(1)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            Output.error(message)
            Foundation.exit(2)
        }
    }
}

/// A failure of the command itself (e.g. an unreadable file): exit 1 with the message.
struct CLIError: Error {
    var message: String
}
