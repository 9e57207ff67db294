// Options shared by the commands that read a journal: where it is and which day to evaluate it on.
import ArgumentParser
import BackstrongCore
import Foundation

struct JournalOptions: ParsableArguments {
    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Journal JSON file; - reads standard input.", valueName: "file"))
    var journal: String

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Evaluate as of this day, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    func load() throws -> Journal {
        try JournalOptions.read(journal)
    }

    static func read(_ path: String) throws -> Journal {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CLIError(message: "cannot read journal \(path): no such file")
            }
            guard let d = FileManager.default.contents(atPath: path) else {
                throw CLIError(message: "cannot read journal \(path): permission denied or not a file")
            }
            data = d
        }
        do {
            return try Journal.read(from: data)
        } catch var error as InputError {
            error.message = "\(path == "-" ? "stdin" : path): \(error.message)"
            throw error
        }
    }

    func day() throws -> Day { try JournalOptions.parseDay(today, option: "--today") }

    static func parseDay(_ text: String?, option: String) throws -> Day {
        guard let text else { return Day(Date(), in: .current) }
        guard let d = Day(iso: text) else { throw ValidationError("\(option) must be a date YYYY-MM-DD, got \"\(text)\"") }
        return d
    }
}

struct FormatOptions: ParsableArguments {
    @ArgumentParser.Flag(name: .long, help: "Print JSON instead of text.")
    var json = false
}
