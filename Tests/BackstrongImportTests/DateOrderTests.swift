// Slash dates whose day and month order the file cannot decide (`3/4/2024`), and --date-order.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongImport

@Suite("Order of day and month")
struct DateOrderTests {
    static func strong(_ dates: [String]) -> Data {
        let header =
            "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration"
        let rows = dates.map { "\($0);A;Squat (Barbell);1;80;kg;5;;;;;;;45m" }
        return Data(([header] + rows).joined(separator: "\n").utf8)
    }

    @Test("a UK file re-saved by Excel with every day up to 12 is read month first, and the summary says so")
    func undecidedWarns() throws {
        // given dates 3/4/2024 and 5/6/2024 (3 April and 5 June to a UK reader)
        let data = Self.strong(["3/4/2024 18:05", "5/6/2024 07:00"])
        // when
        let file = try Importer.read(data, fileName: "s.csv")
        // then
        #expect(file.sessions.map(\.day.iso) == ["2024-03-04", "2024-05-06"])
        let warning = try #require(file.summary.warnings.first)
        #expect(warning.contains("\"3/4/2024 18:05\"") && warning.contains("month first"))
        #expect(warning.contains("--date-order dmy"))
    }

    @Test("--date-order dmy reads the same file day first, without a warning")
    func forcedDayFirst() throws {
        // when
        let file = try Importer.read(Self.strong(["3/4/2024 18:05", "5/6/2024 07:00"]), fileName: "s.csv", dateOrder: .dmy)
        // then
        #expect(file.sessions.map(\.day.iso) == ["2024-04-03", "2024-06-05"])
        #expect(file.summary.warnings.isEmpty)
    }

    @Test("one date with a first number over 12 decides day first for the whole file; --date-order cannot undo it")
    func fileDecides() throws {
        // given a file with 25/4/2024 among ambiguous dates
        let data = Self.strong(["3/4/2024 18:05", "25/4/2024 18:05"])
        // when
        let file = try Importer.read(data, fileName: "s.csv")
        let forced = try Importer.read(data, fileName: "s.csv", dateOrder: .mdy)
        // then
        #expect(file.sessions.map(\.day.iso) == ["2024-04-03", "2024-04-25"])
        #expect(file.summary.warnings.isEmpty)
        #expect(forced.sessions.map(\.day.iso) == ["2024-04-03", "2024-04-25"])
        #expect(forced.summary.warnings.contains { $0.contains("--date-order mdy was not used") })
    }

    @Test("dates whose day and month are the same need no warning")
    func sameDayAndMonth() throws {
        let file = try Importer.read(Self.strong(["3/3/2024 18:05"]), fileName: "s.csv")
        #expect(file.summary.warnings.isEmpty)
    }
}
