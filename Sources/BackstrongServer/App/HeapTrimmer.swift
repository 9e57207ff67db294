// Gives freed heap memory back to the system while the server runs. Under load glibc spreads requests over
// per-thread arenas and keeps what they free: after 30,000 logged sets the process held ~140 MB of which
// ~6 MB was in use (Benchmarks/server/README.md). A thread of its own looks every few seconds and trims when
// resident memory has grown since the last trim, so the event loops never wait for it.
import CMemoryTuning
import Foundation
import NIOConcurrencyHelpers

enum HeapTrimmer {
    /// Starts the trimming thread (once per process; later calls do nothing).
    static func start(every interval: TimeInterval = 2, growth: Int = 8 << 20) {
        started.withLockedValue { started in
            guard !started else { return }
            started = true
            let thread = Thread {
                while true {
                    Thread.sleep(forTimeInterval: interval)
                    _ = backstrong_release_free_heap_if_grown(growth)
                }
            }
            thread.name = "heap-trimmer"
            thread.qualityOfService = .background
            thread.start()
        }
    }

    private static let started = NIOLockedValueBox(false)
}
