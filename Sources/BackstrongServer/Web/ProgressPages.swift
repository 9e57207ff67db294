// The progress page (pain trend, estimated 1RM per lift, weekly volume, adherence calendar, session history) and
// editing or deleting a logged set from that history, with the same validation as the API. Other users' sets are 404.
import BackstrongCore
import Fluent
import Foundation
import Vapor

struct ProgressContent: Encodable {
    struct Lift: Encodable {
        var name: String
        var href: String
        var chart: String
        var summary: String
    }

    struct HistorySet: Encodable {
        var number: Int
        var summary: String
        var editHref: String
        var warning: Bool
    }

    struct HistoryExercise: Encodable {
        var name: String
        var href: String?
        var sets: [HistorySet]
    }

    struct HistorySession: Encodable {
        var heading: String
        var pains: String?
        var exercises: [HistoryExercise]
    }

    var hasProfile: Bool
    var hasSessions: Bool
    var painChart: String?
    var painMessage: String
    var painImportant: Bool
    var painWorse: Bool
    var lifts: [Lift]
    var volumeChart: String?
    var volumeNote: String
    var calendarChart: String
    var adherenceText: String
    var sessions: [HistorySession]
    var sessionCount: Int
    var showingAll: Bool
}

/// The form that edits one set, with what was typed and an error per field.
struct SetEditContent: Encodable {
    var id: String
    var exerciseName: String
    var sessionDate: String
    var unitLabel: String
    var perHand: Bool
    var weight: String
    var reps: String
    var seconds: String
    var rpe: String
    var form: String
    var pain: String
    var notes: String
    var weightError: String?
    var repsError: String?
    var secondsError: String?
    var rpeError: String?
    var formFieldError: String?
    var painError: String?
    var notesError: String?
    var formError: String?
}

struct SetEditForm: Content {
    var weight: String?
    var reps: String?
    var seconds: String?
    var rpe: String?
    var form: String?
    var pain: String?
    var notes: String?
}

struct ProgressPages: RouteCollection {
    /// Sessions listed in the history before "Show all".
    static let historyLimit = 30

    func boot(routes: any RoutesBuilder) throws {
        routes.get("progress", use: progress)
        routes.get("sets", ":setID", "edit", use: editPage)
        routes.post("sets", ":setID", "edit", use: saveSet)
        routes.post("sets", ":setID", "delete", use: deleteSet)
    }

    // MARK: Progress

    @Sendable func progress(req: Request) async throws -> View {
        let user = try req.webUser()
        let journal = try await JournalService.journal(for: user, on: req)
        let units = journal?.profile.units ?? .kg
        let today = (try? JournalService.today(req)) ?? Day(Date(), in: .current)
        let showAll = req.query[String.self, at: "all"] == "1"
        let history = try await Self.history(
            userID: user.id, units: units, limit: showAll ? nil : Self.historyLimit, on: req.db)
        let content = Self.content(journal: journal, today: today, units: units, history: history, showAll: showAll)
        let message: String? =
            switch req.query[String.self, at: "done"] {
            case "saved": "The set was saved. Charts and your next loads now use the corrected values."
            case "deleted": "The set was deleted."
            default: nil
            }
        return try await req.page(
            "progress", PageBase(req, title: "Progress", section: "progress", units: units, message: message), content)
    }

    /// Builds the page's charts and texts from the journal (pure: tests and other pages can call it).
    static func content(
        journal: Journal?, today: Day, units: Units, history: (sessions: [ProgressContent.HistorySession], total: Int),
        showAll: Bool
    ) -> ProgressContent {
        let unit = units.rawValue
        guard let journal else {
            return ProgressContent(
                hasProfile: false, hasSessions: false, painChart: nil, painMessage: "", painImportant: false,
                painWorse: false,
                lifts: [], volumeChart: nil, volumeNote: "", calendarChart: "", adherenceText: "", sessions: [],
                sessionCount: 0,
                showingAll: showAll)
        }
        let report = ProgressReport.make(journal, today: today)
        let catalog = ExerciseCatalog.standard

        // Pain trend.
        let pts = report.pain.points
        func series(
            _ name: String, _ colour: String, _ dash: String?, _ marker: LineChart.Marker,
            _ key: KeyPath<PainPoint, Double?>
        )
            -> LineChart.Series
        {
            LineChart.Series(
                name: name, colour: colour, dash: dash, marker: marker,
                points: pts.compactMap { p in p[keyPath: key].map { LineChart.Point(day: p.date, value: $0) } })
        }
        let painSeries = [
            series("Before", "#0b5d4b", nil, .circle, \.before),
            series("After", "#a4161a", "6 4", .square, \.after),
            series("Next morning", "#8a4b00", "2 3", .diamond, \.nextMorning),
        ]
        let painChart =
            painSeries.contains { !$0.points.isEmpty }
            ? LineChart(
                id: "pain-chart", title: "Pain before and after sessions and the next morning (0–10)",
                yLabel: "Pain (0–10)", valueSuffix: "/10", yRange: 0...10, series: painSeries
            ).svg()
            : nil

        // Estimated 1RM: main lifts first, then other loaded exercises with at least two sessions.
        let ranked = report.e1rm.filter { s in
            guard let e = catalog.exercise(s.exerciseId) else { return s.points.count >= 2 }
            return e.mainLift || (e.load == .external && s.points.count >= 2)
        }.sorted { a, b in
            let am = catalog.exercise(a.exerciseId)?.mainLift ?? false
            let bm = catalog.exercise(b.exerciseId)?.mainLift ?? false
            return am != bm ? am : a.points.count > b.points.count
        }.prefix(6)
        let lifts = ranked.map { s -> ProgressContent.Lift in
            let e = catalog.exercise(s.exerciseId)
            let perHand = e?.loadPerHand ?? false
            let factor = units == .kg ? 1 : 1 / Units.kilogramsPerPound
            let chart = LineChart(
                id: "e1rm-\(s.exerciseId)", title: "Estimated one-rep max: \(s.name)\(perHand ? " (per hand)" : "")",
                yLabel: "Estimated 1RM (\(unit))", valueSuffix: " \(unit)",
                series: [
                    LineChart.Series(
                        name: s.name, colour: "#0b5d4b", dash: nil,
                        points: s.points.map { .init(day: $0.date, value: $0.e1rm * factor) })
                ]
            ).svg()
            let summary =
                "Best \(estimate(s.best, units: units, perHand: perHand)), latest \(estimate(s.latest, units: units, perHand: perHand))"
                + " over \(PlainEnglish.count(s.points.count, "session"))."
            return .init(
                name: s.name, href: e == nil ? "" : "/exercises/\(s.exerciseId)", chart: chart, summary: summary)
        }

        // Weekly volume over the last 12 weeks (weeks without a session show as zero).
        let weekStarts = (0..<12).map { today.startOfWeek.adding(days: -7 * (11 - $0)) }
        let byWeek = Dictionary(report.weeklyVolume.map { ($0.weekStart, $0) }, uniquingKeysWith: { a, _ in a })
        let tonnage = weekStarts.map { byWeek[$0]?.tonnageKg ?? 0 }
        let useTonnage = tonnage.contains { $0 > 0 }
        let factor = units == .kg ? 1 : 1 / Units.kilogramsPerPound
        let bars = weekStarts.enumerated().map { i, w in
            BarChart.Bar(
                label: SVGText.shortDate(w.iso), longLabel: "week of \(w.iso)",
                value: useTonnage ? (tonnage[i] * factor).rounded() : Double(byWeek[w]?.sets ?? 0))
        }
        let volumeChart =
            journal.sessions.isEmpty
            ? nil
            : BarChart(
                id: "volume-chart",
                title: useTonnage
                    ? "Weekly volume: weight × reps of working sets (\(unit))" : "Weekly volume: working sets",
                yLabel: useTonnage ? "Volume (\(unit))" : "Working sets",
                valueSuffix: useTonnage ? " \(unit)" : "", countNoun: useTonnage ? nil : "set", bars: bars
            ).svg()
        let volumeNote =
            useTonnage
            ? "Volume is the weight × reps of every working set in a week, in \(unit); bodyweight sets and holds are not counted in it."
            : "Number of working sets per week."

        // Adherence.
        let calendar = CalendarHeatmap(
            id: "calendar-chart", title: "Training days over the last 12 weeks", today: today,
            trainingDays: Set(report.adherence.trainingDays))
        let a = report.adherence
        let adherenceText =
            a.plannedSessions == 0
            ? "No sessions logged yet."
            : "\(a.loggedSessions) of \(a.plannedSessions) planned sessions (\(Int((a.rate * 100).rounded())) %) over \(PlainEnglish.count(a.weeks, "week")), at \(journal.profile.daysPerWeek) days a week."

        return ProgressContent(
            hasProfile: true, hasSessions: !journal.sessions.isEmpty, painChart: painChart,
            painMessage: plain(report.pain.message),
            painImportant: report.pain.clinicallyImportant,
            painWorse: report.pain.clinicallyImportant && (report.pain.change ?? 0) > 0,
            lifts: Array(lifts), volumeChart: volumeChart, volumeNote: volumeNote, calendarChart: calendar.svg(),
            adherenceText: adherenceText, sessions: history.sessions, sessionCount: history.total, showingAll: showAll)
    }

    /// A core message without its source numbers ("[23, 24]"), which mean nothing on a page.
    static func plain(_ message: String) -> String {
        message.replacingOccurrences(
            of: #"\s*\([^()]*\[[0-9, ]+\]\)|\s*\[[0-9, ]+\]"#, with: "", options: .regularExpression)
    }

    /// An estimate to one decimal in the person's unit.
    static func estimate(_ kg: Double, units: Units, perHand: Bool) -> String {
        Display.load((kg * 10).rounded() / 10, units: units, perHand: perHand)
    }

    /// The user's sessions newest first, with each set's id for editing (read from the rows, not the journal).
    static func history(userID: UUID, units: Units, limit: Int?, on db: any Database)
        async throws -> (sessions: [ProgressContent.HistorySession], total: Int)
    {
        let sessions = try await TrainingSessionRecord.query(on: db).filter(\.$user.$id == userID).all()
            .sorted { ($0.day, $0.minute ?? -1, $0.position) > ($1.day, $1.minute ?? -1, $1.position) }
        let shown = limit.map { Array(sessions.prefix($0)) } ?? sessions
        let ids = shown.compactMap(\.id)
        let sets =
            ids.isEmpty
            ? [] : try await SetRecord.query(on: db).filter(\.$userID == userID).filter(\.$session.$id ~~ ids).all()
        let bySession = Dictionary(grouping: sets, by: { $0.$session.id })
        let catalog = ExerciseCatalog.standard
        let result = shown.map { s -> ProgressContent.HistorySession in
            let rows = (bySession[s.id!] ?? []).sorted { ($0.logIndex, $0.position) < ($1.logIndex, $1.position) }
            var exercises: [ProgressContent.HistoryExercise] = []
            var lastIndex = -1
            var number = 0
            for r in rows {
                let e = catalog.exercise(r.exerciseID)
                if r.logIndex != lastIndex {
                    exercises.append(
                        .init(
                            name: e?.name ?? r.exerciseID, href: e == nil ? nil : "/exercises/\(r.exerciseID)", sets: []
                        ))
                    lastIndex = r.logIndex
                    number = 0
                }
                number += 1
                exercises[exercises.count - 1].sets.append(
                    .init(
                        number: number, summary: setSummary(r, units: units, perHand: e?.loadPerHand ?? false),
                        editHref: "/sets/\(r.id!.uuidString.lowercased())/edit",
                        warning: (r.pain ?? 0) > ClinicalRules.maxAcceptableSetPain))
            }
            var pains: [String] = []
            if let v = s.painBefore { pains.append("before \(Display.number(v))/10") }
            if let v = s.painAfter { pains.append("after \(Display.number(v))/10") }
            if let v = s.nextMorningPain { pains.append("next morning \(Display.number(v))/10") }
            return .init(
                heading: sessionHeading(s.date, title: s.title),
                pains: pains.isEmpty ? nil : "Pain: " + pains.joined(separator: ", "),
                exercises: exercises)
        }
        return (result, sessions.count)
    }

    static func sessionHeading(_ date: String, title: String?) -> String {
        guard let t = SessionTime(parsing: date) else { return date }
        let (y, m, d) = t.day.parts
        var text = "\(t.day.weekdayName) \(d) \(SVGText.monthNames[m - 1]) \(y)"
        if let minute = t.minuteOfDay { text += String(format: ", %02d:%02d", minute / 60, minute % 60) }
        if let title, !title.isEmpty { text += " · " + title }
        return text
    }

    static func setSummary(_ r: SetRecord, units: Units, perHand: Bool) -> String {
        var parts: [String] = []
        if let reps = r.reps {
            parts.append(
                "\(PlainEnglish.count(reps, "rep")) × \(Display.load(r.weightKg, units: units, perHand: perHand))")
        } else if let s = r.seconds {
            parts.append(
                "\(Display.number(s)) s hold"
                    + (r.weightKg.map { " with \(Display.load($0, units: units, perHand: perHand))" } ?? ""))
        } else if let d = r.durationSeconds {
            parts.append("\(Display.number(d / 60, decimals: 1)) min")
        }
        if let km = r.distanceKm { parts.append("\(Display.number(km)) km") }
        if let rpe = r.rpe { parts.append("RPE \(Display.number(rpe))") }
        if let f = r.form { parts.append("form \(f)") }
        if let p = r.pain { parts.append("pain \(Display.number(p))/10") }
        if r.kind != SetKind.working.rawValue { parts.append(r.kind == "warmup" ? "warm-up" : r.kind) }
        return parts.joined(separator: ", ")
    }

    // MARK: Editing a set

    static func ownedSet(_ req: Request, user: AuthenticatedUser) async throws -> SetRecord {
        guard let raw = req.parameters.get("setID"), let id = UUID(uuidString: raw),
            let record = try await SetRecord.query(on: req.db).filter(\.$id == id).filter(\.$userID == user.id).first()
        else { throw Abort(.notFound) }
        return record
    }

    static func units(for user: AuthenticatedUser, on req: Request) async throws -> Units {
        try await JournalService.journal(for: user, on: req)?.profile.units ?? .kg
    }

    static func editContent(
        _ r: SetRecord, sessionDate: String, units: Units, form: SetEditForm? = nil,
        errors: [String: String] = [:], formError: String? = nil
    ) -> SetEditContent {
        let e = ExerciseCatalog.standard.exercise(r.exerciseID)
        return SetEditContent(
            id: r.id!.uuidString.lowercased(), exerciseName: e?.name ?? r.exerciseID, sessionDate: sessionDate,
            unitLabel: units.rawValue, perHand: e?.loadPerHand ?? false,
            weight: form.map { $0.weight ?? "" } ?? Display.value(r.weightKg, units: units),
            reps: form.map { $0.reps ?? "" } ?? r.reps.map(String.init) ?? "",
            seconds: form.map { $0.seconds ?? "" } ?? r.seconds.map { Display.number($0) } ?? "",
            rpe: form.map { $0.rpe ?? "" } ?? r.rpe.map { Display.number($0) } ?? "",
            form: form.map { $0.form ?? "" } ?? r.form ?? "",
            pain: form.map { $0.pain ?? "" } ?? r.pain.map { Display.number($0) } ?? "",
            notes: form.map { $0.notes ?? "" } ?? r.notes ?? "",
            weightError: errors["weight"], repsError: errors["reps"], secondsError: errors["seconds"],
            rpeError: errors["rpe"],
            formFieldError: errors["form"], painError: errors["pain"], notesError: errors["notes"], formError: formError
        )
    }

    @Sendable func editPage(req: Request) async throws -> View {
        let user = try req.webUser()
        let record = try await Self.ownedSet(req, user: user)
        let units = try await Self.units(for: user, on: req)
        let session = try await record.$session.get(on: req.db)
        return try await req.page(
            "set-edit", PageBase(req, title: "Edit set", section: "progress", units: units),
            Self.editContent(record, sessionDate: Self.sessionHeading(session.date, title: nil), units: units))
    }

    @Sendable func saveSet(req: Request) async throws -> Response {
        let user = try req.webUser()
        let record = try await Self.ownedSet(req, user: user)
        let units = try await Self.units(for: user, on: req)
        let form = try req.content.decode(SetEditForm.self)
        do {
            let set = try Self.validated(form, keeping: record, units: units)
            JournalStore.apply(set, to: record)
            try await req.db.writeTransaction { tx in
                try await record.save(on: tx)
                try await JournalStore.bumpVersion(userID: user.id, on: tx)
            }
            return req.redirect(to: "/progress?done=saved")
        } catch let e as InputError {
            let field = Self.formField(e.field)
            var message = e.message.replacingOccurrences(of: "set.", with: "")
            message = message.prefix(1).uppercased() + message.dropFirst()
            let session = try await record.$session.get(on: req.db)
            let content = Self.editContent(
                record, sessionDate: Self.sessionHeading(session.date, title: nil), units: units, form: form,
                errors: field.map { [$0: message] } ?? [:], formError: field == nil ? message : nil)
            let view = try await req.page(
                "set-edit", PageBase(req, title: "Edit set", section: "progress", units: units), content)
            return try await view.encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    /// The form's field for a validation error's JSON path.
    static func formField(_ path: String?) -> String? {
        guard let last = path?.split(separator: ".").last.map(String.init) else { return nil }
        switch last {
        case "weightKg": return "weight"
        case "reps", "seconds", "rpe", "form", "pain", "notes": return last
        default: return nil
        }
    }

    /// Turns the typed form into a set and validates it exactly as the API does (`Journal.validatedSet`).
    static func validated(_ form: SetEditForm, keeping r: SetRecord, units: Units) throws -> LoggedSet {
        var json: [String: JSONValue] = ["kind": .string(r.kind)]
        if let v = r.distanceKm { json["distanceKm"] = .number(v) }
        if let v = r.durationSeconds { json["durationSeconds"] = .number(v) }
        func number(_ text: String?, field: String, label: String) throws -> Double? {
            let t = (text ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            if t.isEmpty { return nil }
            guard let v = Double(t), v.isFinite else {
                throw InputError(.invalidField, field: "set.\(field)", "\(label) must be a number, got \"\(t)\"")
            }
            return v
        }
        if let w = try number(form.weight, field: "weightKg", label: "weight") {
            guard w >= 0 else {
                throw InputError(
                    .invalidField, field: "set.weightKg", "weight must be 0 or more, got \(Display.number(w))")
            }
            json["weightKg"] = .number(Display.kilograms(w, units: units))
        }
        if let v = try number(form.reps, field: "reps", label: "reps") { json["reps"] = .number(v) }
        if let v = try number(form.seconds, field: "seconds", label: "seconds") { json["seconds"] = .number(v) }
        if let v = try number(form.rpe, field: "rpe", label: "RPE") { json["rpe"] = .number(v) }
        if let v = try number(form.pain, field: "pain", label: "pain") { json["pain"] = .number(v) }
        if let f = form.form, !f.isEmpty { json["form"] = .string(f) }
        if let n = form.notes?.trimmingCharacters(in: .whitespacesAndNewlines), !n.isEmpty {
            json["notes"] = .string(n)
        }
        return try Journal.validatedSet(.object(json), path: "set")
    }

    @Sendable func deleteSet(req: Request) async throws -> Response {
        let user = try req.webUser()
        let record = try await Self.ownedSet(req, user: user)
        try await req.db.writeTransaction { tx in
            try await record.delete(on: tx)
            try await JournalStore.bumpVersion(userID: user.id, on: tx)
        }
        return req.redirect(to: "/progress?done=deleted")
    }
}
