// Reads one exported file: detects which app and dialect wrote it from its header, hands every row to that
// app's reader, and returns the workouts as journal sessions with a summary. Nothing here touches the disk.
import BackstrongCore
import Foundation

/// A file that cannot be read at all: the file, the line and why. The CLI exits 1 with the message.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public var file: String
    public var line: Int?
    public var reason: String

    public var message: String { "\(file)\(line.map { ": line \($0)" } ?? ""): \(reason)" }
    public var description: String { message }
    public var errorDescription: String? { message }
}

/// The column names of a header, matched without regard to case, quotes or surrounding spaces.
struct Header {
    let names: [String]

    init(_ fields: [String]) {
        names = fields.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"")).lowercased() }
    }

    func index(_ candidates: String...) -> Int? {
        for c in candidates { if let i = names.firstIndex(of: c) { return i } }
        return nil
    }

    func has(_ name: String) -> Bool { names.contains(name) }
}

extension CSVRecord {
    /// The field at `i`, or empty when the column is absent or the row is short.
    @inline(__always) func field(_ i: Int?) -> String {
        guard let i, i < fields.count else { return "" }
        return fields[i]
    }

    /// The field with leading and trailing spaces and tabs removed (a byte check first: most fields have none,
    /// and Foundation's trimming was half the import time).
    func trimmed(_ i: Int?) -> String { ImportParsing.trim(field(i)) }

    /// Kilograms per unit of this row's weight: its own unit column when it has one and it is filled in, else
    /// `fallback`. A unit that is not a weight unit is a problem that names the column's values (`accepted`).
    func kilogramsPerUnit(column: Int?, fallback: Double?, accepted: String) -> Result<Double?, RowProblem> {
        guard let column else { return .success(fallback) }
        let unit = trimmed(column)
        if unit.isEmpty { return .success(fallback) }
        guard let factor = ImportParsing.kilograms(per: unit) else {
            return .failure(RowProblem("Weight Unit \"\(unit)\" is not \(accepted)"))
        }
        return .success(factor)
    }
}

/// One app's reading of its rows.
protocol AppReader {
    var format: ImportFormat { get }
    var dialect: String { get }
    var weightUnit: String { get }
    mutating func read(_ record: CSVRecord, into builder: inout WorkoutBuilder)
}

/// Why a header could not be used, though it was recognised.
struct HeaderProblem: Error {
    var reason: String
}

public enum Importer {
    /// Reads one file. `unit` is how to read weights when the file does not say (Strong's 12-column export),
    /// `distanceUnit` its distances, `dateOrder` slash dates its own dates do not decide; `customExercises` are
    /// those the journal already declares, so that names map to the same ids again.
    public static func read(
        _ data: Data, fileName: String, unit: Units? = nil, distanceUnit: DistanceUnit? = nil,
        dateOrder: DateOrder? = nil, catalog: ExerciseCatalog = .standard,
        customExercises: [CustomExercise] = [], progress: ((Int, Int) -> Void)? = nil
    ) throws(ImportError) -> FileImport {
        let source: (data: Data, warning: String?)
        do {
            source = try SourceEncoding.utf8(data)
        } catch {
            throw ImportError(file: fileName, line: nil, reason: error.reason)
        }
        let text = source.data
        let header: CSVRecord
        do {
            guard let first = try CSVTokenizer.firstRecord(in: text) else {
                throw ImportError(file: fileName, line: nil, reason: "the file is empty")
            }
            header = first
        } catch let e as ImportError {
            throw e
        } catch let e as CSVSyntaxError {
            throw ImportError(file: fileName, line: e.line, reason: e.message)
        } catch {
            throw ImportError(file: fileName, line: nil, reason: "\(error)")
        }
        let reader: any AppReader
        do {
            guard let r = try detect(Header(header.fields), unit: unit, distanceUnit: distanceUnit) else {
                let shown = header.fields.prefix(6).joined(separator: ",")
                throw ImportError(
                    file: fileName, line: header.line,
                    reason:
                        "not an export of Strong, Hevy, FitNotes or Backstrong (the header starts \"\(shown.prefix(80))\")"
                )
            }
            reader = r
        } catch let e as ImportError {
            throw e
        } catch let problem as HeaderProblem {
            throw ImportError(file: fileName, line: header.line, reason: problem.reason)
        } catch {
            throw ImportError(file: fileName, line: header.line, reason: "\(error)")
        }
        do {
            var builder = try readRows(
                reader, data: text, fileName: fileName, numbers: NumberReading(), progress: progress)
            // An ambiguous number (`1,000`) read before the file's other numbers showed its decimal mark: read again.
            if let mark = builder.numbers.markForSecondPass {
                builder = try readRows(
                    reader, data: text, fileName: fileName, numbers: NumberReading(decided: mark), progress: progress)
            }
            builder.dateOrder = dateOrder
            if let warning = source.warning { builder.warnings.insert(warning, at: 0) }
            return builder.finish(catalog: catalog, customExercises: customExercises)
        } catch let e as CSVSyntaxError {
            throw ImportError(file: fileName, line: e.line, reason: e.message)
        } catch {
            throw ImportError(file: fileName, line: nil, reason: "\(error)")
        }
    }

    /// Every row after the header, through one app's reader (generic, so each row is a direct call).
    static func readRows<R: AppReader>(
        _ reader: R, data: Data, fileName: String, numbers: NumberReading, progress: ((Int, Int) -> Void)?
    ) throws -> WorkoutBuilder {
        var reader = reader
        var builder = WorkoutBuilder(format: reader.format, fileName: fileName)
        builder.numbers = numbers
        builder.dialect = reader.dialect
        builder.weightUnit = reader.weightUnit
        var isHeader = true
        var columns = 0
        try CSVTokenizer.forEachRecord(in: data, progress: progress) { record in
            if isHeader {
                isHeader = false
                columns = record.fields.count
                return
            }
            // A row with nothing in it (Excel writes `,,,,` for a blank line) is no row at all.
            if record.fields.allSatisfy({ ImportParsing.trim($0).isEmpty }) { return }
            // More fields than the header has columns: an unquoted comma (a decimal comma, or one in a note) moved
            // every value after it, so the row cannot be read safely. FitNotes repairs its known cases itself.
            if reader.format != .fitnotes, record.fields.count > columns {
                builder.skip(
                    record.line,
                    "\(record.fields.count) fields for a header of \(columns) columns: an unquoted comma (a decimal comma or one in a note?) moved the values after it")
                return
            }
            reader.read(record, into: &builder)
        }
        return builder
    }

    /// The reader for a header, nil when no app's header matches.
    static func detect(_ header: Header, unit: Units?, distanceUnit: DistanceUnit? = nil) throws -> (any AppReader)? {
        if let r = BackstrongCSV.Reader(header) { return r }
        if let r = HevyReader(header) { return r }
        if let r = try StrongReader(header, unit: unit, distanceUnit: distanceUnit) { return r }
        if let r = FitNotesReader(header, unit: unit) { return r }
        return nil
    }
}
