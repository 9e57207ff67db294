// One dated round of bodyweight readiness tests as stored.
import Fluent
import Foundation

final class AssessmentRecord: Model, @unchecked Sendable {
    static let schema = "assessments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserRecord
    @Field(key: "date") var date: String
    @Field(key: "position") var position: Int
    @OptionalField(key: "squats") var squats: Int?
    @OptionalField(key: "lunges_per_side") var lungesPerSide: Int?
    @OptionalField(key: "push_ups") var pushUps: Int?
    @OptionalField(key: "plank_seconds") var plankSeconds: Double?
    @OptionalField(key: "side_plank_left_seconds") var sidePlankLeftSeconds: Double?
    @OptionalField(key: "side_plank_right_seconds") var sidePlankRightSeconds: Double?
    @OptionalField(key: "back_extension_hold_seconds") var backExtensionHoldSeconds: Double?
    @OptionalField(key: "trunk_flexor_hold_seconds") var trunkFlexorHoldSeconds: Double?
    @OptionalField(key: "pain_during_tests") var painDuringTests: Double?

    init() {}
}
