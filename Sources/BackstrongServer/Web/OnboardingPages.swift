// The onboarding wizard: red-flag screening, then the profile (age and conditions can make answers more urgent,
// so the answers are screened again once it is saved), a professional's clearance when needed, the bodyweight
// readiness tests, and the resulting stage with the first two weeks of the programme.
import BackstrongCore
import Fluent
import Foundation
import Vapor

struct OnboardingPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let o = routes.grouped("onboarding")
        o.get(use: start)
        o.get("screening", use: screeningPage)
        o.post("screening", use: saveScreening)
        o.get("outcome", use: outcomePage)
        o.post("clearance", use: saveClearance)
        o.get("profile", use: profilePage)
        o.post("profile", use: saveProfile)
        o.get("tests", use: testsPage)
        o.post("tests", use: saveTests)
        o.get("result", use: resultPage)
    }

    /// Screens answers before a profile exists with an age and no conditions that change nothing: emergency and
    /// urgent answers are so whatever the age, which only ever makes an answer more urgent.
    static let provisionalProfile = Profile(age: 35, bodyweightKg: 70)

    @Sendable func start(req: Request) async throws -> Response {
        let user = try req.webUser()
        let journal = try await JournalService.journal(for: user, on: req)
        return req.redirect(to: try await PagePlans.onboardingStep(userID: user.id, journal: journal, on: req) ?? "/onboarding/tests")
    }

    // MARK: Screening

    struct QuestionView: Encodable {
        var id: String
        var number: Int
        var prompt: String
        var yes: Bool
        var no: Bool
        var error: String?
    }

    struct ScreeningContent: Encodable {
        var questions: [QuestionView]
        var formError: String?
        var hasProfile: Bool
    }

    @Sendable func screeningPage(req: Request) async throws -> View {
        let user = try req.webUser()
        let journal = try await JournalService.journal(for: user, on: req)
        let questions = ScreeningQuestion.allCases.enumerated().map {
            QuestionView(id: $0.element.rawValue, number: $0.offset + 1, prompt: $0.element.prompt, yes: false, no: false)
        }
        return try await req.page("onboarding-screening", PageBase(req, title: "Safety questions", section: "today",
                                                                    units: journal?.profile.units ?? .kg),
                                  ScreeningContent(questions: questions, hasProfile: journal != nil))
    }

    @Sendable func saveScreening(req: Request) async throws -> Response {
        let user = try req.webUser()
        let form = FormFields(req)
        var answers: [ScreeningQuestion: Bool] = [:]
        var views: [QuestionView] = []
        for (i, q) in ScreeningQuestion.allCases.enumerated() {
            let typed = form[q.rawValue]
            var view = QuestionView(id: q.rawValue, number: i + 1, prompt: q.prompt, yes: typed == "yes", no: typed == "no")
            switch typed {
            case "yes": answers[q] = true
            case "no": answers[q] = false
            default: view.error = "Please answer yes or no: every question needs an answer (an unanswered question never counts as no)."
            }
            views.append(view)
        }
        let journal = try await JournalService.journal(for: user, on: req)
        if answers.count < ScreeningQuestion.allCases.count {
            let missing = ScreeningQuestion.allCases.count - answers.count
            let content = ScreeningContent(
                questions: views, formError: "\(missing) question\(missing == 1 ? " is" : "s are") not answered yet; they are marked below.",
                hasProfile: journal != nil)
            return try await req.page("onboarding-screening", PageBase(req, title: "Safety questions", section: "today",
                                                                       units: journal?.profile.units ?? .kg), content)
                .unprocessable(for: req)
        }
        let screening = Screening(date: PageDates.today(), answers: answers)
        try await JournalStore.saveScreening(userID: user.id, screening, on: req.db)
        let result = ScreeningRules.screen(screening, profile: journal?.profile ?? Self.provisionalProfile)
        if result.outcome == .emergency || result.outcome == .urgent { return req.redirect(to: "/onboarding/outcome") }
        return req.redirect(to: journal == nil ? "/onboarding/profile" : "/onboarding/outcome")
    }

    // MARK: Outcome and clearance

    struct FindingView: Encodable {
        var message: String
        var when: String
        var lifted: Bool
    }

    struct OutcomeContent: Encodable {
        var outcome: String
        var referral: Bool
        var emergency: Bool
        var consult: Bool
        var clear: Bool
        var heading: String
        var whom: String
        var message: String
        var findings: [FindingView]
        var screenedOn: String
        var hasProfile: Bool
        var provisional: Bool
        var clearanceDate: String
        var confirmed: Bool
        var confirmError: String?
        var dateError: String?
        var clearedOn: String?
    }

    static func outcomeContent(_ result: ScreeningResult, hasProfile: Bool) -> OutcomeContent {
        let heading: String
        let whom: String
        switch result.outcome {
        case .emergency:
            heading = "Get medical help now"
            whom = "Go to a hospital emergency department now, or call emergency services (112 in Europe, 999 in the UK, 911 in North America). Do not wait for an appointment, and do not train."
        case .urgent:
            heading = "See a doctor \(result.urgency.phrase)"
            whom = "Contact a doctor (your GP or family doctor, or an urgent-care clinic if you cannot get an appointment) \(result.urgency.phrase). Show them your answers. Do not start training until a doctor has seen you."
        case .consult:
            heading = "See a professional before you start"
            whom = "Book a visit with a doctor or physiotherapist before you start training; go sooner if anything gets worse."
        case .clear:
            heading = "No warning signs"
            whom = ""
        }
        return OutcomeContent(
            outcome: result.outcome.rawValue, referral: result.outcome == .emergency || result.outcome == .urgent,
            emergency: result.outcome == .emergency, consult: result.outcome == .consult, clear: result.outcome == .clear,
            heading: heading, whom: whom, message: result.message,
            findings: result.findings.map {
                FindingView(message: $0.message, when: $0.outcome == .emergency ? "now" : $0.urgency.phrase, lifted: $0.liftedByClearance)
            },
            screenedOn: PageDates.label(result.screenedOn), hasProfile: hasProfile, provisional: !hasProfile,
            clearanceDate: PageDates.today().iso, confirmed: false, clearedOn: result.clearedOn.map(PageDates.label))
    }

    /// The current screening result (provisional without a profile), or nil before any answers.
    static func currentScreening(user: AuthenticatedUser, on req: Request) async throws -> (ScreeningResult, Journal?)? {
        let journal = try await JournalService.journal(for: user, on: req)
        if let journal, journal.screening != nil { return (try ScreeningRules.screen(journal, today: PageDates.today()), journal) }
        guard let screening = try await JournalStore.latestScreening(userID: user.id, on: req.db) else { return nil }
        return (ScreeningRules.screen(screening, profile: journal?.profile ?? provisionalProfile), journal)
    }

    @Sendable func outcomePage(req: Request) async throws -> Response {
        let user = try req.webUser()
        guard let current = try await Self.currentScreening(user: user, on: req) else {
            return req.redirect(to: "/onboarding/screening")
        }
        let (result, journal) = current
        let referral = result.outcome == .emergency || result.outcome == .urgent
        if !referral && journal == nil { return req.redirect(to: "/onboarding/profile") }
        let content = Self.outcomeContent(result, hasProfile: journal != nil)
        return try await req.page("onboarding-outcome", PageBase(req, title: content.heading, section: "today",
                                                                  units: journal?.profile.units ?? .kg), content)
            .encodeResponse(for: req)
    }

    @Sendable func saveClearance(req: Request) async throws -> Response {
        let user = try req.webUser()
        guard let current = try await Self.currentScreening(user: user, on: req) else { return req.redirect(to: "/onboarding/screening") }
        guard let journal = current.1 else { return req.redirect(to: "/onboarding/profile") }
        let result = current.0
        let form = FormFields(req)
        var content = Self.outcomeContent(result, hasProfile: true)
        content.clearanceDate = form["clearedOn"]
        content.confirmed = form["cleared"] == "yes"
        let today = PageDates.today()
        if !content.confirmed {
            content.confirmError = "Tick this box only when a doctor or physiotherapist has seen you and cleared you to train."
        }
        let day = Day(iso: content.clearanceDate)
        if content.clearanceDate.isEmpty {
            content.dateError = "Enter the date you were cleared, as YYYY-MM-DD."
        } else if day == nil {
            content.dateError = "The date must be a real date as YYYY-MM-DD, got \"\(content.clearanceDate)\"."
        } else if let day, day > today {
            content.dateError = "The date cannot be in the future (today is \(today.iso))."
        } else if let day, let screened = journal.screening?.date, day < screened {
            content.dateError = "A clearance from before your answers of \(screened.iso) does not cover them: it must be on or after that date."
        }
        if let day, result.outcome == .consult, content.confirmError == nil, content.dateError == nil {
            try await JournalStore.recordClearance(userID: user.id, on: day, db: req.db)
            return req.redirect(to: "/onboarding/tests")
        }
        if result.outcome != .consult { return req.redirect(to: "/onboarding/outcome") }
        return try await req.page("onboarding-outcome", PageBase(req, title: content.heading, section: "today",
                                                                  units: journal.profile.units), content)
            .unprocessable(for: req)
    }

    // MARK: Profile

    struct OptionView: Encodable {
        var value: String
        var label: String
        var checked: Bool
        /// For element ids ("none" for the empty choice).
        var key: String

        init(value: String, label: String, checked: Bool) {
            self.value = value
            self.label = label
            self.checked = checked
            self.key = value.isEmpty ? "none" : value
        }
    }

    struct ProfileContent: Encodable {
        var age: String
        var bodyweight: String
        var units: [OptionView]
        var sex: [OptionView]
        var experience: [OptionView]
        var days: [OptionView]
        var equipment: [OptionView]
        var sensitivities: [OptionView]
        var conditions: [OptionView]
        var ageError: String?
        var bodyweightError: String?
        var unitsError: String?
        var experienceError: String?
        var daysError: String?
        var formError: String?
        var screened: Bool
    }

    static let experienceLabels: [(Experience, String)] = [
        (.novice, "New to strength training"), (.returning, "Trained before, coming back after a break"),
        (.trained, "Training with weights regularly now"),
    ]
    static let equipmentLabels: [(Equipment, String)] = [
        (.dumbbells, "Dumbbells"), (.kettlebell, "Kettlebell"), (.barbell, "Barbell and plates"), (.bench, "Flat bench"),
        (.resistanceBand, "Resistance band"), (.stabilityBall, "Stability ball"), (.pullUpBar, "Pull-up bar"),
        (.latPulldownMachine, "Lat pulldown machine"), (.cableMachine, "Cable machine"),
        (.backExtensionBench, "Back-extension bench (45° or 90°)"),
    ]
    static let sensitivityLabels: [(Sensitivity, String)] = [
        (.flexion, "Bending forward makes my back pain worse"), (.extension, "Arching backward makes it worse"),
        (.rotation, "Twisting makes it worse"), (.axialLoad, "Weight on my shoulders or overhead (spine compression) makes it worse"),
    ]
    static let conditionLabels: [(Condition, String)] = [
        (.osteoporosis, "Osteoporosis or low bone density"), (.pregnancy, "Pregnancy"),
        (.recentSpinalSurgery, "Recent spinal surgery"), (.spondylolisthesis, "Spondylolisthesis (a vertebra slipped forward)"),
        (.spinalStenosis, "Spinal stenosis (a narrowed spinal canal)"), (.sciatica, "Sciatica diagnosed by a professional"),
    ]

    static func profileContent(units: String, age: String, bodyweight: String, sex: String, experience: String, days: String,
                               equipment: [String], sensitivities: [String], conditions: [String], screened: Bool) -> ProfileContent {
        ProfileContent(
            age: age, bodyweight: bodyweight,
            units: [OptionView(value: "kg", label: "Kilograms (kg)", checked: units == "kg"),
                    OptionView(value: "lb", label: "Pounds (lb)", checked: units == "lb")],
            sex: [OptionView(value: "", label: "Prefer not to say", checked: sex.isEmpty),
                  OptionView(value: "female", label: "Female", checked: sex == "female"),
                  OptionView(value: "male", label: "Male", checked: sex == "male")],
            experience: experienceLabels.map { OptionView(value: $0.0.rawValue, label: $0.1, checked: experience == $0.0.rawValue) },
            days: (2...5).map { OptionView(value: "\($0)", label: "\($0) days", checked: days == "\($0)") },
            equipment: equipmentLabels.map { OptionView(value: $0.0.rawValue, label: $0.1, checked: equipment.contains($0.0.rawValue)) },
            sensitivities: sensitivityLabels.map { OptionView(value: $0.0.rawValue, label: $0.1, checked: sensitivities.contains($0.0.rawValue)) },
            conditions: conditionLabels.map { OptionView(value: $0.0.rawValue, label: $0.1, checked: conditions.contains($0.0.rawValue)) },
            screened: screened)
    }

    @Sendable func profilePage(req: Request) async throws -> View {
        let user = try req.webUser()
        let journal = try await JournalService.journal(for: user, on: req)
        let screened = try await JournalStore.hasScreening(userID: user.id, on: req.db)
        let content: ProfileContent
        if let p = journal?.profile {
            content = Self.profileContent(
                units: p.units.rawValue, age: "\(p.age)", bodyweight: Display.value(p.bodyweightKg, units: p.units), sex: p.sex?.rawValue ?? "",
                experience: p.experience.rawValue, days: "\(p.daysPerWeek)", equipment: p.equipment.map(\.rawValue),
                sensitivities: p.sensitivities.map(\.rawValue), conditions: p.conditions.map(\.rawValue), screened: screened)
        } else {
            content = Self.profileContent(units: "kg", age: "", bodyweight: "", sex: "", experience: "novice", days: "3",
                                          equipment: [], sensitivities: [], conditions: [], screened: screened)
        }
        return try await req.page("onboarding-profile", PageBase(req, title: "Your profile", section: "today",
                                                                  units: journal?.profile.units ?? .kg), content)
    }

    @Sendable func saveProfile(req: Request) async throws -> Response {
        let user = try req.webUser()
        let form = FormFields(req)
        let journal = try await JournalService.journal(for: user, on: req)
        let screened = try await JournalStore.hasScreening(userID: user.id, on: req.db)
        var content = Self.profileContent(
            units: form["units"], age: form["age"], bodyweight: form["bodyweight"], sex: form["sex"], experience: form["experience"],
            days: form["daysPerWeek"], equipment: form.all("equipment"), sensitivities: form.all("sensitivities"),
            conditions: form.all("conditions"), screened: screened)
        var errors = FieldErrors()
        let units = Units(rawValue: form["units"])
        if units == nil { errors.add("units", "Choose kilograms or pounds.") }
        let age = errors.integer("age", form["age"], label: "Age", in: Journal.Limits.age, required: true)
        let u = units ?? .kg
        let range = u == .kg ? Journal.Limits.bodyweightKg
            : (Journal.Limits.bodyweightKg.lowerBound / Units.kilogramsPerPound).rounded(.up)...(Journal.Limits.bodyweightKg.upperBound / Units.kilogramsPerPound).rounded(.down)
        let weight = errors.number("bodyweight", form["bodyweight"], label: "Body weight", in: range, unit: " \(u.rawValue)", required: true)
        let experience = Experience(rawValue: form["experience"])
        if experience == nil { errors.add("experience", "Choose how much training experience you have.") }
        let days = Int(form["daysPerWeek"]).flatMap { Journal.Limits.daysPerWeek.contains($0) ? $0 : nil }
        if days == nil { errors.add("days", "Choose 2, 3, 4 or 5 training days a week.") }
        let sex = form["sex"].isEmpty ? nil : Sex(rawValue: form["sex"])
        if !form["sex"].isEmpty && sex == nil { errors.add("form", "Sex must be female, male or left unsaid.") }
        let equipment = form.all("equipment").compactMap(Equipment.init(rawValue:))
        let sensitivities = form.all("sensitivities").compactMap(Sensitivity.init(rawValue:))
        let conditions = form.all("conditions").compactMap(Condition.init(rawValue:))
        if equipment.count != form.all("equipment").count || sensitivities.count != form.all("sensitivities").count
            || conditions.count != form.all("conditions").count
        {
            errors.add("form", "Some ticked boxes were not recognised; tick them again.")
        }
        guard errors.isEmpty, let age, let weight, let experience, let days else {
            content.ageError = errors["age"]
            content.bodyweightError = errors["bodyweight"]
            content.unitsError = errors["units"]
            content.experienceError = errors["experience"]
            content.daysError = errors["days"]
            content.formError = errors["form"] ?? "Some answers need fixing; they are marked below."
            return try await req.page("onboarding-profile", PageBase(req, title: "Your profile", section: "today",
                                                                      units: journal?.profile.units ?? .kg), content)
                .unprocessable(for: req)
        }
        let profile = Profile(
            age: age, bodyweightKg: (Display.kilograms(weight, units: u) * 100).rounded() / 100, experience: experience,
            daysPerWeek: days, equipment: Array(Set(equipment)).sorted(), sensitivities: sensitivities, conditions: conditions,
            units: u, sex: sex)
        try await JournalStore.saveProfile(userID: user.id, profile, on: req.db)
        guard screened, let screening = try await JournalStore.latestScreening(userID: user.id, on: req.db) else {
            return req.redirect(to: "/onboarding/screening")
        }
        var stored = profile
        if let old = journal?.profile { stored.clearedByProfessional = old.clearedByProfessional; stored.clearedOn = old.clearedOn }
        let result = ScreeningRules.screen(screening, profile: stored)
        return req.redirect(to: result.outcome == .clear ? "/onboarding/tests" : "/onboarding/outcome")
    }

    // MARK: Readiness tests

    struct TestFieldView: Encodable {
        var name: String
        var label: String
        var instructions: String
        var unit: String
        var inputmode: String
        var value: String
        var error: String?
        var optional: Bool
    }

    struct TestsContent: Encodable {
        var fields: [TestFieldView]
        var formError: String?
        var screeningMessage: String?
    }

    /// The tests in the order they are done, with our own short instructions.
    static let tests: [(name: String, label: String, unit: String, seconds: Bool, optional: Bool, instructions: String)] = [
        ("squats", "Squats", "reps", false, false,
         "Feet about shoulder-width apart. Sit back and down until your thighs are roughly level with the floor, then stand tall. Count the squats you do with good form at a steady pace; stop when form slips or pain rises."),
        ("lungesPerSide", "Lunges per side", "reps", false, false,
         "Step forward and lower the back knee towards the floor, front knee over the foot, then push back to standing. Count the good lunges on your weaker leg."),
        ("pushUps", "Push-ups", "reps", false, false,
         "Hands under the shoulders, body in one straight line from head to heels. Lower until your chest is a fist above the floor, then press up. Count until your body stops staying straight. If you are pregnant, skip this face-down test."),
        ("plankSeconds", "Plank", "seconds", true, false,
         "Forearms on the floor with elbows under the shoulders, body straight from head to heels. Hold while you can keep that line; stop when the hips sag or pain rises. If you are pregnant, skip this face-down test."),
        ("sidePlankLeftSeconds", "Side plank, left side down", "seconds", true, false,
         "Lie on your left side with the forearm under the shoulder and the feet stacked. Lift the hips until the body is straight, and hold."),
        ("sidePlankRightSeconds", "Side plank, right side down", "seconds", true, false,
         "The same on your right side. A big difference between the sides is worth knowing."),
        ("backExtensionHoldSeconds", "Back-extension hold (Biering-Sørensen test)", "seconds", true, false,
         "Lie face down with your hips at the edge of a bench or firm bed, legs held down by a helper or a strap (or use a back-extension bench). Cross your arms on your chest and hold your upper body level with your legs. Stop when you drop below level or feel pain. Skip it if you have no safe set-up, or if you are pregnant."),
        ("trunkFlexorHoldSeconds", "Trunk flexor hold (optional)", "seconds", true, true,
         "Sit with knees bent and feet held down, leaning back against a support at about 60°, arms crossed on the chest. Move the support a hand's width away and hold the position; stop when your back drifts towards it."),
        ("painDuringTests", "Worst back pain during the tests (0–10)", "0 = none, 10 = worst imaginable", false, false,
         "How much your back hurt at the worst moment of these tests. Stop any test that pushes your pain up sharply."),
    ]

    static func testsContent(values: [String: String], errors: FieldErrors, screeningMessage: String?) -> TestsContent {
        TestsContent(
            fields: tests.map {
                TestFieldView(name: $0.name, label: $0.label, instructions: $0.instructions, unit: $0.unit,
                              inputmode: $0.seconds || $0.name == "painDuringTests" ? "decimal" : "numeric",
                              value: values[$0.name] ?? "", error: errors[$0.name], optional: $0.optional)
            },
            formError: errors.isEmpty ? nil : "Some results need fixing; they are marked below.", screeningMessage: screeningMessage)
    }

    @Sendable func testsPage(req: Request) async throws -> Response {
        let user = try req.webUser()
        let journal = try await JournalService.journal(for: user, on: req)
        if let step = try await PagePlans.onboardingStep(userID: user.id, journal: journal, on: req) { return req.redirect(to: step) }
        let result = try ScreeningRules.screen(journal!, today: PageDates.today())
        if result.outcome != .clear { return req.redirect(to: "/onboarding/outcome") }
        return try await req.page("onboarding-tests", PageBase(req, title: "Readiness tests", section: "today", units: journal!.profile.units),
                                  Self.testsContent(values: [:], errors: FieldErrors(), screeningMessage: result.message))
            .encodeResponse(for: req)
    }

    @Sendable func saveTests(req: Request) async throws -> Response {
        let user = try req.webUser()
        let journal = try await JournalService.journal(for: user, on: req)
        if let step = try await PagePlans.onboardingStep(userID: user.id, journal: journal, on: req) { return req.redirect(to: step) }
        let form = FormFields(req)
        var errors = FieldErrors()
        var values: [String: String] = [:]
        for t in Self.tests { values[t.name] = form[t.name] }
        func reps(_ n: String, _ label: String) -> Int? { errors.integer(n, form[n], label: label, in: Journal.Limits.testReps) }
        func secs(_ n: String, _ label: String) -> Double? {
            errors.number(n, form[n], label: label, in: Journal.Limits.testSeconds, unit: " seconds")
        }
        let a = Assessment(
            date: PageDates.today(), squats: reps("squats", "Squats"), lungesPerSide: reps("lungesPerSide", "Lunges per side"),
            pushUps: reps("pushUps", "Push-ups"), plankSeconds: secs("plankSeconds", "Plank"),
            sidePlankLeftSeconds: secs("sidePlankLeftSeconds", "Left side plank"),
            sidePlankRightSeconds: secs("sidePlankRightSeconds", "Right side plank"),
            backExtensionHoldSeconds: secs("backExtensionHoldSeconds", "Back-extension hold"),
            trunkFlexorHoldSeconds: secs("trunkFlexorHoldSeconds", "Trunk flexor hold"),
            painDuringTests: errors.number("painDuringTests", form["painDuringTests"], label: "Pain during the tests", in: Journal.Limits.pain))
        guard errors.isEmpty else {
            return try await req.page("onboarding-tests", PageBase(req, title: "Readiness tests", section: "today",
                                                                    units: journal?.profile.units ?? .kg),
                                      Self.testsContent(values: values, errors: errors, screeningMessage: nil))
                .unprocessable(for: req)
        }
        if values.values.contains(where: { !$0.isEmpty }) {
            try await JournalStore.saveAssessment(userID: user.id, a, on: req.db)
        }
        return req.redirect(to: "/onboarding/result")
    }

    // MARK: Result

    struct WeekView: Encodable {
        var title: String
        var sessions: [PlannedSessionView]
    }

    struct ResultContent: Encodable {
        var stage: String
        var stageDescription: String
        var reasons: [String]
        var flags: [String]
        var missingTests: String?
        var advice: [AdviceView]
        var exclusions: [String]
        var hasExclusions: Bool
        var weeks: [WeekView]
    }

    static func stageDescription(_ s: Stage) -> String {
        switch s {
        case .foundation: return "Bodyweight and core work: building endurance and control before adding weights."
        case .loading: return "Light weights: learning the main movements with loads you can control well."
        case .strength: return "Progressive strength: the main lifts get gradually heavier as long as your back agrees."
        }
    }

    @Sendable func resultPage(req: Request) async throws -> Response {
        let user = try req.webUser()
        let journal = try await JournalService.journal(for: user, on: req)
        if let step = try await PagePlans.onboardingStep(userID: user.id, journal: journal, on: req) { return req.redirect(to: step) }
        let j = journal!
        let today = PageDates.today()
        let plan = try ProgrammeGenerator.plan(j, start: today, weeks: 2)
        guard plan.status == .ready else { return req.redirect(to: "/onboarding/outcome") }
        let units = j.profile.units
        let sessions = plan.sessions.map { PlannedSessionView($0, units: units) }
        let weeks = (1...2).map { w in WeekView(title: "Week \(w)", sessions: sessions.filter { $0.week == w }) }
        let missing = plan.readiness.missingTests.map(PagePlans.testLabel)
        let content = ResultContent(
            stage: plan.stage.rawValue.capitalized, stageDescription: Self.stageDescription(plan.stage), reasons: plan.readiness.reasons,
            flags: plan.readiness.flags.map(\.message),
            missingTests: missing.isEmpty ? nil : missing.joined(separator: ", "),
            advice: plan.advice.filter { $0.kind != .assessment }.map(AdviceView.init),
            exclusions: plan.exclusions.map(\.reason), hasExclusions: !plan.exclusions.isEmpty, weeks: weeks)
        return try await req.page("onboarding-result", PageBase(req, title: "Your programme", section: "today", units: units), content)
            .encodeResponse(for: req)
    }
}
