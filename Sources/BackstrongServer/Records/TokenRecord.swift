// An API bearer token as stored: only its SHA-256 digest, never the token itself.
import Fluent
import Foundation

final class TokenRecord: Model, @unchecked Sendable {
    static let schema = "tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "digest") var digest: String
    @Parent(key: "user_id") var user: UserRecord
    /// `api` for bearer tokens, `web` for browser sign-in sessions.
    @Field(key: "kind") var kind: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(digest: String, userID: UUID, kind: String, expiresAt: Date) {
        self.digest = digest
        self.$user.id = userID
        self.kind = kind
        self.expiresAt = expiresAt
    }
}
