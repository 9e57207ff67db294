// Speed and memory of the core on a two-year journal: reading it, planning four weeks, the next session, and
// the progress report, and importing 100,000 Strong rows. Targets: `next session` within 5 ms on one core;
// import at 200,000 rows/s or more.
import BackstrongCore
import BackstrongImport
import Benchmark
import Foundation

let benchmarks: @Sendable () -> Void = {
    // Wall clock and CPU time, allocations and peak memory. No ARC metrics: they crash with Swift 6.3 on Linux.
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 3,
        maxDuration: .seconds(5),
        maxIterations: 2_000
    )

    let journal = TwoYearJournal.make()
    let today = TwoYearJournal.dayAfter
    let json: Data
    do {
        json = try journal.jsonData()
        // The generated journal must be one the reader accepts, or the other benchmarks measure nothing real.
        let read = try Journal.read(from: json)
        precondition(read.sessions.count == journal.sessions.count, "the generated journal did not read back whole")
    } catch {
        fatalError("the generated journal is invalid: \(error)")
    }

    Benchmark("decode journal", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Journal.read(from: json))
        }
    }

    Benchmark("plan 4 weeks", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try ProgrammeGenerator.plan(journal, start: today, weeks: 4))
        }
    }

    Benchmark("next session", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try ProgrammeGenerator.next(journal, today: today))
        }
    }

    // Import speed: 100,000 Strong rows per iteration (rows/s = 100,000 / wall clock).
    let strong = StrongExportFile.make()
    let importConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)
    Benchmark("import 100k Strong rows", configuration: importConfiguration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Importer.read(strong, fileName: "strong.csv", unit: .kg))
        }
    }

    Benchmark("progress report", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ProgressReport.make(journal, today: today))
        }
    }
}
