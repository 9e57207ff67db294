// Sign up, sign in and sign out pages. Validation errors show next to the field, and the email typed is kept.
import Fluent
import Foundation
import Vapor

struct SignInForm: Content {
    var email: String?
    var password: String?
}

struct SignInContent: Encodable {
    var heading: String
    var intro: String
    var action: String
    var submit: String
    var passwordAutocomplete: String
    var email: String
    var emailError: String?
    var passwordError: String?
    var formError: String?
    var switchText: String
    var switchHref: String
    var switchLink: String
}

struct AccountPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: home)
        routes.get("signup", use: signUpPage)
        routes.post("signup", use: signUp)
        routes.get("signin", use: signInPage)
        routes.post("signin", use: signIn)
        routes.post("signout", use: signOut)
    }

    @Sendable func home(req: Request) async throws -> Response {
        req.redirect(to: req.auth.has(AuthenticatedUser.self) ? "/today" : "/signin")
    }

    static func signUpContent(email: String = "", emailError: String? = nil, passwordError: String? = nil, formError: String? = nil) -> SignInContent {
        SignInContent(
            heading: "Create your account", intro: "Backstrong guides you from a few safety questions to your first workout. Your data stays on this server.",
            action: "/signup", submit: "Create account", passwordAutocomplete: "new-password", email: email,
            emailError: emailError, passwordError: passwordError, formError: formError,
            switchText: "Already have an account?", switchHref: "/signin", switchLink: "Sign in")
    }

    static func signInContent(email: String = "", formError: String? = nil) -> SignInContent {
        SignInContent(
            heading: "Sign in", intro: "Welcome back.", action: "/signin", submit: "Sign in", passwordAutocomplete: "current-password",
            email: email, emailError: nil, passwordError: nil, formError: formError,
            switchText: "New here?", switchHref: "/signup", switchLink: "Create an account")
    }

    @Sendable func signUpPage(req: Request) async throws -> View {
        let deleted = req.query[String.self, at: "deleted"] != nil ? "Your account and all its data were deleted." : nil
        return try await req.page("signin", PageBase(req, title: "Create account", section: "signup", message: deleted), Self.signUpContent())
    }

    @Sendable func signUp(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        let email = form.email ?? ""
        do {
            let user = try await AccountsAPIController.createUser(email: email, password: form.password ?? "", on: req)
            let response = req.redirect(to: "/onboarding/screening")
            try await WebSession.start(for: try user.requireID(), on: req, response: response)
            return response
        } catch let e as APIError {
            let content = Self.signUpContent(
                email: email, emailError: e.field == "email" ? e.message : nil, passwordError: e.field == "password" ? e.message : nil,
                formError: e.field == nil ? e.message : nil)
            let view = try await req.page("signin", PageBase(req, title: "Create account", section: "signup"), content)
            return try await view.encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    @Sendable func signInPage(req: Request) async throws -> View {
        try await req.page("signin", PageBase(req, title: "Sign in", section: "signin"), Self.signInContent())
    }

    @Sendable func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        let email = form.email ?? ""
        do {
            let user = try await AccountsAPIController.verify(email: email, password: form.password ?? "", on: req)
            let response = req.redirect(to: "/today")
            try await WebSession.start(for: try user.requireID(), on: req, response: response)
            return response
        } catch let e as APIError {
            let view = try await req.page("signin", PageBase(req, title: "Sign in", section: "signin"), Self.signInContent(email: email, formError: e.message))
            return try await view.encodeResponse(status: e.status, for: req)
        }
    }

    @Sendable func signOut(req: Request) async throws -> Response {
        let response = req.redirect(to: "/signin")
        try await WebSession.end(on: req, response: response)
        return response
    }
}
