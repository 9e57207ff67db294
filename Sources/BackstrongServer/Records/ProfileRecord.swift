// The user's profile as stored (lists as comma-separated vocabulary words).
import Fluent
import Foundation

final class ProfileRecord: Model, @unchecked Sendable {
    static let schema = "profiles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserRecord
    @Field(key: "age") var age: Int
    @Field(key: "bodyweight_kg") var bodyweightKg: Double
    @Field(key: "experience") var experience: String
    @Field(key: "days_per_week") var daysPerWeek: Int
    @Field(key: "equipment") var equipment: String
    @Field(key: "sensitivities") var sensitivities: String
    @Field(key: "conditions") var conditions: String
    @Field(key: "cleared_by_professional") var clearedByProfessional: Bool
    @OptionalField(key: "cleared_on") var clearedOn: String?
    @Field(key: "units") var units: String
    @OptionalField(key: "sex") var sex: String?

    init() {}
}
