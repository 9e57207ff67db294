// One dated round of bodyweight readiness tests (clinical-rules §7). Every test is optional.
import Foundation

/// Results of the bodyweight readiness tests on one day.
public struct Assessment: Sendable, Equatable, Codable {
    public var date: Day
    /// Bodyweight squats with good form.
    public var squats: Int?
    public var lungesPerSide: Int?
    public var pushUps: Int?
    public var plankSeconds: Double?
    public var sidePlankLeftSeconds: Double?
    public var sidePlankRightSeconds: Double?
    /// The Biering-Sørensen back-extension hold.
    public var backExtensionHoldSeconds: Double?
    /// McGill trunk-flexor hold (trunk at 60°).
    public var trunkFlexorHoldSeconds: Double?
    /// Worst pain during the tests, 0–10.
    public var painDuringTests: Double?

    public init(
        date: Day, squats: Int? = nil, lungesPerSide: Int? = nil, pushUps: Int? = nil, plankSeconds: Double? = nil,
        sidePlankLeftSeconds: Double? = nil, sidePlankRightSeconds: Double? = nil,
        backExtensionHoldSeconds: Double? = nil, trunkFlexorHoldSeconds: Double? = nil, painDuringTests: Double? = nil
    ) {
        self.date = date
        self.squats = squats
        self.lungesPerSide = lungesPerSide
        self.pushUps = pushUps
        self.plankSeconds = plankSeconds
        self.sidePlankLeftSeconds = sidePlankLeftSeconds
        self.sidePlankRightSeconds = sidePlankRightSeconds
        self.backExtensionHoldSeconds = backExtensionHoldSeconds
        self.trunkFlexorHoldSeconds = trunkFlexorHoldSeconds
        self.painDuringTests = painDuringTests
    }
}
