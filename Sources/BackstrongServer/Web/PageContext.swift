// What every page's template gets: title, the signed-in user, the CSRF token, the active section and units,
// plus the page's own content.
import BackstrongCore
import Foundation
import Vapor

/// The common part of every page context.
struct PageBase: Encodable {
    var title: String
    var email: String?
    var csrf: String
    /// Navigation section to highlight: today, workout, progress, exercises, learn, settings.
    var section: String
    var units: String
    var message: String?

    init(_ req: Request, title: String, section: String = "", units: Units = .kg, message: String? = nil) {
        self.title = title
        self.email = req.auth.get(AuthenticatedUser.self)?.email
        self.csrf = CSRF.token(for: req)
        self.section = section
        self.units = units.rawValue
        // A message can also arrive from a redirect (`?message=`); Leaf escapes it.
        self.message = message ?? req.query[String.self, at: "message"].map { String($0.prefix(300)) }
    }
}

/// A page context: the base and the page's own data.
struct Page<Content: Encodable>: Encodable {
    var base: PageBase
    var content: Content
}

extension Request {
    /// Renders a Leaf template with a base and content.
    func page<C: Encodable>(_ template: String, _ base: PageBase, _ content: C) async throws -> View {
        try await view.render(template, Page(base: base, content: content))
    }
}

/// Display helpers for loads in the person's unit.
enum Display {
    static func load(_ kg: Double?, units: Units, perHand: Bool = false) -> String {
        LoadText.load(kg, units: units, perHand: perHand)
    }

    /// A value in the person's unit, for pre-filling a form field.
    static func value(_ kg: Double?, units: Units) -> String {
        guard let kg else { return "" }
        return units == .kg ? number(kg) : number(kg / Units.kilogramsPerPound, decimals: 1)
    }

    /// Kilograms from a number typed in the person's unit.
    static func kilograms(_ typed: Double, units: Units) -> Double {
        units == .kg ? typed : typed * Units.kilogramsPerPound
    }

    static func number(_ x: Double, decimals: Int = 2) -> String { LoadText.number(x, decimals: decimals) }
}
