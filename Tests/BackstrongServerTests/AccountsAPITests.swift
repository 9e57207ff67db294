// Accounts over the API: sign-up, sign-in with its rate limit, sign-out, and what happens without a token.
import Foundation
import Testing
import VaporTesting

@testable import BackstrongServer

@Suite("API accounts")
struct AccountsAPITests {
    static let credentials = #"{"email":" Person@Example.com ","password":"correct horse"}"#

    @Test("sign-up creates an account (201) with the lower-cased email", arguments: TestStore.all)
    func signUp(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // when
            let reply = try await app.api(.POST, "api/v1/users", body: Self.credentials)
            // then
            #expect(reply.status == .created)
            let user = try reply.decode(UserResponse.self)
            #expect(user.email == "person@example.com")
        }
    }

    @Test("sign-up with a taken email is a 409 naming email", arguments: TestStore.all)
    func duplicateEmail(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            #expect(try await app.api(.POST, "api/v1/users", body: Self.credentials).status == .created)
            // when
            let reply = try await app.api(.POST, "api/v1/users", body: #"{"email":"person@example.com","password":"another one"}"#)
            // then
            #expect(reply.status == .conflict)
            #expect(reply.error?.error == "email_taken")
            #expect(reply.error?.field == "email")
        }
    }

    @Test("sign-up with a bad email or a short password is a 422 naming the field", arguments: TestStore.all)
    func invalidCredentials(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // when
            let badEmail = try await app.api(.POST, "api/v1/users", body: #"{"email":"not-an-email","password":"correct horse"}"#)
            let shortPassword = try await app.api(.POST, "api/v1/users", body: #"{"email":"a@example.com","password":"short"}"#)
            // then
            #expect(badEmail.status == .unprocessableEntity)
            #expect(badEmail.error?.field == "email")
            #expect(shortPassword.status == .unprocessableEntity)
            #expect(shortPassword.error?.field == "password")
            #expect(shortPassword.error?.message.contains("8") == true)
        }
    }

    @Test("sign-up without a password is a 400 JSON error naming it", arguments: TestStore.all)
    func missingPassword(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // when
            let reply = try await app.api(.POST, "api/v1/users", body: #"{"email":"a@example.com"}"#)
            // then
            #expect(reply.status == .badRequest)
            #expect(reply.error?.field == "password")
        }
    }

    @Test("sign-in gives a token (201) that opens the API", arguments: TestStore.all)
    func signIn(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            _ = try await app.api(.POST, "api/v1/users", body: Self.credentials)
            // when
            let reply = try await app.api(.POST, "api/v1/tokens", body: Self.credentials)
            // then
            #expect(reply.status == .created)
            let token = try reply.decode(TokenResponse.self)
            #expect(token.token.count >= 40)
            #expect(token.expiresAt > Date())
            #expect(try await app.api(.GET, "api/v1/sessions", token: token.token).status == .ok)
        }
    }

    @Test("sign-in with a wrong password is a 401 JSON error", arguments: TestStore.all)
    func wrongPassword(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            _ = try await app.api(.POST, "api/v1/users", body: Self.credentials)
            // when
            let reply = try await app.api(.POST, "api/v1/tokens", body: #"{"email":"person@example.com","password":"wrong horse"}"#)
            // then
            #expect(reply.status == .unauthorized)
            #expect(reply.error?.error == "invalid_credentials")
        }
    }

    @Test("after 5 failed sign-ins every attempt is a 429, even with the right password", arguments: TestStore.all)
    func rateLimit(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            _ = try await app.api(.POST, "api/v1/users", body: Self.credentials)
            let wrong = #"{"email":"person@example.com","password":"wrong horse"}"#
            for _ in 1...AccountsAPIController.maxFailures {
                #expect(try await app.api(.POST, "api/v1/tokens", body: wrong).status == .unauthorized)
            }
            // when
            let limited = try await app.api(.POST, "api/v1/tokens", body: wrong)
            let right = try await app.api(.POST, "api/v1/tokens", body: Self.credentials)
            // then
            #expect(limited.status == .tooManyRequests)
            #expect(limited.error?.error == "rate_limited")
            #expect(limited.headers.first(name: .retryAfter) != nil)
            #expect(right.status == .tooManyRequests)
        }
    }

    @Test("signing out (204) makes the token stop working (401)", arguments: TestStore.all)
    func signOut(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            // given
            let token = try await apiToken(app)
            // when
            let reply = try await app.api(.DELETE, "api/v1/tokens/current", token: token)
            // then
            #expect(reply.status == .noContent)
            let after = try await app.api(.GET, "api/v1/sessions", token: token)
            #expect(after.status == .unauthorized)
            #expect(after.error?.error == "unauthorized")
        }
    }

    @Test("every API route without a token, or with an unknown one, is a 401 JSON error", arguments: TestStore.all)
    func noToken(store: TestStore) async throws {
        try await withBackstrongApp(store) { app in
            let routes: [(HTTPMethod, String)] = [
                (.GET, "api/v1/journal"), (.PUT, "api/v1/journal"), (.GET, "api/v1/plan"), (.GET, "api/v1/next"),
                (.GET, "api/v1/screening"), (.GET, "api/v1/progress"), (.GET, "api/v1/sessions"), (.POST, "api/v1/sessions"),
                (.GET, "api/v1/exercises"), (.DELETE, "api/v1/tokens/current"), (.DELETE, "api/v1/users/current"),
            ]
            for (method, path) in routes {
                // when
                let none = try await app.api(method, path)
                let unknown = try await app.api(method, path, token: "not-a-token")
                // then
                #expect(none.status == .unauthorized, "\(method) \(path)")
                #expect(none.error?.error == "unauthorized", "\(method) \(path)")
                #expect(none.headers.contentType == .json, "\(method) \(path)")
                #expect(unknown.status == .unauthorized, "\(method) \(path)")
            }
        }
    }
}
