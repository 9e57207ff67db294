// The first answer to a request sent with an `Idempotency-Key`, so a retry gets the same answer and
// nothing is written twice.
import Fluent
import Foundation

final class IdempotencyRecord: Model, @unchecked Sendable {
    static let schema = "idempotency_keys"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "key") var key: String
    /// SHA-256 of method, path and body: the same key with another request is an error.
    @Field(key: "request_digest") var requestDigest: String
    @Field(key: "status") var status: Int
    @Field(key: "body") var body: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
