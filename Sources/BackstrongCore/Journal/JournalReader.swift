// Reads and validates a journal document. Every problem is an InputError naming the field, the value
// and what is allowed; nothing is silently defaulted or dropped.
import Foundation

extension Journal {
    /// Limits on logged values: beyond them a value is a typo, not a training fact.
    public enum Limits {
        public static let age = 10...110
        public static let bodyweightKg = 25.0...350.0
        public static let daysPerWeek = 2...5
        public static let pain = 0.0...10.0
        public static let rpe = 1.0...10.0
        public static let weightKg = 0.0...500.0
        public static let reps = 0...100
        public static let seconds = 0.0...3_600.0
        public static let testReps = 0...500
        public static let testSeconds = 0.0...1_800.0
        /// Cardio distance of one set, and the length of a set or session that is not a hold.
        public static let distanceKm = 0.0...1_000.0
        public static let durationSeconds = 0.0...86_400.0
        public static let sourceLine = 1...100_000_000
    }

    /// Parses and validates a journal from JSON text.
    public static func read(from data: Data, catalog: ExerciseCatalog = .standard) throws -> Journal {
        try read(JSONValue.parse(data), catalog: catalog)
    }

    /// Validates a parsed JSON tree as a journal.
    public static func read(_ value: JSONValue, catalog: ExerciseCatalog = .standard) throws -> Journal {
        var root = try FieldReader(value, path: "")
        if let version = try root.integer("formatVersion", in: 1...1_000), version > currentFormatVersion {
            throw InputError(.invalidField, field: "formatVersion",
                             "formatVersion must be at most \(currentFormatVersion) for this version of Backstrong, got \(version)")
        }
        let profile = try readProfile(root.required("profile", "the person's profile (age, bodyweightKg, …)"))
        let screening = try root.raw("screening").map(readScreening)
        let customExercises = try readCustomExercises(root.array("customExercises"), catalog: catalog)
        let knownIds = Set(customExercises.map(\.id))

        var assessments: [Assessment] = []
        for (i, item) in try root.array("assessments").enumerated() {
            let a = try readAssessment(item, path: "assessments[\(i)]")
            if let previous = assessments.last, a.date < previous.date {
                throw InputError(.outOfOrder, field: "assessments[\(i)].date",
                                 "assessments[\(i)].date \(a.date) is before assessments[\(i - 1)].date \(previous.date): list assessments oldest first")
            }
            assessments.append(a)
        }

        var sessions: [Session] = []
        for (i, item) in try root.array("sessions").enumerated() {
            let s = try readSession(item, path: "sessions[\(i)]", catalog: catalog, customIds: knownIds)
            if let previous = sessions.last, s.date < previous.date {
                throw InputError(.outOfOrder, field: "sessions[\(i)].date",
                                 "sessions[\(i)].date \(s.date) is before sessions[\(i - 1)].date \(previous.date): list sessions oldest first")
            }
            sessions.append(s)
        }

        var checkIns: [PainCheckIn] = []
        for (i, item) in try root.array("checkIns").enumerated() {
            let path = "checkIns[\(i)]"
            var r = try FieldReader(item, path: path)
            let c = PainCheckIn(
                date: try r.day("date", required: true)!,
                pain: try r.number("pain", in: Limits.pain, unit: " (resting pain)", required: true)!,
                newLegSymptoms: try r.bool("newLegSymptoms"))
            try r.rejectUnknownKeys()
            if let previous = checkIns.last, c.date < previous.date {
                throw InputError(.outOfOrder, field: "\(path).date",
                                 "\(path).date \(c.date) is before checkIns[\(i - 1)].date \(previous.date): list check-ins oldest first")
            }
            checkIns.append(c)
        }
        var startBack: [StartBackScore] = []
        for (i, item) in try root.array("startBack").enumerated() {
            let path = "startBack[\(i)]"
            var r = try FieldReader(item, path: path)
            let score = StartBackScore(
                date: try r.day("date", required: true)!,
                total: try r.integer("total", in: 0...9, unit: " (STarT Back total)", required: true)!,
                distress: try r.integer("distress", in: 0...5, unit: " (STarT Back distress subscale, items 5–9)", required: true)!)
            try r.rejectUnknownKeys()
            if score.distress > score.total {
                throw InputError(.invalidField, field: "\(path).distress",
                                 "\(path).distress \(score.distress) is more than the total \(score.total): the distress subscale is part of the total")
            }
            if let previous = startBack.last, score.date < previous.date {
                throw InputError(.outOfOrder, field: "\(path).date",
                                 "\(path).date \(score.date) is before startBack[\(i - 1)].date \(previous.date): list scores oldest first")
            }
            startBack.append(score)
        }
        try root.rejectUnknownKeys()
        return Journal(profile: profile, screening: screening, assessments: assessments, sessions: sessions,
                       checkIns: checkIns, customExercises: customExercises, startBack: startBack)
    }

    static func readProfile(_ value: JSONValue) throws -> Profile {
        var r = try FieldReader(value, path: "profile")
        let profile = Profile(
            age: try r.integer("age", in: Limits.age, unit: " years", required: true)!,
            bodyweightKg: try r.number("bodyweightKg", in: Limits.bodyweightKg, unit: " kg", required: true)!,
            experience: try r.enumeration("experience", Experience.self) ?? .novice,
            daysPerWeek: try r.integer("daysPerWeek", in: Limits.daysPerWeek, required: true)!,
            equipment: try r.enumerationList("equipment", Equipment.self),
            sensitivities: try r.enumerationList("sensitivities", Sensitivity.self),
            conditions: try r.enumerationList("conditions", Condition.self),
            clearedByProfessional: try r.bool("clearedByProfessional") ?? false,
            clearedOn: try r.day("clearedOn"),
            units: try r.enumeration("units", Units.self) ?? .kg,
            sex: try r.enumeration("sex", Sex.self))
        try r.rejectUnknownKeys()
        return profile
    }

    static func readScreening(_ value: JSONValue) throws -> Screening {
        var r = try FieldReader(value, path: "screening")
        let date = try r.day("date", required: true)!
        var answersReader = try FieldReader(
            r.required("answers", "an object with a true/false answer to each screening question"),
            path: "screening.answers")
        var answers: [ScreeningQuestion: Bool] = [:]
        for q in ScreeningQuestion.allCases {
            guard let a = try answersReader.bool(q.rawValue) else {
                throw InputError(.missingField, field: "screening.answers.\(q.rawValue)",
                                 "screening.answers.\(q.rawValue) is missing: every screening question must be answered true or false (\(q.prompt))")
            }
            answers[q] = a
        }
        try answersReader.rejectUnknownKeys()
        try r.rejectUnknownKeys()
        return Screening(date: date, answers: answers)
    }

    static func readAssessment(_ value: JSONValue, path: String) throws -> Assessment {
        var r = try FieldReader(value, path: path)
        let a = Assessment(
            date: try r.day("date", required: true)!,
            squats: try r.integer("squats", in: Limits.testReps, unit: " reps"),
            lungesPerSide: try r.integer("lungesPerSide", in: Limits.testReps, unit: " reps"),
            pushUps: try r.integer("pushUps", in: Limits.testReps, unit: " reps"),
            plankSeconds: try r.number("plankSeconds", in: Limits.testSeconds, unit: " s"),
            sidePlankLeftSeconds: try r.number("sidePlankLeftSeconds", in: Limits.testSeconds, unit: " s"),
            sidePlankRightSeconds: try r.number("sidePlankRightSeconds", in: Limits.testSeconds, unit: " s"),
            backExtensionHoldSeconds: try r.number("backExtensionHoldSeconds", in: Limits.testSeconds, unit: " s"),
            trunkFlexorHoldSeconds: try r.number("trunkFlexorHoldSeconds", in: Limits.testSeconds, unit: " s"),
            painDuringTests: try r.number("painDuringTests", in: Limits.pain))
        try r.rejectUnknownKeys()
        return a
    }

    static func readSession(_ value: JSONValue, path: String, catalog: ExerciseCatalog, customIds: Set<String>)
        throws -> Session
    {
        var r = try FieldReader(value, path: path)
        let dateValue = try r.required("date", "the session's date, YYYY-MM-DD or YYYY-MM-DDTHH:MM")
        guard case .string(let dateText) = dateValue, let date = SessionTime(parsing: dateText) else {
            throw r.invalid("date", dateValue, "a date YYYY-MM-DD, optionally with a time (YYYY-MM-DDTHH:MM)")
        }
        var exercises: [ExerciseLog] = []
        for (i, item) in try r.array("exercises").enumerated() {
            exercises.append(try readExerciseLog(item, path: "\(path).exercises[\(i)]", catalog: catalog, customIds: customIds))
        }
        let session = Session(
            id: try r.string("id", maxLength: 200),
            date: date,
            exercises: exercises,
            painBefore: try r.number("painBefore", in: Limits.pain),
            painAfter: try r.number("painAfter", in: Limits.pain),
            nextMorningPain: try r.number("nextMorningPain", in: Limits.pain),
            newLegSymptoms: try r.bool("newLegSymptoms"),
            notes: try r.string("notes"),
            title: try r.string("title", maxLength: 200),
            durationSeconds: try r.number("durationSeconds", in: Limits.durationSeconds, unit: " s"),
            source: try r.raw("source").map { try readSource($0, path: "\(path).source") })
        try r.rejectUnknownKeys()
        return session
    }

    static func readSource(_ value: JSONValue, path: String) throws -> SessionSource {
        var r = try FieldReader(value, path: path)
        let source = SessionSource(
            app: try r.string("app", required: true, maxLength: 200)!,
            file: try r.string("file", maxLength: 1_000),
            firstLine: try r.integer("firstLine", in: Limits.sourceLine),
            lastLine: try r.integer("lastLine", in: Limits.sourceLine))
        try r.rejectUnknownKeys()
        return source
    }

    static func readExerciseLog(_ value: JSONValue, path: String, catalog: ExerciseCatalog, customIds: Set<String>)
        throws -> ExerciseLog
    {
        var r = try FieldReader(value, path: path)
        let id = try r.string("exerciseId", required: true, maxLength: 200)!
        if catalog.exercise(id) == nil && !customIds.contains(id) {
            let suggestion = catalog.closestIds(to: id).map { " (did you mean \($0.joined(separator: " or "))?)" } ?? ""
            throw InputError(.unknownExercise, field: "\(path).exerciseId",
                             "\(path).exerciseId \"\(id)\" is not in the exercise catalog\(suggestion); list ids with `backstrong exercises`, or declare it under customExercises")
        }
        var sets: [LoggedSet] = []
        for (i, item) in try r.array("sets").enumerated() {
            sets.append(try readSet(item, path: "\(path).sets[\(i)]"))
        }
        let log = ExerciseLog(exerciseId: id, sets: sets, notes: try r.string("notes"))
        try r.rejectUnknownKeys()
        return log
    }

    static func readSet(_ value: JSONValue, path: String) throws -> LoggedSet {
        var r = try FieldReader(value, path: path)
        let set = LoggedSet(
            weightKg: try r.number("weightKg", in: Limits.weightKg, unit: " kg (null for bodyweight)"),
            reps: try r.integer("reps", in: Limits.reps),
            seconds: try r.number("seconds", in: Limits.seconds, unit: " s"),
            rpe: try r.number("rpe", in: Limits.rpe),
            form: try r.enumeration("form", Form.self),
            pain: try r.number("pain", in: Limits.pain),
            kind: try r.enumeration("kind", SetKind.self) ?? .working,
            notes: try r.string("notes"),
            distanceKm: try r.number("distanceKm", in: Limits.distanceKm, unit: " km"),
            durationSeconds: try r.number("durationSeconds", in: Limits.durationSeconds, unit: " s"))
        if set.reps == nil && set.seconds == nil && set.distanceKm == nil && set.durationSeconds == nil {
            throw InputError(.missingField, field: "\(path).reps",
                             "\(path) needs reps (a whole number) or seconds (for a timed hold), or for cardio durationSeconds or distanceKm")
        }
        try r.rejectUnknownKeys()
        return set
    }

    static func readCustomExercises(_ items: [JSONValue], catalog: ExerciseCatalog) throws -> [CustomExercise] {
        var result: [CustomExercise] = []
        for (i, item) in items.enumerated() {
            let path = "customExercises[\(i)]"
            var r = try FieldReader(item, path: path)
            let c = CustomExercise(id: try r.string("id", required: true, maxLength: 200)!,
                                   name: try r.string("name", required: true, maxLength: 200)!)
            try r.rejectUnknownKeys()
            if c.id.isEmpty {
                throw InputError(.invalidField, field: "\(path).id", "\(path).id must not be empty")
            }
            if catalog.exercise(c.id) != nil || result.contains(where: { $0.id == c.id }) {
                throw InputError(.invalidField, field: "\(path).id",
                                 "\(path).id \"\(c.id)\" is already taken by \(catalog.exercise(c.id) != nil ? "a catalog exercise" : "another custom exercise")")
            }
            result.append(c)
        }
        return result
    }
}

extension Journal {
    /// Validates one set as the journal reader does (for APIs that log sets one at a time).
    public static func validatedSet(_ value: JSONValue, path: String = "set") throws -> LoggedSet {
        try readSet(value, path: path)
    }

    /// Validates one session as the journal reader does (its exercise ids against the catalog and `customIds`).
    public static func validatedSession(_ value: JSONValue, path: String = "session", customIds: Set<String> = [],
                                        catalog: ExerciseCatalog = .standard) throws -> Session {
        try readSession(value, path: path, catalog: catalog, customIds: customIds)
    }
}
