// One logged workout: its exercises and sets, and the pain check-ins around it.
import Foundation

/// The sets of one exercise within a session.
public struct ExerciseLog: Sendable, Equatable, Encodable {
    public var exerciseId: String
    public var sets: [LoggedSet]
    public var notes: String?

    public init(exerciseId: String, sets: [LoggedSet], notes: String? = nil) {
        self.exerciseId = exerciseId
        self.sets = sets
        self.notes = notes
    }
}

/// One logged workout.
public struct Session: Sendable, Equatable, Encodable {
    /// Optional stable identifier (the server and importers set one).
    public var id: String?
    public var date: SessionTime
    public var exercises: [ExerciseLog]
    /// Pain at rest before the session, 0–10.
    public var painBefore: Double?
    /// Pain after the session, 0–10.
    public var painAfter: Double?
    /// Pain on the morning after, 0–10.
    public var nextMorningPain: Double?
    /// New pain, numbness or weakness in a leg noticed around this session.
    public var newLegSymptoms: Bool?
    public var notes: String?
    /// The workout's name as another app titled it (e.g. "Morning workout").
    public var title: String?
    /// How long the workout took, in seconds.
    public var durationSeconds: Double?
    /// Where an imported session came from; nil for sessions logged in Backstrong.
    public var source: SessionSource?

    public init(
        id: String? = nil, date: SessionTime, exercises: [ExerciseLog], painBefore: Double? = nil,
        painAfter: Double? = nil, nextMorningPain: Double? = nil, newLegSymptoms: Bool? = nil, notes: String? = nil,
        title: String? = nil, durationSeconds: Double? = nil, source: SessionSource? = nil
    ) {
        self.id = id
        self.date = date
        self.exercises = exercises
        self.painBefore = painBefore
        self.painAfter = painAfter
        self.nextMorningPain = nextMorningPain
        self.newLegSymptoms = newLegSymptoms
        self.notes = notes
        self.title = title
        self.durationSeconds = durationSeconds
        self.source = source
    }

    public var day: Day { date.day }

    enum CodingKeys: String, CodingKey {
        case id, date, exercises, painBefore, painAfter, nextMorningPain, newLegSymptoms, notes, title, durationSeconds
        case source
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encode(date.text, forKey: .date)
        try c.encode(exercises, forKey: .exercises)
        try c.encodeIfPresent(painBefore, forKey: .painBefore)
        try c.encodeIfPresent(painAfter, forKey: .painAfter)
        try c.encodeIfPresent(nextMorningPain, forKey: .nextMorningPain)
        try c.encodeIfPresent(newLegSymptoms, forKey: .newLegSymptoms)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(durationSeconds, forKey: .durationSeconds)
        try c.encodeIfPresent(source, forKey: .source)
    }
}

/// The file and rows an imported session was read from, so it can be traced back and re-imported safely.
public struct SessionSource: Sendable, Equatable, Codable {
    /// The app that wrote the file: `strong`, `hevy`, `fitnotes` or `backstrong`.
    public var app: String
    /// The file's name (without its folder).
    public var file: String?
    /// First and last line of the file (1-based, the header is line 1) holding the session's rows.
    public var firstLine: Int?
    public var lastLine: Int?

    public init(app: String, file: String? = nil, firstLine: Int? = nil, lastLine: Int? = nil) {
        self.app = app
        self.file = file
        self.firstLine = firstLine
        self.lastLine = lastLine
    }
}

/// A resting pain check-in on a day without (or apart from) a workout.
public struct PainCheckIn: Sendable, Equatable, Codable {
    public var date: Day
    /// Pain at rest, 0–10.
    public var pain: Double
    public var newLegSymptoms: Bool?

    public init(date: Day, pain: Double, newLegSymptoms: Bool? = nil) {
        self.date = date
        self.pain = pain
        self.newLegSymptoms = newLegSymptoms
    }
}

/// An exercise the user logs that is not in the catalog (kept under its own name, never dropped).
public struct CustomExercise: Sendable, Equatable, Codable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
