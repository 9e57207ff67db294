// Helpers for the import tests: the CSV fixtures (small files written for these tests) and a bare journal.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

enum Fixture {
    static func data(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    /// Reads a fixture as the importer would, for a journal that declares `custom` exercises.
    static func read(_ name: String, unit: Units? = nil, custom: [CustomExercise] = []) throws -> FileImport {
        try Importer.read(data(name), fileName: name + ".csv", unit: unit, customExercises: custom)
    }
}

/// A journal with only a profile, as a person starts.
let bareJournal = Journal(profile: Profile(age: 40, bodyweightKg: 80, daysPerWeek: 3))

/// Imports CSV text into a journal, as `backstrong import` does.
func importText(_ text: String, into journal: Journal = bareJournal, unit: Units? = nil, name: String = "file.csv")
    throws -> (journal: Journal, summary: FileSummary)
{
    let file = try Importer.read(Data(text.utf8), fileName: name, unit: unit, customExercises: journal.customExercises)
    let (merged, summaries) = JournalMerge.merge([file], into: journal)
    return (merged, summaries[0])
}

/// The journal must read back, as the CLI checks before writing it.
func roundTrips(_ journal: Journal) throws -> Journal {
    try Journal.read(from: journal.jsonData())
}

let lb = Units.kilogramsPerPound
