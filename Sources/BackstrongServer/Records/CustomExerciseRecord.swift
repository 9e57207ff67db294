// An exercise the user logs that is not in the catalog, as stored.
import Fluent
import Foundation

final class CustomExerciseRecord: Model, @unchecked Sendable {
    static let schema = "custom_exercises"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserRecord
    @Field(key: "exercise_id") var exerciseID: String
    @Field(key: "name") var name: String
    @Field(key: "position") var position: Int

    init() {}
}
