// A clinician-entered STarT Back score (total and distress subscale) as stored.
import Fluent
import Foundation

final class StartBackRecord: Model, @unchecked Sendable {
    static let schema = "start_back_scores"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserRecord
    @Field(key: "date") var date: String
    @Field(key: "position") var position: Int
    @Field(key: "total") var total: Int
    @Field(key: "distress") var distress: Int

    init() {}
}
