// Settings: units, body weight, training days, equipment, sensitivities and conditions (with a professional's
// clearance and its date). Saving changes the profile only, so the plan is worked out again from today while the
// history stays. Also: download the journal as JSON, and delete the account with every row of it.
import BackstrongCore
import Fluent
import Foundation
import Vapor

struct SettingsOption: Encodable {
    var id: String
    var value: String
    var label: String
    var checked: Bool
}

struct SettingsContent: Encodable {
    var hasProfile: Bool
    var units: [SettingsOption]
    var weightUnit: String
    var bodyweight: String
    var days: [SettingsOption]
    var equipment: [SettingsOption]
    var sensitivities: [SettingsOption]
    var conditions: [SettingsOption]
    var cleared: Bool
    var clearedOn: String
    var today: String
    var unitsError: String?
    var bodyweightError: String?
    var daysError: String?
    var equipmentError: String?
    var sensitivitiesError: String?
    var conditionsError: String?
    var clearedOnError: String?
    var confirm: String
    var confirmError: String?
    /// The clinician's STarT Back score form (StartBackForm.swift).
    var startBack: StartBackContent
}

struct SettingsForm: Content {
    var units: String?
    /// The unit the body weight was shown and typed in (the units before this change).
    var weightUnit: String?
    var bodyweight: String?
    var daysPerWeek: String?
    var equipment: [String]?
    var sensitivities: [String]?
    var conditions: [String]?
    var cleared: String?
    var clearedOn: String?
}

struct DeleteAccountForm: Content {
    var confirm: String?
}

/// A field-level problem in the settings form.
struct SettingsError: Error {
    var field: String
    var message: String
}

struct SettingsPages: RouteCollection {
    /// What the person types to confirm deleting the account.
    static let confirmWord = "DELETE"

    func boot(routes: any RoutesBuilder) throws {
        routes.get("settings", use: page)
        routes.post("settings", use: save)
        routes.get("settings", "export.json", use: export)
        routes.post("settings", "delete-account", use: deleteAccount)
        routes.post("settings", "start-back", use: saveStartBack)
    }

    // MARK: Page

    static func content(
        profile: Profile?, form: SettingsForm? = nil, errors: [String: String] = [:], confirm: String = "",
        confirmError: String? = nil, today: Day, latestStartBack: StartBackScore? = nil
    ) -> SettingsContent {
        let units = form?.units.flatMap(Units.init(rawValue:)) ?? profile?.units ?? .kg
        let weightUnit = profile?.units ?? .kg
        let days = form?.daysPerWeek ?? profile.map { String($0.daysPerWeek) } ?? "3"
        let equipment = form.map { Set($0.equipment ?? []) } ?? Set(profile?.equipment.map(\.rawValue) ?? [])
        let sensitivities =
            form.map { Set($0.sensitivities ?? []) } ?? Set(profile?.sensitivities.map(\.rawValue) ?? [])
        let conditions = form.map { Set($0.conditions ?? []) } ?? Set(profile?.conditions.map(\.rawValue) ?? [])
        return SettingsContent(
            hasProfile: profile != nil,
            units: [
                .init(id: "units-kg", value: "kg", label: "Kilograms (kg)", checked: units == .kg),
                .init(id: "units-lb", value: "lb", label: "Pounds (lb)", checked: units == .lb),
            ],
            weightUnit: weightUnit.rawValue,
            bodyweight: form?.bodyweight ?? Display.value(profile?.bodyweightKg, units: weightUnit),
            days: Journal.Limits.daysPerWeek.map {
                .init(id: "days-\($0)", value: String($0), label: "\($0) days", checked: days == String($0))
            },
            equipment: Equipment.allCases.map {
                .init(
                    id: "equipment-\($0.rawValue)", value: $0.rawValue, label: PlainWords.equipment($0),
                    checked: equipment.contains($0.rawValue))
            },
            sensitivities: Sensitivity.allCases.map {
                .init(
                    id: "sensitivity-\($0.rawValue)", value: $0.rawValue, label: PlainWords.sensitivity($0),
                    checked: sensitivities.contains($0.rawValue))
            },
            conditions: Condition.allCases.map {
                .init(
                    id: "condition-\($0.rawValue)", value: $0.rawValue, label: PlainWords.condition($0),
                    checked: conditions.contains($0.rawValue))
            },
            cleared: form.map { $0.cleared != nil } ?? profile?.clearedByProfessional ?? false,
            clearedOn: form?.clearedOn ?? profile?.clearedOn?.iso ?? "",
            today: today.iso,
            unitsError: errors["units"], bodyweightError: errors["bodyweight"], daysError: errors["daysPerWeek"],
            equipmentError: errors["equipment"], sensitivitiesError: errors["sensitivities"],
            conditionsError: errors["conditions"],
            clearedOnError: errors["clearedOn"], confirm: confirm, confirmError: confirmError,
            startBack: StartBackContent(latest: latestStartBack, today: today))
    }

    static func today(_ req: Request) -> Day { (try? JournalService.today(req)) ?? Day(Date(), in: .current) }

    @Sendable func page(req: Request) async throws -> View {
        let user = try req.webUser()
        let journal = try await JournalService.journal(for: user, on: req)
        let profile = journal?.profile
        let message: String? =
            switch req.query[String.self, at: "saved"] {
            case "1": "Your plan was updated from today. Your history is kept as it was."
            case "startBack": "Your clinician's STarT Back score was saved. It adds advice to your plan; it does not change your loads."
            default: nil
            }
        return try await req.page(
            "settings",
            PageBase(req, title: "Settings", section: "settings", units: profile?.units ?? .kg, message: message),
            Self.content(profile: profile, today: Self.today(req), latestStartBack: journal?.startBack.last))
    }

    // MARK: Saving

    /// The profile the form describes, or the first field at fault.
    static func validated(_ form: SettingsForm, current: Profile, today: Day) throws -> Profile {
        var p = current
        guard let units = form.units.flatMap(Units.init(rawValue:)) else {
            throw SettingsError(field: "units", message: "Choose kilograms or pounds")
        }
        p.units = units
        let typedUnit = form.weightUnit.flatMap(Units.init(rawValue:)) ?? current.units
        let text = (form.bodyweight ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        let range = Journal.Limits.bodyweightKg
        let lo = Display.value(range.lowerBound, units: typedUnit)
        let hi = Display.value(range.upperBound, units: typedUnit)
        guard !text.isEmpty else {
            throw SettingsError(field: "bodyweight", message: "Enter your body weight in \(typedUnit.rawValue)")
        }
        guard let typed = Double(text), typed.isFinite else {
            throw SettingsError(
                field: "bodyweight", message: "Body weight must be a number in \(typedUnit.rawValue), got \"\(text)\"")
        }
        let kg = Display.kilograms(typed, units: typedUnit)
        guard range.contains(kg) else {
            throw SettingsError(
                field: "bodyweight",
                message: "Body weight must be from \(lo) to \(hi) \(typedUnit.rawValue), got \(Display.number(typed))")
        }
        p.bodyweightKg = (kg * 100).rounded() / 100
        guard let days = form.daysPerWeek.flatMap({ Int($0) }), Journal.Limits.daysPerWeek.contains(days) else {
            throw SettingsError(field: "daysPerWeek", message: "Choose from 2 to 5 training days a week")
        }
        p.daysPerWeek = days
        func list<E: RawRepresentable & CaseIterable>(_ raw: [String]?, _: E.Type, field: String) throws -> [E]
        where E.RawValue == String {
            try (raw ?? []).map { v in
                guard let e = E(rawValue: v) else {
                    throw SettingsError(field: field, message: "\(v) is not one of the choices")
                }
                return e
            }.reduce(into: [E]()) { acc, e in if !acc.contains(where: { $0.rawValue == e.rawValue }) { acc.append(e) } }
        }
        p.equipment = try list(form.equipment, Equipment.self, field: "equipment").sorted()
        p.sensitivities = try list(form.sensitivities, Sensitivity.self, field: "sensitivities")
        p.conditions = try list(form.conditions, Condition.self, field: "conditions")
        let cleared = form.cleared != nil
        let dateText = (form.clearedOn ?? "").trimmingCharacters(in: .whitespaces)
        if cleared {
            guard !dateText.isEmpty else {
                throw SettingsError(field: "clearedOn", message: "Enter the date the professional cleared you to train")
            }
            guard let day = Day(iso: dateText) else {
                throw SettingsError(field: "clearedOn", message: "Enter the date as YYYY-MM-DD, got \"\(dateText)\"")
            }
            guard day <= today else {
                throw SettingsError(
                    field: "clearedOn", message: "The date of clearance cannot be in the future (today is \(today.iso))"
                )
            }
            p.clearedByProfessional = true
            p.clearedOn = day
        } else {
            guard dateText.isEmpty else {
                throw SettingsError(
                    field: "clearedOn",
                    message: "Tick \"A professional has cleared me to train\" too, or leave the date empty")
            }
            p.clearedByProfessional = false
            p.clearedOn = nil
        }
        return p
    }

    @Sendable func save(req: Request) async throws -> Response {
        let user = try req.webUser()
        guard let current = try await JournalService.journal(for: user, on: req)?.profile else {
            return req.redirect(to: "/settings")
        }
        let form = try req.content.decode(SettingsForm.self)
        let today = Self.today(req)
        do {
            let profile = try Self.validated(form, current: current, today: today)
            try await req.db.writeTransaction { tx in
                guard let r = try await ProfileRecord.query(on: tx).filter(\.$user.$id == user.id).first() else {
                    return
                }
                r.bodyweightKg = profile.bodyweightKg
                r.daysPerWeek = profile.daysPerWeek
                r.equipment = profile.equipment.map(\.rawValue).joined(separator: ",")
                r.sensitivities = profile.sensitivities.map(\.rawValue).joined(separator: ",")
                r.conditions = profile.conditions.map(\.rawValue).joined(separator: ",")
                r.clearedByProfessional = profile.clearedByProfessional
                r.clearedOn = profile.clearedOn?.iso
                r.units = profile.units.rawValue
                try await r.save(on: tx)
                try await JournalStore.bumpVersion(userID: user.id, on: tx)
            }
            req.application.journalCache.forget(user.id)
            return req.redirect(to: "/settings?saved=1")
        } catch let e as SettingsError {
            let content = Self.content(profile: current, form: form, errors: [e.field: e.message], today: today)
            let view = try await req.page(
                "settings", PageBase(req, title: "Settings", section: "settings", units: current.units), content)
            return try await view.encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    // MARK: Export and deletion

    @Sendable func export(req: Request) async throws -> Response {
        let user = try req.webUser()
        let journal = try await JournalService.requireJournal(for: user, on: req)
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(
            name: .contentDisposition,
            value: "attachment; filename=\"backstrong-journal-\(Self.today(req).iso).json\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: try JournalService.encoder.encode(journal)))
    }

    @Sendable func deleteAccount(req: Request) async throws -> Response {
        let user = try req.webUser()
        let form = try req.content.decode(DeleteAccountForm.self)
        let typed = form.confirm ?? ""
        guard typed.trimmingCharacters(in: .whitespaces) == Self.confirmWord else {
            let profile = try await JournalService.journal(for: user, on: req)?.profile
            let content = Self.content(
                profile: profile, confirm: typed,
                confirmError: "Type \(Self.confirmWord) in capital letters to confirm; nothing was deleted",
                today: Self.today(req))
            let view = try await req.page(
                "settings", PageBase(req, title: "Settings", section: "settings", units: profile?.units ?? .kg), content
            )
            return try await view.encodeResponse(status: .unprocessableEntity, for: req)
        }
        let response = req.redirect(to: "/signup?deleted=1")
        try await WebSession.end(on: req, response: response)
        try await AccountsAPIController.deleteEverything(of: user.id, on: req.db)
        req.application.journalCache.forget(user.id)
        return response
    }
}
