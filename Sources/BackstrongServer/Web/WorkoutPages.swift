// The workout page: each prescribed exercise with its steps, cues, prescription and reason; quick set logging
// pre-filled from the prescription (or the set before), validated as the API validates; a rest timer; and
// finishing with the pain after. Another user's workout is a 404.
import BackstrongCore
import Fluent
import Foundation
import Vapor

struct WorkoutPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let w = routes.grouped("workout", ":sessionID")
        w.get(use: show)
        w.post("sets", use: logSet)
        w.post("sets", ":setID", "delete", use: deleteSet)
        w.post("finish", use: finish)
    }

    /// What the set form shows: typed text, and one message per field.
    struct SetFormView: Encodable {
        var weight = ""
        var reps = ""
        var seconds = ""
        var rpe = ""
        var form = "good"
        var pain = ""
        var weightError: String?
        var repsError: String?
        var secondsError: String?
        var rpeError: String?
        var formError: String?
        var painError: String?
        var formGood: Bool { form == "good" }

        enum CodingKeys: String, CodingKey {
            case weight, reps, seconds, rpe, form, pain, weightError, repsError, secondsError, rpeError, formError, painError
            case formGood, formFair, formPoor
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(weight, forKey: .weight)
            try c.encode(reps, forKey: .reps)
            try c.encode(seconds, forKey: .seconds)
            try c.encode(rpe, forKey: .rpe)
            try c.encode(form, forKey: .form)
            try c.encode(pain, forKey: .pain)
            try c.encodeIfPresent(weightError, forKey: .weightError)
            try c.encodeIfPresent(repsError, forKey: .repsError)
            try c.encodeIfPresent(secondsError, forKey: .secondsError)
            try c.encodeIfPresent(rpeError, forKey: .rpeError)
            try c.encodeIfPresent(formError, forKey: .formError)
            try c.encodeIfPresent(painError, forKey: .painError)
            try c.encode(form == "good", forKey: .formGood)
            try c.encode(form == "fair", forKey: .formFair)
            try c.encode(form == "poor", forKey: .formPoor)
        }
    }

    struct SetView: Encodable {
        var id: String
        var number: Int
        var text: String
    }

    struct ExerciseBlock: Encodable {
        var exerciseId: String
        var name: String
        var prescribed: Bool
        var summary: String?
        var reason: String?
        var learnLink: String?
        var decision: String?
        var decisionLabel: String?
        var instructions: [String]
        var cues: [String]
        var hasSteps: Bool
        var restSeconds: Int
        var restLabel: String
        var isHold: Bool
        var bodyweight: Bool
        var targetRPE: String?
        var form: SetFormView
        var sets: [SetView]
        var hasSets: Bool
        var formErrorSummary: String?
    }

    struct WorkoutContent: Encodable {
        var id: String
        var dateLabel: String
        var painBefore: String?
        var painAfter: String?
        var finished: Bool
        var exercises: [ExerciseBlock]
        var noPlan: Bool
        var planMessage: String?
        /// Set when the workout is on a rest day: the next session's exercises are shown, and this says so.
        var broughtForward: String?
        var unitsLabel: String
        var finishError: String?
        var scale: [TodayPage.ScaleOption]
    }

    static func sessionRecord(_ req: Request, user: AuthenticatedUser) async throws -> TrainingSessionRecord {
        guard let raw = req.parameters.get("sessionID"), let id = UUID(uuidString: raw),
            let record = try await JournalStore.ownedSession(userID: user.id, id: id, on: req.db)
        else { throw APIError.notFound("Workout") }
        return record
    }

    @Sendable func show(req: Request) async throws -> Response {
        let user = try req.webUser()
        let record = try await Self.sessionRecord(req, user: user)
        return try await Self.render(req, user: user, record: record)
    }

    static func setText(_ r: SetRecord, units: Units, perHand: Bool) -> String {
        var parts: [String] = []
        if r.weightKg != nil { parts.append(Display.load(r.weightKg, units: units, perHand: perHand)) }
        if let reps = r.reps { parts.append("\(reps) reps") }
        if let s = r.seconds { parts.append("\(Display.number(s)) s") }
        var text = parts.joined(separator: " × ")
        if let rpe = r.rpe { text += " · RPE \(Display.number(rpe))" }
        if let f = r.form { text += " · form \(f)" }
        if let p = r.pain { text += " · pain \(Display.number(p))/10" }
        return text
    }

    /// The set form pre-filled from the last set of the exercise in this workout, else from the prescription.
    static func prefill(last: SetRecord?, prescription: Prescription?, painBefore: Double?, units: Units) -> SetFormView {
        var f = SetFormView()
        if let last {
            f.weight = Display.value(last.weightKg, units: units)
            f.reps = last.reps.map(String.init) ?? ""
            f.seconds = last.seconds.map { Display.number($0) } ?? ""
            f.rpe = last.rpe.map { Display.number($0) } ?? ""
            f.form = last.form ?? "good"
            f.pain = last.pain.map { Display.number($0) } ?? ""
            return f
        }
        if let p = prescription {
            f.weight = Display.value(p.loadKg, units: units)
            if let hold = p.holdSeconds { f.seconds = Display.number(hold) } else { f.reps = "\(p.repsMax)" }
            f.rpe = Display.number(p.targetRPE)
        }
        f.pain = painBefore.map { Display.number($0) } ?? ""
        return f
    }

    /// Renders the page; `typed` keeps one exercise's form as sent, with its errors.
    static func render(_ req: Request, user: AuthenticatedUser, record: TrainingSessionRecord,
                       typed: (exerciseId: String, form: SetFormView)? = nil, finishError: String? = nil, pickedAfter: Int? = nil)
        async throws -> Response
    {
        let journal = try await JournalService.journal(for: user, on: req)
        let units = journal?.profile.units ?? .kg
        let sessionID = try record.requireID()
        let day = Day(ordinal: record.day)
        var prescriptions: [Prescription] = []
        var planMessage: String?
        var broughtForward: String?
        if let journal, journal.screening != nil {
            let plan = try ProgrammeGenerator.plan(PagePlans.before(journal, day: day), start: day, weeks: 2)
            if plan.status == .ready {
                prescriptions = plan.sessions.first?.exercises ?? []
                // A workout on a rest day gets the next session, brought forward (Today's "Training today anyway?").
                if let next = plan.sessions.first, next.date != day {
                    let when = day == PageDates.today() ? "Today is" : "\(PageDates.label(day)) was"
                    broughtForward = "\(when) a rest day in your plan, so these are the exercises of your next session "
                        + "(\(PageDates.label(next.date))), brought forward. Rest days let your back recover: go easy if it "
                        + "is still tired from the last session."
                }
            } else {
                planMessage = plan.screening.message
            }
        } else {
            planMessage = "Finish onboarding to get a programme for your workouts."
        }
        let sets = try await JournalStore.setRecords(sessionID: sessionID, on: req.db)
        let catalog = ExerciseCatalog.standard
        var order = prescriptions.map(\.exerciseId)
        for s in sets where !order.contains(s.exerciseID) { order.append(s.exerciseID) }
        let blocks: [ExerciseBlock] = order.map { id in
            let p = prescriptions.first { $0.exerciseId == id }
            let e = catalog.exercise(id)
            let mine = sets.filter { $0.exerciseID == id }
            let perHand = p?.loadPerHand ?? e?.loadPerHand ?? false
            let view = p.map { PrescriptionView($0, units: units) }
            let isHold = p.map { $0.holdSeconds != nil } ?? (e?.measure == .hold)
            var form = prefill(last: mine.last, prescription: p, painBefore: record.painBefore, units: units)
            var summary: String?
            if let typed, typed.exerciseId == id {
                form = typed.form
                let errors = [form.weightError, form.repsError, form.secondsError, form.rpeError, form.formError, form.painError].compactMap { $0 }
                summary = errors.isEmpty ? nil : "This set was not saved: \(errors.count == 1 ? "one field needs" : "\(errors.count) fields need") fixing."
            }
            let rest = p?.restSeconds ?? 90
            return ExerciseBlock(
                exerciseId: id, name: p?.name ?? journal?.exerciseName(id) ?? e?.name ?? id,
                prescribed: p != nil, summary: view?.summary, reason: view?.reason, learnLink: view?.learnLink, decision: view?.decision,
                decisionLabel: view?.decisionLabel, instructions: e?.instructions ?? [], cues: e?.cues ?? [],
                hasSteps: !(e?.instructions.isEmpty ?? true) || !(e?.cues.isEmpty ?? true), restSeconds: rest,
                restLabel: rest >= 60 ? "\(rest / 60) min\(rest % 60 == 0 ? "" : " \(rest % 60) s")" : "\(rest) s", isHold: isHold,
                bodyweight: p.map { $0.loadKg == nil } ?? (e?.load == .bodyweight), targetRPE: view?.targetRPE, form: form,
                sets: mine.enumerated().map { SetView(id: $0.element.id?.uuidString ?? "", number: $0.offset + 1,
                                                      text: setText($0.element, units: units, perHand: perHand)) },
                hasSets: !mine.isEmpty, formErrorSummary: summary)
        }
        let content = WorkoutContent(
            id: sessionID.uuidString, dateLabel: PageDates.label(day), painBefore: record.painBefore.map { Display.number($0) },
            painAfter: record.painAfter.map { Display.number($0) }, finished: record.painAfter != nil, exercises: blocks,
            noPlan: prescriptions.isEmpty, planMessage: planMessage, broughtForward: broughtForward, unitsLabel: units.rawValue, finishError: finishError,
            scale: (0...10).map { TodayPage.ScaleOption(value: $0, checked: $0 == pickedAfter) })
        let failed = typed != nil || finishError != nil
        return try await req.page("workout", PageBase(req, title: "Workout", section: "today", units: units), content)
            .encodeResponse(status: failed ? .unprocessableEntity : .ok, for: req)
    }

    @Sendable func logSet(req: Request) async throws -> Response {
        let user = try req.webUser()
        let record = try await Self.sessionRecord(req, user: user)
        let sessionID = try record.requireID()
        let fields = FormFields(req)
        let exerciseId = fields["exerciseId"]
        let journal = try await JournalService.journal(for: user, on: req)
        let customIds = Set(journal?.customExercises.map(\.id) ?? [])
        guard ExerciseCatalog.standard.exercise(exerciseId) != nil || customIds.contains(exerciseId) else {
            throw APIError.invalid("exerciseId", "exerciseId \"\(exerciseId)\" is not in the exercise catalog")
        }
        let units = journal?.profile.units ?? .kg
        var form = SetFormView(weight: fields["weight"], reps: fields["reps"], seconds: fields["seconds"], rpe: fields["rpe"],
                               form: fields["form"], pain: fields["pain"])
        var errors = FieldErrors()
        let maxWeight = units == .kg ? Journal.Limits.weightKg.upperBound
            : (Journal.Limits.weightKg.upperBound / Units.kilogramsPerPound).rounded(.down)
        let weight = errors.number("weight", form.weight, label: "Weight", in: 0...maxWeight, unit: " \(units.rawValue)")
        let reps = errors.integer("reps", form.reps, label: "Reps", in: Journal.Limits.reps)
        let seconds = errors.number("seconds", form.seconds, label: "Seconds", in: Journal.Limits.seconds)
        if form.reps.isEmpty && form.seconds.isEmpty {
            let isHold = fields.has("seconds") && !fields.has("reps")
            errors.add(isHold ? "seconds" : "reps", isHold ? "Seconds are needed: how long you held." : "Reps are needed: how many you did.")
        }
        let rpe = errors.number("rpe", form.rpe, label: "RPE", in: Journal.Limits.rpe)
        if !form.form.isEmpty && Form(rawValue: form.form) == nil { errors.add("form", "Form must be good, fair or poor.") }
        let pain = errors.number("pain", form.pain, label: "Pain", in: Journal.Limits.pain, unit: " (0 if none)", required: true)
        if errors.isEmpty {
            // The same validation the API and journal reader apply, on the values in kilograms.
            var body: [String: JSONValue] = [:]
            if let weight { body["weightKg"] = .number(Self.kilograms(weight, units: units)) }
            if let reps { body["reps"] = .number(Double(reps)) }
            if let seconds { body["seconds"] = .number(seconds) }
            if let rpe { body["rpe"] = .number(rpe) }
            if !form.form.isEmpty { body["form"] = .string(form.form) }
            if let pain { body["pain"] = .number(pain) }
            do {
                let set = try Journal.validatedSet(.object(body), path: "set")
                let session = SetLog.OwnedSession(id: sessionID, externalID: record.externalID)
                try await SetLog.append(
                    setID: UUID(), userID: user.id, session: session, exerciseId: exerciseId, set, answer: nil, on: req.db,
                    app: req.application)
                return req.redirect(to: "/workout/\(sessionID.uuidString)#ex-\(exerciseId)")
            } catch let e as InputError {
                let field = (e.field ?? "set.reps").replacingOccurrences(of: "set.", with: "")
                let name = ["weightKg": "weight"][field] ?? field
                errors.add(name, e.message.replacingOccurrences(of: "set.", with: ""))
            }
        }
        form.weightError = errors["weight"]
        form.repsError = errors["reps"]
        form.secondsError = errors["seconds"]
        form.rpeError = errors["rpe"]
        form.formError = errors["form"]
        form.painError = errors["pain"]
        return try await Self.render(req, user: user, record: record, typed: (exerciseId, form))
    }

    /// Kilograms from a typed weight. Pounds shown to 0.1 lb come back a few grams off the kilogram load they
    /// stand for (13.2 lb is 5.987 kg, shown for 6 kg), so a value that close to a quarter kilogram is snapped to it.
    static func kilograms(_ typed: Double, units: Units) -> Double {
        let kg = Display.kilograms(typed, units: units)
        guard units == .lb else { return kg }
        let snapped = (kg * 4).rounded() / 4
        return abs(snapped - kg) < 0.025 ? snapped : kg
    }

    @Sendable func deleteSet(req: Request) async throws -> Response {
        let user = try req.webUser()
        let record = try await Self.sessionRecord(req, user: user)
        let sessionID = try record.requireID()
        guard let raw = req.parameters.get("setID"), let setID = UUID(uuidString: raw),
            try await JournalStore.deleteSet(userID: user.id, sessionID: sessionID, setID: setID, on: req.db)
        else { throw APIError.notFound("Set") }
        return req.redirect(to: "/workout/\(sessionID.uuidString)")
    }

    @Sendable func finish(req: Request) async throws -> Response {
        let user = try req.webUser()
        let record = try await Self.sessionRecord(req, user: user)
        let fields = FormFields(req)
        var errors = FieldErrors()
        guard let pain = errors.integer("painAfter", fields["painAfter"], label: "Pain after the workout", in: 0...10, required: true) else {
            return try await Self.render(req, user: user, record: record, finishError: errors["painAfter"])
        }
        record.painAfter = Double(pain)
        try await JournalStore.saveSession(userID: user.id, record, on: req.db)
        return req.redirect(to: "/today?done=finished")
    }
}
