// A small byte-level CSV tokenizer (RFC 4180 plus the quirks of the apps' exports).
// Hand-written rather than CSV.swift or SwiftCSV because the importers need what those libraries do not give:
// the physical line on which each record starts (Hevy notes span lines inside quotes, and every skipped row is
// reported by line), the raw field count of an unquoted FitNotes line before any repair, and one pass over
// mapped bytes without building a String of the whole file, for the 200,000 rows/s target.
import Foundation

/// One record of a CSV file: its fields and the line (1-based) on which it starts.
public struct CSVRecord: Sendable, Equatable {
    public var fields: [String]
    public var line: Int
}

/// A file that cannot be read at all, with the line at fault.
public struct CSVSyntaxError: Error, Sendable, Equatable {
    public var line: Int
    public var message: String
}

enum CSVTokenizer {
    static let quote = UInt8(ascii: "\"")
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")

    /// The delimiter of a header line: `;` when it has more semicolons than commas outside quotes, else `,`.
    static func detectDelimiter(_ bytes: UnsafeRawBufferPointer, from start: Int) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var inQuotes = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if b == lf || b == cr { break }
                if b == UInt8(ascii: ",") { commas += 1 }
                if b == UInt8(ascii: ";") { semicolons += 1 }
            }
            i += 1
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    private struct Stop: Error {}

    /// The first record (the header), or nil for an empty file.
    static func firstRecord(in data: Data) throws -> CSVRecord? {
        var first: CSVRecord?
        do {
            try forEachRecord(in: data) { record in
                first = record
                throw Stop()
            }
        } catch is Stop {}
        return first
    }

    /// Calls `body` for every non-empty record; `progress` gets the bytes read so far every few thousand records.
    static func forEachRecord(
        in data: Data, progress: ((Int, Int) -> Void)? = nil, _ body: (CSVRecord) throws -> Void
    ) throws {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var i = 0
            let n = bytes.count
            if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }  // UTF-8 byte-order mark
            let delimiter = detectDelimiter(bytes, from: i)
            var line = 1
            var fields: [String] = []
            fields.reserveCapacity(16)
            var field: [UInt8] = []
            field.reserveCapacity(64)
            var count = 0
            while i < n {
                let recordLine = line
                fields.removeAll(keepingCapacity: true)
                var endOfRecord = false
                while !endOfRecord {
                    // One field.
                    if i < n, bytes[i] == quote {
                        field.removeAll(keepingCapacity: true)
                        i += 1
                        var closed = false
                        while i < n {
                            let b = bytes[i]
                            if b == quote {
                                if i + 1 < n, bytes[i + 1] == quote {
                                    field.append(quote)
                                    i += 2
                                    continue
                                }
                                i += 1
                                closed = true
                                break
                            }
                            if b == lf { line += 1 }
                            field.append(b)
                            i += 1
                        }
                        guard closed else {
                            throw CSVSyntaxError(
                                line: recordLine, message: "a quoted field that starts on this line is never closed")
                        }
                        // Text after the closing quote up to the delimiter is kept (lenient, as spreadsheets write it).
                        while i < n, bytes[i] != delimiter, bytes[i] != lf, bytes[i] != cr {
                            field.append(bytes[i])
                            i += 1
                        }
                        fields.append(try decode(field, line: recordLine))
                    } else {
                        let start = i
                        while i < n, bytes[i] != delimiter, bytes[i] != lf, bytes[i] != cr { i += 1 }
                        let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<i]).bindMemory(to: UInt8.self)
                        fields.append(try decode(slice, line: recordLine))
                    }
                    // After a field: delimiter, end of line or end of file.
                    if i >= n {
                        endOfRecord = true
                    } else if bytes[i] == delimiter {
                        i += 1
                    } else {
                        if bytes[i] == cr { i += 1 }
                        if i < n, bytes[i] == lf { i += 1 }
                        line += 1
                        endOfRecord = true
                    }
                }
                if fields.count == 1 && fields[0].isEmpty { continue }  // blank line
                try body(CSVRecord(fields: fields, line: recordLine))
                count += 1
                if let progress, count % 4096 == 0 { progress(i, n) }
            }
            progress?(n, n)
        }
    }

    private static func decode(_ bytes: [UInt8], line: Int) throws -> String {
        try bytes.withUnsafeBufferPointer { try decode($0, line: line) }
    }

    /// A field's text. ASCII (most fields) is decoded directly: the generic validating initializer cost a
    /// metadata lookup per field, a fifth of the import time.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) throws -> String {
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        guard let s = String(validating: bytes, as: UTF8.self) else {
            throw CSVSyntaxError(line: line, message: "the file is not UTF-8 text")
        }
        return s
    }

    /// A field as CSV: quoted when it holds the delimiter, a quote or a line break.
    static func escape(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
