// One dated set of screening answers as stored (answers as a JSON object of booleans); the latest counts.
import Fluent
import Foundation

final class ScreeningRecord: Model, @unchecked Sendable {
    static let schema = "screenings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserRecord
    @Field(key: "date") var date: String
    @Field(key: "answers") var answers: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
