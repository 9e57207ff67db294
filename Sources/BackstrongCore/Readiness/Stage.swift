// The readiness stages (clinical-rules §7.2): what kind of training a person is ready for.
import Foundation

/// How far a person is along the path from bodyweight work to progressive loading.
public enum Stage: String, Sendable, Codable, CaseIterable, Comparable {
    /// Bodyweight and core only.
    case foundation
    /// Light external load.
    case loading
    /// Progressive loading of the main lifts.
    case strength

    var rank: Int {
        switch self {
        case .foundation: return 0
        case .loading: return 1
        case .strength: return 2
        }
    }

    public static func < (a: Stage, b: Stage) -> Bool { a.rank < b.rank }

    /// One stage lower (foundation stays foundation).
    public var lower: Stage {
        switch self {
        case .foundation, .loading: return .foundation
        case .strength: return .loading
        }
    }
}
