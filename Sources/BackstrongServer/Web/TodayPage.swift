// Today: the session planned for today (or "rest day" and when the next one is), the engine's advice, the week
// ahead, starting a workout with the pain before it, and a reminder of the next-morning check-in.
import BackstrongCore
import Fluent
import Foundation
import Vapor

struct TodayPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("today", use: today)
        routes.post("workout", "start", use: start)
    }

    struct ScaleOption: Encodable {
        var value: Int
        var checked: Bool
    }

    struct DayView: Encodable {
        var label: String
        var isToday: Bool
        var rest: Bool
        var names: String
    }

    struct TodayContent: Encodable {
        var dateLabel: String
        var referred: Bool
        var needsClearance: Bool
        var ready: Bool
        var screeningHeading: String?
        var screeningMessage: String?
        var findings: [String]
        var stage: String
        var advice: [AdviceView]
        var trainingDay: Bool
        var session: PlannedSessionView?
        var nextSessionLabel: String?
        var workoutId: String?
        var workoutFinished: Bool
        var week: [DayView]
        var checkinLabel: String?
        var painError: String?
        var scale: [ScaleOption]
        /// The start button: "Start workout" on a training day, "Start a workout anyway" on a rest day.
        var startLabel = "Start workout"
    }

    /// Fixed messages after a redirect (never text from the query itself).
    static func message(_ done: String?) -> String? {
        switch done {
        case "finished": return "Workout saved. Tomorrow morning, check in with how your back feels."
        case "checkin": return "Check-in saved. Thank you: it guides your next loads."
        default: return nil
        }
    }

    @Sendable func today(req: Request) async throws -> Response {
        let user = try req.webUser()
        return try await Self.render(req, user: user, painError: nil, picked: nil)
    }

    static func render(_ req: Request, user: AuthenticatedUser, painError: String?, picked: Int?) async throws -> Response {
        let journal = try await JournalService.journal(for: user, on: req)
        if let step = try await PagePlans.onboardingStep(userID: user.id, journal: journal, on: req) { return req.redirect(to: step) }
        let j = journal!
        let units = j.profile.units
        let today = PageDates.today()
        let records = try await JournalStore.sessionRecords(userID: user.id, on: req.db)
        let todays = records.last { $0.day == today.ordinal }
        let before = try ProgrammeGenerator.plan(PagePlans.before(j, day: today), start: today, weeks: 2)
        var content = TodayContent(
            dateLabel: PageDates.label(today), referred: before.status == .referred, needsClearance: before.status == .needsClearance,
            ready: before.status == .ready, findings: [], stage: before.stage.rawValue.capitalized,
            advice: before.advice.map(AdviceView.init), trainingDay: false, workoutFinished: false, week: [],
            painError: painError, scale: (0...10).map { ScaleOption(value: $0, checked: $0 == picked) })
        switch before.status {
        case .referred:
            let result = before.screening
            content.screeningHeading = result.outcome == .emergency ? "Get medical help now" : "See a doctor \(result.urgency.phrase)"
            content.screeningMessage = result.message
            content.findings = result.findings.filter { !$0.liftedByClearance }.map(\.message)
            content.advice = []
        case .needsClearance:
            content.screeningHeading = "See a professional before you start"
            content.screeningMessage = before.screening.message
            content.findings = before.screening.findings.filter { !$0.liftedByClearance }.map(\.message)
            content.advice = []
        case .ready:
            if let s = before.sessions.first, s.date == today {
                content.trainingDay = true
                content.session = PlannedSessionView(s, units: units)
            } else {
                content.startLabel = "Start a workout anyway"
            }
            if let todays {
                content.workoutId = todays.id?.uuidString
                content.workoutFinished = todays.painAfter != nil
            }
            // Once today is logged, the days ahead follow from it (the engine moves the next session on).
            let ahead = todays == nil ? before : try ProgrammeGenerator.plan(j, start: today, weeks: 2)
            if !content.trainingDay || todays != nil, let next = ahead.sessions.first(where: { $0.date > today }) {
                content.nextSessionLabel = PageDates.label(next.date)
            }
            content.week = (0..<7).map { offset in
                let d = today.adding(days: offset)
                let planned = offset == 0 ? before.sessions.first { $0.date == d } : ahead.sessions.first { $0.date == d }
                return DayView(label: offset == 0 ? "Today" : PageDates.label(d), isToday: offset == 0, rest: planned == nil,
                               names: planned.map { $0.exercises.map(\.name).joined(separator: ", ") } ?? "Rest")
            }
        }
        if let last = records.last(where: { $0.day < today.ordinal }), last.nextMorningPain == nil {
            content.checkinLabel = PageDates.label(Day(ordinal: last.day))
        }
        let base = PageBase(req, title: "Today", section: "today", units: units,
                            message: Self.message(req.query[String.self, at: "done"]))
        return try await req.page("today", base, content).encodeResponse(status: painError == nil ? .ok : .unprocessableEntity, for: req)
    }

    /// Creates today's session with the pain before it (or reopens today's unfinished one).
    @Sendable func start(req: Request) async throws -> Response {
        let user = try req.webUser()
        let form = FormFields(req)
        var errors = FieldErrors()
        let pain = errors.integer("painBefore", form["painBefore"], label: "Pain right now", in: 0...10, required: true)
        guard let pain else {
            return try await Self.render(req, user: user, painError: errors["painBefore"]
                ?? "Pick how your back feels right now, from 0 to 10.", picked: nil)
        }
        guard let journal = try await JournalService.journal(for: user, on: req), journal.screening != nil else {
            return req.redirect(to: "/today")
        }
        let today = PageDates.today()
        let plan = try ProgrammeGenerator.plan(PagePlans.before(journal, day: today), start: today, weeks: 1)
        guard plan.status == .ready else { return req.redirect(to: "/today") }
        let records = try await JournalStore.sessionRecords(userID: user.id, on: req.db)
        if let open = records.last(where: { $0.day == today.ordinal && $0.painAfter == nil }), let id = open.id {
            return req.redirect(to: "/workout/\(id.uuidString)")
        }
        let id = try await JournalStore.createSession(
            userID: user.id, Session(date: SessionTime(day: today), exercises: [], painBefore: Double(pain)), on: req.db)
        return req.redirect(to: "/workout/\(id.uuidString)")
    }
}
