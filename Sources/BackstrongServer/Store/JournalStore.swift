// Reads a user's facts from the database into a core `Journal`, and replaces them from one, so that plans and
// next loads are always computed by the core from stored facts. Records never leave these functions.
import BackstrongCore
import Fluent
import Foundation
import SQLKit

enum JournalStore {
    /// The user's journal, or nil when they have no profile yet.
    static func load(userID: UUID, on db: any Database) async throws -> Journal? {
        guard let p = try await ProfileRecord.query(on: db).filter(\.$user.$id == userID).first() else { return nil }
        let profile = try Profile(
            age: p.age, bodyweightKg: p.bodyweightKg,
            experience: decode(Experience.self, p.experience), daysPerWeek: p.daysPerWeek,
            equipment: list(Equipment.self, p.equipment), sensitivities: list(Sensitivity.self, p.sensitivities),
            conditions: list(Condition.self, p.conditions), clearedByProfessional: p.clearedByProfessional,
            clearedOn: p.clearedOn.flatMap(Day.init(iso:)), units: decode(Units.self, p.units),
            sex: p.sex.flatMap(Sex.init(rawValue:)))
        var journal = Journal(profile: profile)
        if let s = try await ScreeningRecord.query(on: db).filter(\.$user.$id == userID)
            .sort(\.$date, .descending).sort(\.$createdAt, .descending).first(),
            let day = Day(iso: s.date)
        {
            let raw = try JSONDecoder().decode([String: Bool].self, from: Data(s.answers.utf8))
            var answers: [ScreeningQuestion: Bool] = [:]
            for (k, v) in raw { if let q = ScreeningQuestion(rawValue: k) { answers[q] = v } }
            journal.screening = Screening(date: day, answers: answers)
        }
        journal.assessments = try await AssessmentRecord.query(on: db).filter(\.$user.$id == userID)
            .sort(\.$date).sort(\.$position).all().compactMap { a in
                guard let d = Day(iso: a.date) else { return nil }
                return Assessment(
                    date: d, squats: a.squats, lungesPerSide: a.lungesPerSide, pushUps: a.pushUps, plankSeconds: a.plankSeconds,
                    sidePlankLeftSeconds: a.sidePlankLeftSeconds, sidePlankRightSeconds: a.sidePlankRightSeconds,
                    backExtensionHoldSeconds: a.backExtensionHoldSeconds, trunkFlexorHoldSeconds: a.trunkFlexorHoldSeconds,
                    painDuringTests: a.painDuringTests)
            }
        journal.checkIns = try await CheckInRecord.query(on: db).filter(\.$user.$id == userID)
            .sort(\.$date).sort(\.$position).all().compactMap { c in
                Day(iso: c.date).map { PainCheckIn(date: $0, pain: c.pain, newLegSymptoms: c.newLegSymptoms) }
            }
        journal.startBack = try await StartBackRecord.query(on: db).filter(\.$user.$id == userID)
            .sort(\.$date).sort(\.$position).all().compactMap { r in
                Day(iso: r.date).map { StartBackScore(date: $0, total: r.total, distress: r.distress) }
            }
        journal.customExercises = try await CustomExerciseRecord.query(on: db).filter(\.$user.$id == userID)
            .sort(\.$position).all().map { CustomExercise(id: $0.exerciseID, name: $0.name) }
        journal.sessions = try await loadSessions(userID: userID, on: db)
        return journal
    }

    /// Sessions with their sets, read as plain rows in plain SQL: two years of history is thousands of sets, and
    /// building a Fluent model per row cost most of the load time (Benchmarks/server/README.md).
    static func loadSessions(userID: UUID, on db: any Database) async throws -> [Session] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let sessionRows = try await sql.raw("""
            SELECT id, date, external_id, pain_before, pain_after, next_morning_pain, new_leg_symptoms, notes, title,
                duration_seconds, source
            FROM training_sessions WHERE user_id = \(bind: userID) ORDER BY day, COALESCE(minute, -1), position
            """).all()
        let setRows = try await sql.raw("""
            SELECT session_id, log_index, exercise_id, weight_kg, reps, seconds, rpe, form, pain, kind, notes, log_notes,
                distance_km, duration_seconds
            FROM logged_sets WHERE user_id = \(bind: userID) ORDER BY session_id, log_index, position
            """).all()
        var logsBySession: [UUID: [ExerciseLog]] = [:]
        var lastSession: UUID?
        var lastIndex = -1
        var logs: [ExerciseLog] = []
        for r in setRows {
            let sessionID = try r.decode(column: "session_id", as: UUID.self)
            let logIndex = try r.decode(column: "log_index", as: Int.self)
            let set = LoggedSet(
                weightKg: try r.decode(column: "weight_kg", as: Double?.self), reps: try r.decode(column: "reps", as: Int?.self),
                seconds: try r.decode(column: "seconds", as: Double?.self), rpe: try r.decode(column: "rpe", as: Double?.self),
                form: try r.decode(column: "form", as: String?.self).flatMap(Form.init(rawValue:)),
                pain: try r.decode(column: "pain", as: Double?.self),
                kind: SetKind(rawValue: try r.decode(column: "kind", as: String.self)) ?? .working,
                notes: try r.decode(column: "notes", as: String?.self), distanceKm: try r.decode(column: "distance_km", as: Double?.self),
                durationSeconds: try r.decode(column: "duration_seconds", as: Double?.self))
            if sessionID != lastSession {
                if let last = lastSession { logsBySession[last] = logs }
                logs = []
                lastSession = sessionID
                lastIndex = -1
            }
            if logIndex == lastIndex, !logs.isEmpty {
                logs[logs.count - 1].sets.append(set)
            } else {
                logs.append(ExerciseLog(
                    exerciseId: try r.decode(column: "exercise_id", as: String.self), sets: [set],
                    notes: try r.decode(column: "log_notes", as: String?.self)))
                lastIndex = logIndex
            }
        }
        if let last = lastSession { logsBySession[last] = logs }
        return try sessionRows.compactMap { r in
            let id = try r.decode(column: "id", as: UUID.self)
            guard let time = SessionTime(parsing: try r.decode(column: "date", as: String.self)) else { return nil }
            let source = try r.decode(column: "source", as: String?.self)
                .flatMap { try? JSONDecoder().decode(SessionSource.self, from: Data($0.utf8)) }
            return Session(
                id: try r.decode(column: "external_id", as: String?.self) ?? id.uuidString.lowercased(), date: time,
                exercises: logsBySession[id] ?? [], painBefore: try r.decode(column: "pain_before", as: Double?.self),
                painAfter: try r.decode(column: "pain_after", as: Double?.self),
                nextMorningPain: try r.decode(column: "next_morning_pain", as: Double?.self),
                newLegSymptoms: try r.decode(column: "new_leg_symptoms", as: Bool?.self), notes: try r.decode(column: "notes", as: String?.self),
                title: try r.decode(column: "title", as: String?.self), durationSeconds: try r.decode(column: "duration_seconds", as: Double?.self),
                source: source)
        }
    }

    /// Replaces every fact of the user with the journal's, in one transaction.
    static func replace(userID: UUID, with journal: Journal, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            try await deleteFacts(userID: userID, on: tx)
            let p = journal.profile
            let profile = ProfileRecord()
            profile.$user.id = userID
            profile.age = p.age
            profile.bodyweightKg = p.bodyweightKg
            profile.experience = p.experience.rawValue
            profile.daysPerWeek = p.daysPerWeek
            profile.equipment = p.equipment.map(\.rawValue).joined(separator: ",")
            profile.sensitivities = p.sensitivities.map(\.rawValue).joined(separator: ",")
            profile.conditions = p.conditions.map(\.rawValue).joined(separator: ",")
            profile.clearedByProfessional = p.clearedByProfessional
            profile.clearedOn = p.clearedOn?.iso
            profile.units = p.units.rawValue
            profile.sex = p.sex?.rawValue
            try await profile.create(on: tx)
            if let s = journal.screening { try await addScreening(userID: userID, s, on: tx) }
            for (i, a) in journal.assessments.enumerated() { try await addAssessment(userID: userID, a, position: i, on: tx) }
            for (i, c) in journal.checkIns.enumerated() {
                let r = CheckInRecord()
                r.$user.id = userID
                r.date = c.date.iso
                r.position = i
                r.pain = c.pain
                r.newLegSymptoms = c.newLegSymptoms
                try await r.create(on: tx)
            }
            for (i, score) in journal.startBack.enumerated() { try await addStartBack(userID: userID, score, position: i, on: tx) }
            try await insert(customExercises: journal.customExercises, sessions: journal.sessions, userID: userID, on: tx)
            try await bumpVersion(userID: userID, on: tx)
        }
    }

    /// Writes custom exercises and sessions with their sets (after any the user already has).
    static func insert(customExercises: [CustomExercise], sessions: [Session], userID: UUID, on db: any Database) async throws {
        let firstCustom = (try await CustomExerciseRecord.query(on: db).filter(\.$user.$id == userID).max(\.$position) ?? -1) + 1
        for (i, c) in customExercises.enumerated() {
            let r = CustomExerciseRecord()
            r.$user.id = userID
            r.exerciseID = c.id
            r.name = c.name
            r.position = firstCustom + i
            try await r.create(on: db)
        }
        var setRecords: [SetRecord] = []
        for (i, s) in sessions.enumerated() {
            let r = TrainingSessionRecord()
            r.id = UUID()
            r.$user.id = userID
            apply(s, to: r)
            r.position = i
            r.externalID = s.id
            try await r.create(on: db)
            setRecords += records(ofSetsIn: s, sessionID: r.id!, userID: userID)
        }
        try await create(setRecords, on: db)
    }

    /// Rewrites stored sessions, found by their journal id, with new contents: fields and every set.
    static func replace(sessions: [Session], userID: UUID, on db: any Database) async throws {
        var setRecords: [SetRecord] = []
        for s in sessions {
            guard let id = s.id, let r = try await TrainingSessionRecord.query(on: db)
                .filter(\.$user.$id == userID).filter(\.$externalID == id).first()
            else { continue }
            let sessionID = try r.requireID()
            try await SetRecord.query(on: db).filter(\.$session.$id == sessionID).delete()
            apply(s, to: r)
            try await r.update(on: db)
            setRecords += records(ofSetsIn: s, sessionID: sessionID, userID: userID)
        }
        try await create(setRecords, on: db)
    }

    /// The set rows of a session, in order.
    static func records(ofSetsIn s: Session, sessionID: UUID, userID: UUID) -> [SetRecord] {
        var result: [SetRecord] = []
        for (li, log) in s.exercises.enumerated() {
            for (si, set) in log.sets.enumerated() {
                let sr = SetRecord()
                sr.$session.id = sessionID
                sr.userID = userID
                sr.logIndex = li
                sr.position = si
                sr.exerciseID = log.exerciseId
                sr.logNotes = si == 0 ? log.notes : nil
                apply(set, to: sr)
                result.append(sr)
            }
        }
        return result
    }

    /// Inserts set rows in batches that keep each INSERT under the databases' bound-parameter limits.
    static func create(_ setRecords: [SetRecord], on db: any Database) async throws {
        var start = 0
        while start < setRecords.count {
            let end = min(start + 500, setRecords.count)
            try await Array(setRecords[start..<end]).create(on: db)
            start = end
        }
    }

    static func apply(_ s: Session, to r: TrainingSessionRecord) {
        r.date = s.date.text
        r.day = s.date.day.ordinal
        r.minute = s.date.minuteOfDay
        r.painBefore = s.painBefore
        r.painAfter = s.painAfter
        r.nextMorningPain = s.nextMorningPain
        r.newLegSymptoms = s.newLegSymptoms
        r.notes = s.notes
        r.title = s.title
        r.durationSeconds = s.durationSeconds
        r.source = s.source.flatMap { try? String(decoding: JSONEncoder().encode($0), as: UTF8.self) }
    }

    static func apply(_ set: LoggedSet, to r: SetRecord) {
        r.weightKg = set.weightKg
        r.reps = set.reps
        r.seconds = set.seconds
        r.rpe = set.rpe
        r.form = set.form?.rawValue
        r.pain = set.pain
        r.kind = set.kind.rawValue
        r.notes = set.notes
        r.distanceKm = set.distanceKm
        r.durationSeconds = set.durationSeconds
    }

    static func addScreening(userID: UUID, _ s: Screening, on db: any Database) async throws {
        let r = ScreeningRecord()
        r.$user.id = userID
        r.date = s.date.iso
        let answers = Dictionary(uniqueKeysWithValues: s.answers.map { ($0.key.rawValue, $0.value) })
        r.answers = String(decoding: try JSONEncoder().encode(answers), as: UTF8.self)
        try await r.create(on: db)
    }

    /// Stores a clinician's STarT Back score at `position` among the user's.
    static func addStartBack(userID: UUID, _ score: StartBackScore, position: Int, on db: any Database) async throws {
        let r = StartBackRecord()
        r.$user.id = userID
        r.date = score.date.iso
        r.position = position
        r.total = score.total
        r.distress = score.distress
        try await r.create(on: db)
    }

    static func addAssessment(userID: UUID, _ a: Assessment, position: Int, on db: any Database) async throws {
        let r = AssessmentRecord()
        r.$user.id = userID
        r.date = a.date.iso
        r.position = position
        r.squats = a.squats
        r.lungesPerSide = a.lungesPerSide
        r.pushUps = a.pushUps
        r.plankSeconds = a.plankSeconds
        r.sidePlankLeftSeconds = a.sidePlankLeftSeconds
        r.sidePlankRightSeconds = a.sidePlankRightSeconds
        r.backExtensionHoldSeconds = a.backExtensionHoldSeconds
        r.trunkFlexorHoldSeconds = a.trunkFlexorHoldSeconds
        r.painDuringTests = a.painDuringTests
        try await r.create(on: db)
    }

    /// Deletes every fact of the user (not the account).
    static func deleteFacts(userID: UUID, on db: any Database) async throws {
        try await SetRecord.query(on: db).filter(\.$userID == userID).delete()
        try await TrainingSessionRecord.query(on: db).filter(\.$user.$id == userID).delete()
        try await CheckInRecord.query(on: db).filter(\.$user.$id == userID).delete()
        try await StartBackRecord.query(on: db).filter(\.$user.$id == userID).delete()
        try await AssessmentRecord.query(on: db).filter(\.$user.$id == userID).delete()
        try await ScreeningRecord.query(on: db).filter(\.$user.$id == userID).delete()
        try await CustomExerciseRecord.query(on: db).filter(\.$user.$id == userID).delete()
        try await ProfileRecord.query(on: db).filter(\.$user.$id == userID).delete()
    }

    /// Marks the user's facts as changed (derived results cached for the old version are no longer used).
    static func bumpVersion(userID: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else {
            let user = try await UserRecord.find(userID, on: db)
            user?.journalVersion += 1
            try await user?.save(on: db)
            return
        }
        try await sql.update(UserRecord.schema)
            .set(SQLIdentifier("journal_version"), to: SQLBinaryExpression(SQLIdentifier("journal_version"), .add, SQLLiteral.numeric("1")))
            .where(SQLIdentifier("id"), .equal, SQLBind(userID))
            .run()
    }

    /// The user's current journal version (0 when there is no such user).
    static func version(userID: UUID, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        return try await sql.raw("SELECT journal_version FROM users WHERE id = \(bind: userID)").first()?
            .decode(column: "journal_version", as: Int.self) ?? 0
    }

    static func decode<E: RawRepresentable>(_ type: E.Type, _ raw: String) throws -> E where E.RawValue == String {
        guard let e = E(rawValue: raw) else { throw InputError(.invalidField, field: nil, "stored value \(raw) is not a \(E.self)") }
        return e
    }

    static func list<E: RawRepresentable>(_ type: E.Type, _ raw: String) throws -> [E] where E.RawValue == String {
        try raw.split(separator: ",").map { try decode(E.self, String($0)) }
    }
}
