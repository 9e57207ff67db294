// A user account as stored. `journalVersion` goes up on every change of the user's facts, so derived
// results (plans, next loads) can be cached per version without ever going stale.
import Fluent
import Foundation

// Fluent's property wrappers hold mutable state the checker cannot verify; a record never leaves the request
// that loaded it, which is what makes `@unchecked Sendable` honest here (as in Vapor's template).
final class UserRecord: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "journal_version") var journalVersion: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, email: String, passwordHash: String) {
        self.id = id
        self.email = email
        self.passwordHash = passwordHash
        self.journalVersion = 0
    }
}
