// Property checks that try the same cases on every run, so that CI passes or fails on the code and never on the
// draw; `BACKSTRONG_PROPERTY_RANDOM=1` draws new random cases instead (with PropertyBased's shrinking), to explore.
import Foundation
import PropertyBased
import Testing

/// Runs `body` on `count` values from `input`: the same values on every run (case i is drawn from a generator seeded
/// with i), or new random ones when the environment sets `BACKSTRONG_PROPERTY_RANDOM=1`.
public func repeatablePropertyCheck<ResultValue, ShrinkSequence>(
    count: Int,
    input: Generator<ResultValue, ShrinkSequence>,
    perform body: (ResultValue) async throws -> Void,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    if ProcessInfo.processInfo.environment["BACKSTRONG_PROPERTY_RANDOM"] == "1" {
        await propertyCheck(count: count, input: input, perform: body, sourceLocation: sourceLocation)
        return
    }
    for i in 0..<count {
        // xoshiro256** needs a state that is not all zeros; the constants spell "BACKSTRONG" in ASCII
        var rng = Xoshiro(seed: (0x4241_434B, UInt64(i) &+ 1, 0x5354_524F, 0x4E47))
        let value = input.run(using: &rng)
        do {
            try await body(value)
        } catch {
            Issue.record(error, "repeatable property case \(i)", sourceLocation: sourceLocation)
        }
    }
}
