// The next-morning check-in: one tap on a 0–10 scale (plus "new leg symptoms") saves the morning-after pain on the
// latest workout before today, which the engine uses to hold or lower the next loads.
import BackstrongCore
import Fluent
import Foundation
import Vapor

struct CheckInPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("checkin", use: page)
        routes.post("checkin", use: save)
    }

    struct CheckInContent: Encodable {
        var hasSession: Bool
        var sessionLabel: String?
        var current: String?
        var scale: [Int]
        var painError: String?
        var legSymptoms: Bool
    }

    /// The workout the check-in is for: the latest before today, else the latest.
    static func target(userID: UUID, on req: Request) async throws -> TrainingSessionRecord? {
        let records = try await JournalStore.sessionRecords(userID: userID, on: req.db)
        let today = PageDates.today()
        return records.last { $0.day < today.ordinal } ?? records.last
    }

    static func render(_ req: Request, user: AuthenticatedUser, painError: String? = nil, legSymptoms: Bool = false) async throws -> Response {
        let record = try await target(userID: user.id, on: req)
        let units = try await JournalService.journal(for: user, on: req)?.profile.units ?? .kg
        let content = CheckInContent(
            hasSession: record != nil, sessionLabel: record.map { PageDates.label(Day(ordinal: $0.day)) },
            current: record?.nextMorningPain.map { Display.number($0) }, scale: Array(0...10), painError: painError,
            legSymptoms: legSymptoms || record?.newLegSymptoms == true)
        return try await req.page("checkin", PageBase(req, title: "Morning check-in", section: "today", units: units), content)
            .encodeResponse(status: painError == nil ? .ok : .unprocessableEntity, for: req)
    }

    @Sendable func page(req: Request) async throws -> Response {
        try await Self.render(req, user: try req.webUser())
    }

    @Sendable func save(req: Request) async throws -> Response {
        let user = try req.webUser()
        let form = FormFields(req)
        let leg = form["newLegSymptoms"] == "yes"
        var errors = FieldErrors()
        guard let pain = errors.integer("pain", form["pain"], label: "Morning pain", in: 0...10, required: true) else {
            return try await Self.render(req, user: user, painError: errors["pain"], legSymptoms: leg)
        }
        guard let record = try await Self.target(userID: user.id, on: req) else { return req.redirect(to: "/today") }
        record.nextMorningPain = Double(pain)
        if leg { record.newLegSymptoms = true }
        try await JournalStore.saveSession(userID: user.id, record, on: req.db)
        return req.redirect(to: "/today?done=checkin")
    }
}
