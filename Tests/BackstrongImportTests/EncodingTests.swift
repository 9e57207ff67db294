// Files saved by Excel in other encodings: UTF-16 with a byte-order mark, and Windows-1252.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

@Suite("Text encodings")
struct EncodingTests {
    static let csv = """
        Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration\r
        2024-03-06 18:05:00;Jambes 💪;Développé couché;1;62,5;kg;8;;;;;dos un peu raide;;45m\r
        2024-03-06 18:05:00;Jambes 💪;Squat (Barbell);1;80;kg;5;;;;;;;45m\r

        """

    static func utf16(_ text: String, littleEndian: Bool) -> Data {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let (low, high) = (UInt8(unit & 0xFF), UInt8(unit >> 8))
            bytes += littleEndian ? [low, high] : [high, low]
        }
        return Data(bytes)
    }

    @Test("reads UTF-16 with a byte-order mark (Excel's Unicode Text) like the same file in UTF-8", arguments: [true, false])
    func utf16(littleEndian: Bool) throws {
        // given the same export in UTF-8 and in UTF-16
        let reference = try Importer.read(Data(Self.csv.utf8), fileName: "s.csv")
        // when
        let file = try Importer.read(Self.utf16(Self.csv, littleEndian: littleEndian), fileName: "s.csv")
        // then
        #expect(file.sessions == reference.sessions)
        #expect(file.customExercises.map(\.name) == ["Développé couché"])
        #expect(file.sessions[0].title == "Jambes 💪")
        #expect(file.summary.warnings.isEmpty)
    }

    /// The text in Windows-1252 (Latin-1 plus the curly quotes and euro sign of 0x80–0x9F).
    static func windows1252(_ text: String) -> Data {
        Data(
            text.unicodeScalars.map { s -> UInt8 in
                if s.value < 0x100 { return UInt8(s.value) }
                let i = SourceEncoding.windows1252High.firstIndex { $0 == s }!
                return UInt8(0x80 + i)
            })
    }

    @Test("reads Windows-1252 (Excel's CSV on Windows), saying so with the text it read")
    func windows1252() throws {
        // given an export re-saved by Excel on Windows, with accents and a curly apostrophe
        let text = Self.csv.replacingOccurrences(of: " 💪", with: "").replacingOccurrences(
            of: "dos un peu raide", with: "l’épaule")
        // when
        let file = try Importer.read(Self.windows1252(text), fileName: "s.csv")
        // then the names are read as written, and the summary says how
        #expect(file.customExercises.map(\.name) == ["Développé couché"])
        #expect(file.sessions[0].exercises[0].sets[0].notes == "l’épaule")
        #expect(file.summary.warnings.count == 1)
        let warning = try #require(file.summary.warnings.first)
        #expect(warning.contains("Windows-1252") && warning.contains("Développé couché"))
        #expect(warning.contains("CSV UTF-8"))
    }

    @Test("stops on bytes that are neither UTF-8 nor Windows-1252, or UTF-16 without a byte-order mark")
    func unreadable() throws {
        // given a byte Windows-1252 leaves undefined, and UTF-16 without its mark
        var undefined = Data(Self.csv.utf8)
        undefined[undefined.count - 3] = 0x81
        let noMark = Self.utf16(Self.csv, littleEndian: true).dropFirst(2)
        // then neither is read, and both say how to re-save the file
        for data in [undefined, Data(noMark)] {
            let error = #expect(throws: ImportError.self) { try Importer.read(data, fileName: "s.csv") }
            #expect(error?.reason.contains("re-save it as UTF-8 (\"CSV UTF-8\" in Excel)") == true)
        }
    }
}
