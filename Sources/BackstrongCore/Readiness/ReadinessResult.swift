// The readiness verdict: stage, reasons, trunk-endurance flags and the test values used.
import Foundation

/// A trunk-endurance flag (clinical-rules §7.1). Flags inform; they never change the stage.
public struct ReadinessFlag: Sendable, Equatable, Codable {
    /// `flexorExtensorRatio`, `sidePlankAsymmetry`, `sideToExtensorRatio` or `extensorEnduranceLow`.
    public var id: String
    public var message: String
    /// The number that fired it (a ratio or seconds).
    public var value: Double
    public var source: String
}

/// One test value used for the verdict and where it came from.
public struct TestValue: Sendable, Equatable, Codable {
    public var test: String
    public var value: Double
    /// `assessment` or `logged` (a logged hold or set that beat the last test).
    public var from: String
    public var date: Day
    /// A published norm to compare with, in plain words, where one exists.
    public var norm: String?
}

/// Readiness for a journal on a given day.
public struct ReadinessResult: Sendable, Equatable, Codable {
    public var stage: Stage
    public var reasons: [String]
    public var flags: [ReadinessFlag]
    /// Names of the tests the verdict needed but did not have.
    public var missingTests: [String]
    public var tests: [TestValue]
    public var assessedOn: Day?
}
