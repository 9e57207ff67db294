// One logged set as stored. `logIndex` is the exercise's place in the session, `position` the set's place in it.
import Fluent
import Foundation

final class SetRecord: Model, @unchecked Sendable {
    static let schema = "logged_sets"

    @ID(key: .id) var id: UUID?
    @Parent(key: "session_id") var session: TrainingSessionRecord
    @Field(key: "user_id") var userID: UUID
    @Field(key: "log_index") var logIndex: Int
    @Field(key: "position") var position: Int
    @Field(key: "exercise_id") var exerciseID: String
    @OptionalField(key: "weight_kg") var weightKg: Double?
    @OptionalField(key: "reps") var reps: Int?
    @OptionalField(key: "seconds") var seconds: Double?
    @OptionalField(key: "rpe") var rpe: Double?
    @OptionalField(key: "form") var form: String?
    @OptionalField(key: "pain") var pain: Double?
    @Field(key: "kind") var kind: String
    @OptionalField(key: "notes") var notes: String?
    @OptionalField(key: "log_notes") var logNotes: String?
    @OptionalField(key: "distance_km") var distanceKm: Double?
    @OptionalField(key: "duration_seconds") var durationSeconds: Double?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
