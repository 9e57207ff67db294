// One logged workout as stored, with its pain check-ins; its sets are SetRecords.
import Fluent
import Foundation

final class TrainingSessionRecord: Model, @unchecked Sendable {
    static let schema = "training_sessions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserRecord
    /// As written: `YYYY-MM-DD` or with a time.
    @Field(key: "date") var date: String
    /// Days since 1970-01-01 and minute of day, for ordering.
    @Field(key: "day") var day: Int
    @OptionalField(key: "minute") var minute: Int?
    @Field(key: "position") var position: Int
    @OptionalField(key: "external_id") var externalID: String?
    @OptionalField(key: "pain_before") var painBefore: Double?
    @OptionalField(key: "pain_after") var painAfter: Double?
    @OptionalField(key: "next_morning_pain") var nextMorningPain: Double?
    @OptionalField(key: "new_leg_symptoms") var newLegSymptoms: Bool?
    @OptionalField(key: "notes") var notes: String?
    @OptionalField(key: "title") var title: String?
    @OptionalField(key: "duration_seconds") var durationSeconds: Double?
    /// The import source as JSON, when imported.
    @OptionalField(key: "source") var source: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
