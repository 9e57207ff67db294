// Accounts and tokens: sign up, sign in (rate-limited), sign out, delete the account with every row of it.
import Fluent
import Foundation
import NIOPosix
import Vapor

struct CredentialsRequest: Content {
    var email: String
    var password: String
}

struct UserResponse: Content {
    var id: UUID
    var email: String
}

struct TokenResponse: Content {
    var token: String
    var expiresAt: Date
}

struct AccountsAPIController: RouteCollection {
    /// Failed sign-ins allowed per email (and 4× per address) in the window.
    static let maxFailures = 5
    static let failureWindow: TimeInterval = 15 * 60
    static let tokenLifetime: TimeInterval = 90 * 24 * 3600

    func boot(routes: any RoutesBuilder) throws {
        routes.post("users", use: signUp)
        routes.post("tokens", use: signIn)
        let authed = routes.grouped(BearerTokenAuthenticator())
        authed.delete("tokens", "current", use: signOut)
        authed.delete("users", "current", use: deleteAccount)
    }

    @Sendable func signUp(req: Request) async throws -> Response {
        let body = try req.content.decode(CredentialsRequest.self)
        let user = try await Self.createUser(email: body.email, password: body.password, on: req)
        let response = Response(status: .created)
        try response.content.encode(UserResponse(id: try user.requireID(), email: user.email), as: .json)
        return response
    }

    /// Validates and creates an account; shared by the API and the sign-up page.
    static func createUser(email rawEmail: String, password: String, on req: Request) async throws -> UserRecord {
        let email = rawEmail.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard email.count <= 254, email.range(of: #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#, options: .regularExpression) != nil else {
            throw APIError.invalid("email", "email must look like name@example.com")
        }
        guard password.count >= 8 else { throw APIError.invalid("password", "password must be at least 8 characters") }
        guard password.utf8.count <= 72 else { throw APIError.invalid("password", "password must be at most 72 bytes") }
        if try await UserRecord.query(on: req.db).filter(\.$email == email).first() != nil {
            throw APIError(status: .conflict, code: "email_taken", message: "An account with this email already exists", field: "email")
        }
        let hash = try await Self.hasher(req).hash(password)
        let user = UserRecord(email: email, passwordHash: hash)
        do {
            try await user.create(on: req.db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw APIError(status: .conflict, code: "email_taken", message: "An account with this email already exists", field: "email")
        }
        return user
    }

    /// Threads of their own for bcrypt: on the shared NIO pool, which runs every SQLite call too, a burst of
    /// sign-ins queued all database work behind ~0.25 s hashes until requests timed out waiting for a connection.
    static let passwordPool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(1, System.coreCount))
        pool.start()
        return pool
    }()

    static func hasher(_ req: Request) -> AsyncPasswordHasher {
        req.application.password.sync.async(on: passwordPool, hopTo: req.eventLoop)
    }

    @Sendable func signIn(req: Request) async throws -> Response {
        let body = try req.content.decode(CredentialsRequest.self)
        let user = try await Self.verify(email: body.email, password: body.password, on: req)
        let (token, expires) = try await Self.issueToken(for: try user.requireID(), kind: "api", on: req.db)
        let response = Response(status: .created)
        try response.content.encode(TokenResponse(token: token, expiresAt: expires), as: .json)
        return response
    }

    /// Checks a password with rate limiting by email and by client address; shared with the sign-in page.
    static func verify(email rawEmail: String, password: String, on req: Request) async throws -> UserRecord {
        let email = rawEmail.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let ip = "ip:" + (req.remoteAddress?.ipAddress ?? "unknown")
        let since = Date().addingTimeInterval(-failureWindow)
        let byEmail = try await LoginAttemptRecord.query(on: req.db).filter(\.$subject == email).filter(\.$at > since).count()
        let byIP = try await LoginAttemptRecord.query(on: req.db).filter(\.$subject == ip).filter(\.$at > since).count()
        if byEmail >= maxFailures || byIP >= maxFailures * 4 {
            var e = APIError(status: .tooManyRequests, code: "rate_limited",
                             message: "Too many failed sign-ins; try again in 15 minutes")
            e.headers.replaceOrAdd(name: .retryAfter, value: String(Int(failureWindow)))
            throw e
        }
        if let user = try await UserRecord.query(on: req.db).filter(\.$email == email).first(),
            try await Self.hasher(req).verify(password, created: user.passwordHash)
        {
            return user
        }
        let now = Date()
        try await LoginAttemptRecord(subject: email, at: now).create(on: req.db)
        try await LoginAttemptRecord(subject: ip, at: now).create(on: req.db)
        throw APIError(status: .unauthorized, code: "invalid_credentials", message: "Email or password is wrong")
    }

    static func issueToken(for userID: UUID, kind: String, on db: any Database) async throws -> (String, Date) {
        let token = TokenDigest.newToken()
        let expires = Date().addingTimeInterval(tokenLifetime)
        try await TokenRecord(digest: TokenDigest.digest(token), userID: userID, kind: kind, expiresAt: expires).create(on: db)
        return (token, expires)
    }

    @Sendable func signOut(req: Request) async throws -> HTTPStatus {
        _ = try req.user()
        guard let bearer = req.headers.bearerAuthorization else { throw APIError.unauthorized() }
        try await TokenRecord.query(on: req.db).filter(\.$digest == TokenDigest.digest(bearer.token)).delete()
        return .noContent
    }

    @Sendable func deleteAccount(req: Request) async throws -> HTTPStatus {
        let user = try req.user()
        try await Self.deleteEverything(of: user.id, on: req.db)
        req.application.journalCache.forget(user.id)
        return .noContent
    }

    /// Removes every row of a user.
    static func deleteEverything(of userID: UUID, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            // Failed sign-ins are counted by email: they are this user's rows too.
            if let email = try await UserRecord.find(userID, on: tx)?.email {
                try await LoginAttemptRecord.query(on: tx).filter(\.$subject == email).delete()
            }
            try await JournalStore.deleteFacts(userID: userID, on: tx)
            try await IdempotencyRecord.query(on: tx).filter(\.$userID == userID).delete()
            try await PendingImportRecord.query(on: tx).filter(\.$userID == userID).delete()
            try await TokenRecord.query(on: tx).filter(\.$user.$id == userID).delete()
            try await UserRecord.query(on: tx).filter(\.$id == userID).delete()
        }
    }
}
