// A resting pain check-in as stored.
import Fluent
import Foundation

final class CheckInRecord: Model, @unchecked Sendable {
    static let schema = "check_ins"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserRecord
    @Field(key: "date") var date: String
    @Field(key: "position") var position: Int
    @Field(key: "pain") var pain: Double
    @OptionalField(key: "new_leg_symptoms") var newLegSymptoms: Bool?

    init() {}
}
