// Shared pieces of the onboarding, Today and workout pages: the posted form's fields as typed (so nothing is
// lost on a validation error), number parsing with plain messages, and prescriptions as Leaf contexts.
import BackstrongCore
import Foundation
import Vapor

/// The fields of an URL-encoded form, exactly as typed; repeated names (checkboxes) keep every value.
struct FormFields {
    private var values: [String: [String]] = [:]

    init(_ req: Request) {
        guard let buffer = req.body.data else { return }
        let text = String(decoding: Data(buffer: buffer), as: UTF8.self)
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[key, default: []].append(value)
        }
    }

    static func decode(_ s: Substring) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value, trimmed ("" when absent).
    subscript(_ name: String) -> String { (values[name]?.first ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    func all(_ name: String) -> [String] { values[name] ?? [] }

    func has(_ name: String) -> Bool { !(values[name]?.isEmpty ?? true) }
}

/// Turns typed text into numbers, collecting one plain message per field.
struct FieldErrors {
    var messages: [String: String] = [:]

    var isEmpty: Bool { messages.isEmpty }

    subscript(_ field: String) -> String? { messages[field] }

    mutating func add(_ field: String, _ message: String) {
        if messages[field] == nil { messages[field] = message }
    }

    /// A whole number in range; nil (and an error if required) when blank.
    mutating func integer(_ field: String, _ text: String, label: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        if text.isEmpty {
            if required { add(field, "\(label) is needed: enter a whole number from \(range.lowerBound) to \(range.upperBound).") }
            return nil
        }
        guard let v = Int(text) else {
            add(field, "\(label) must be a whole number from \(range.lowerBound) to \(range.upperBound), got \"\(text)\".")
            return nil
        }
        guard range.contains(v) else {
            add(field, "\(label) must be from \(range.lowerBound) to \(range.upperBound), got \(v).")
            return nil
        }
        return v
    }

    /// A number (a comma works as the decimal mark) in range; nil (and an error if required) when blank.
    mutating func number(_ field: String, _ text: String, label: String, in range: ClosedRange<Double>, unit: String = "",
                         required: Bool = false) -> Double? {
        let lo = Display.number(range.lowerBound, decimals: 1), hi = Display.number(range.upperBound, decimals: 1)
        if text.isEmpty {
            if required { add(field, "\(label) is needed: enter a number from \(lo) to \(hi)\(unit).") }
            return nil
        }
        guard let v = Double(text.replacingOccurrences(of: ",", with: ".")), v.isFinite else {
            add(field, "\(label) must be a number from \(lo) to \(hi)\(unit), got \"\(text)\".")
            return nil
        }
        guard range.contains(v) else {
            add(field, "\(label) must be from \(lo) to \(hi)\(unit), got \(Display.number(v, decimals: 2)).")
            return nil
        }
        return v
    }
}

/// One prescribed exercise as pages show it.
struct PrescriptionView: Encodable {
    var exerciseId: String
    var name: String
    /// e.g. "3 × 8–12 reps @ 20 kg per hand".
    var summary: String
    var reason: String
    var decision: String
    var decisionLabel: String
    var restSeconds: Int
    var targetRPE: String
    var source: String?
    var isHold: Bool
    var bodyweight: Bool
    /// The Learn page that explains the rule behind the decision, when there is one.
    var learnLink: String?

    /// Learn pages for the rules whose reasons users most need explained.
    static func learnLink(for rule: String) -> String? {
        switch rule {
        case "setPain", "painNotRecorded": return "/learn/pain-rules#set-pain"
        case "painAfter": return "/learn/pain-rules#after-session"
        case "nextMorningPain": return "/learn/pain-rules#next-morning"
        case "painTrend": return "/learn/pain-rules#weekly-trend"
        case "form", "formNotRecorded", "regress": return "/learn/start-safely"
        case "startingLoad", "returningLoad", "startingVariation", "restartAfterBreak", "deload", "returnAfterDeload",
            "restartRamp", "returnToLifted":
            return "/learn/start-safely"
        case "doubleProgression", "progressVariation", "newRepRange", "stepUpFewerSets": return "/learn/why-strength"
        default: return nil
        }
    }

    init(_ p: Prescription, units: Units, catalog: ExerciseCatalog = .standard) {
        exerciseId = p.exerciseId
        name = p.name
        let reps = p.repsMin == p.repsMax ? "\(p.repsMin)" : "\(p.repsMin)–\(p.repsMax)"
        isHold = p.holdSeconds != nil
        var text: String
        if let hold = p.holdSeconds {
            text = "\(p.sets) × \(reps) hold\(p.repsMax == 1 ? "" : "s") of \(Display.number(hold)) s"
        } else {
            text = "\(p.sets) × \(reps) reps"
        }
        bodyweight = p.loadKg == nil
        text += p.loadKg == nil ? " (bodyweight)" : " @ " + Display.load(p.loadKg, units: units, perHand: p.loadPerHand)
        summary = text
        reason = p.reason
        decision = p.decision.rawValue
        decisionLabel = Self.label(p.decision)
        restSeconds = p.restSeconds
        targetRPE = Display.number(p.targetRPE)
        source = p.source
        learnLink = Self.learnLink(for: p.rule)
    }

    static func label(_ d: Decision) -> String {
        switch d {
        case .increase: return "Increase"
        case .hold: return "Hold"
        case .decrease: return "Decrease"
        case .regress: return "Easier variation"
        case .progress: return "Harder variation"
        }
    }
}

/// One planned session as pages show it.
struct PlannedSessionView: Encodable {
    var date: String
    /// e.g. "Thursday 26 Nov".
    var label: String
    var week: Int
    var deload: Bool
    var exercises: [PrescriptionView]
    var exerciseNames: String

    init(_ s: PlannedSession, units: Units) {
        date = s.date.iso
        label = PageDates.label(s.date)
        week = s.week
        deload = s.deload
        exercises = s.exercises.map { PrescriptionView($0, units: units) }
        exerciseNames = s.exercises.map(\.name).joined(separator: ", ")
    }
}

struct AdviceView: Encodable {
    var kind: String
    var message: String
    var source: String?
    /// Advice that asks the user to see a professional is shown as an alert.
    var urgent: Bool

    init(_ a: Advice) {
        kind = a.kind.rawValue
        message = a.message
        source = a.source
        urgent = [.consultProfessional, .referral, .needsClearance].contains(a.kind)
    }
}

enum PageDates {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Thursday 26 Nov".
    static func label(_ d: Day) -> String {
        let p = d.parts
        return "\(d.weekdayName) \(p.day) \(months[p.month - 1])"
    }

    /// The server's today (the pages' clock).
    static func today() -> Day { Day(Date(), in: .current) }
}

/// Derived plans for pages.
enum PagePlans {
    /// The journal as it stood before `day` (sessions on or after it left out), so that the plan for that day
    /// is what was prescribed, not what logging it changed.
    static func before(_ journal: Journal, day: Day) -> Journal {
        var j = journal
        j.sessions = journal.sessions.filter { $0.day < day }
        return j
    }

    /// Readable names of readiness tests.
    static func testLabel(_ id: String) -> String {
        switch id {
        case "squats": return "squats"
        case "lungesPerSide": return "lunges per side"
        case "pushUps": return "push-ups"
        case "plankSeconds": return "plank"
        case "sidePlankLeftSeconds": return "left side plank"
        case "sidePlankRightSeconds": return "right side plank"
        case "backExtensionHoldSeconds": return "back-extension hold"
        case "trunkFlexorHoldSeconds": return "trunk flexor hold"
        case "painDuringTests": return "pain during the tests"
        default: return id
        }
    }

    /// Where a signed-in user who has not finished onboarding should go, or nil when Today can be shown.
    static func onboardingStep(userID: UUID, journal: Journal?, on req: Request) async throws -> String? {
        guard let journal else {
            return try await JournalStore.hasScreening(userID: userID, on: req.db) ? "/onboarding/profile" : "/onboarding/screening"
        }
        return journal.screening == nil ? "/onboarding/screening" : nil
    }
}

extension View {
    /// The rendered page with a 422 status (a form came back with errors).
    func unprocessable(for req: Request) async throws -> Response {
        try await encodeResponse(status: .unprocessableEntity, for: req)
    }
}
