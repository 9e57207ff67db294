// A STarT Back score entered by a clinician (clinical-rules §3): the total and the distress subscale only. We ship
// no items and no self-scoring (Keele's licence [14, 15]); the category adds advice, never changes screening,
// stage or loads.
import Foundation

/// One clinician-entered STarT Back Screening Tool result (the 9-item form).
public struct StartBackScore: Sendable, Equatable, Codable {
    public var date: Day
    /// Total score, 0–9.
    public var total: Int
    /// Distress (psychosocial) subscale, items 5–9: 0–5, never more than the total.
    public var distress: Int

    public init(date: Day, total: Int, distress: Int) {
        self.date = date
        self.total = total
        self.distress = distress
    }

    /// The risk category (Hill 2008 [14]): low when the total is 3 or less; otherwise high when the distress
    /// subscale is 4 or more, else medium.
    public var risk: StartBackRisk {
        if total <= ClinicalRules.startBackLowMaxTotal { return .low }
        return distress >= ClinicalRules.startBackHighMinDistress ? .high : .medium
    }
}

/// STarT Back risk categories.
public enum StartBackRisk: String, Sendable, Codable, CaseIterable {
    case low, medium, high
}
