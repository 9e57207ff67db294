// Settings → "Your clinician's STarT Back score": records the total and distress subscale a clinician gave
// (clinical-rules §3: no items, no self-scoring); the plan then carries advice for its category, never other loads.
import BackstrongCore
import Fluent
import Foundation
import Vapor

/// What the STarT Back form shows: the typed values, a message next to each field at fault, and the latest score.
struct StartBackContent: Encodable {
    var date: String
    var total: String
    var distress: String
    var dateError: String?
    var totalError: String?
    var distressError: String?
    /// The latest recorded score in words, if any.
    var latest: String?
    /// Keele's copyright line, shown with the tool's name.
    var copyright = ClinicalRules.startBackCopyright

    init(form: StartBackFormFields? = nil, errors: [String: String] = [:], latest: StartBackScore?, today: Day) {
        date = form?.startBackDate ?? today.iso
        total = form?.startBackTotal ?? ""
        distress = form?.startBackDistress ?? ""
        dateError = errors["startBackDate"]
        totalError = errors["startBackTotal"]
        distressError = errors["startBackDistress"]
        self.latest = latest.map { "\(PageDates.label($0.date)): total \($0.total)/9, distress \($0.distress)/5, \($0.risk.rawValue) risk" }
    }
}

struct StartBackFormFields: Content {
    var startBackDate: String?
    var startBackTotal: String?
    var startBackDistress: String?

    /// The score the fields describe, or every field at fault with its message.
    func validated(today: Day) -> Result<StartBackScore, StartBackFormErrors> {
        var errors: [String: String] = [:]
        let dateText = (startBackDate ?? "").trimmingCharacters(in: .whitespaces)
        let date = Day(iso: dateText)
        if dateText.isEmpty {
            errors["startBackDate"] = "Enter the date your clinician scored it"
        } else if let date, date > today {
            errors["startBackDate"] = "The date cannot be in the future (today is \(today.iso))"
        } else if date == nil {
            errors["startBackDate"] = "Enter the date as YYYY-MM-DD, got \"\(dateText)\""
        }
        func whole(_ text: String?, _ field: String, _ label: String, _ range: ClosedRange<Int>) -> Int? {
            let t = (text ?? "").trimmingCharacters(in: .whitespaces)
            guard let v = Int(t), range.contains(v) else {
                errors[field] = "\(label) is a whole number from \(range.lowerBound) to \(range.upperBound)\(t.isEmpty ? "" : ", got \"\(t)\"")"
                return nil
            }
            return v
        }
        let total = whole(startBackTotal, "startBackTotal", "The total", 0...9)
        let distress = whole(startBackDistress, "startBackDistress", "The distress subscale", 0...5)
        if let total, let distress, distress > total {
            errors["startBackDistress"] = "The distress subscale (\(distress)) is part of the total, so it cannot be more than \(total)"
        }
        guard errors.isEmpty, let date, let total, let distress else { return .failure(StartBackFormErrors(fields: errors)) }
        return .success(StartBackScore(date: date, total: total, distress: distress))
    }
}

struct StartBackFormErrors: Error {
    var fields: [String: String]
}

extension SettingsPages {
    /// POST /settings/start-back: adds the score, or shows the settings page with the messages and typed values.
    @Sendable func saveStartBack(req: Request) async throws -> Response {
        let user = try req.webUser()
        guard let journal = try await JournalService.journal(for: user, on: req) else { return req.redirect(to: "/settings") }
        let form = try req.content.decode(StartBackFormFields.self)
        let today = Self.today(req)
        switch form.validated(today: today) {
        case .success(let score):
            try await req.db.writeTransaction { tx in
                let position = try await StartBackRecord.query(on: tx).filter(\.$user.$id == user.id).count()
                try await JournalStore.addStartBack(userID: user.id, score, position: position, on: tx)
                try await JournalStore.bumpVersion(userID: user.id, on: tx)
            }
            req.application.journalCache.forget(user.id)
            return req.redirect(to: "/settings?saved=startBack")
        case .failure(let e):
            var content = Self.content(profile: journal.profile, today: today)
            content.startBack = StartBackContent(form: form, errors: e.fields, latest: journal.startBack.last, today: today)
            let view = try await req.page(
                "settings", PageBase(req, title: "Settings", section: "settings", units: journal.profile.units), content)
            return try await view.encodeResponse(status: .unprocessableEntity, for: req)
        }
    }
}
