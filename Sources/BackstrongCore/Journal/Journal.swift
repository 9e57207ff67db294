// The journal: every fact the user gave (profile, screening, tests, sessions, check-ins).
// Plans and loads are never stored; they are derived from a journal by pure functions.
import Foundation

/// Everything Backstrong knows about one person, as facts.
public struct Journal: Sendable, Equatable, Encodable {
    /// Version of the journal format this document follows.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var profile: Profile
    public var screening: Screening?
    /// Oldest first.
    public var assessments: [Assessment]
    /// Oldest first.
    public var sessions: [Session]
    /// Resting pain check-ins, oldest first.
    public var checkIns: [PainCheckIn]
    public var customExercises: [CustomExercise]
    /// Clinician-entered STarT Back scores, oldest first (advice only).
    public var startBack: [StartBackScore]

    public init(
        profile: Profile, screening: Screening? = nil, assessments: [Assessment] = [], sessions: [Session] = [],
        checkIns: [PainCheckIn] = [], customExercises: [CustomExercise] = [], startBack: [StartBackScore] = []
    ) {
        self.formatVersion = Journal.currentFormatVersion
        self.profile = profile
        self.screening = screening
        self.assessments = assessments
        self.sessions = sessions
        self.checkIns = checkIns
        self.customExercises = customExercises
        self.startBack = startBack
    }

    /// The most recent assessment, if any.
    public var latestAssessment: Assessment? { assessments.last }

    /// Pretty, key-sorted JSON of the journal.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
