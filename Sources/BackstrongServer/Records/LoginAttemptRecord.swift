// A failed sign-in, counted to rate-limit guessing (kept in the database so several servers share it).
import Fluent
import Foundation

final class LoginAttemptRecord: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(key: .id) var id: UUID?
    /// The email tried (lower-cased) or `ip:ADDRESS`.
    @Field(key: "subject") var subject: String
    @Field(key: "at") var at: Date

    init() {}

    init(subject: String, at: Date) {
        self.subject = subject
        self.at = at
    }
}
