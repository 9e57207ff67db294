// Store functions the web pages need beyond the API's: onboarding facts (screening, profile, clearance, tests)
// and one-step workout logging. Each write bumps the journal version in the same transaction.
import BackstrongCore
import Fluent
import Foundation

extension JournalStore {
    /// True when the user has answered the screening questions at least once.
    static func hasScreening(userID: UUID, on db: any Database) async throws -> Bool {
        try await ScreeningRecord.query(on: db).filter(\.$user.$id == userID).first() != nil
    }

    /// The latest screening answers, read even when there is no profile yet (the journal needs one).
    static func latestScreening(userID: UUID, on db: any Database) async throws -> Screening? {
        guard let s = try await ScreeningRecord.query(on: db).filter(\.$user.$id == userID)
            .sort(\.$date, .descending).sort(\.$createdAt, .descending).first(),
            let day = Day(iso: s.date)
        else { return nil }
        let raw = try JSONDecoder().decode([String: Bool].self, from: Data(s.answers.utf8))
        var answers: [ScreeningQuestion: Bool] = [:]
        for (k, v) in raw { if let q = ScreeningQuestion(rawValue: k) { answers[q] = v } }
        return Screening(date: day, answers: answers)
    }

    /// Stores a new set of screening answers (the latest counts).
    static func saveScreening(userID: UUID, _ s: Screening, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            try await addScreening(userID: userID, s, on: tx)
            try await bumpVersion(userID: userID, on: tx)
        }
    }

    /// Creates or updates the profile. A clearance already recorded is kept unless `profile` carries one.
    static func saveProfile(userID: UUID, _ p: Profile, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            let record = try await ProfileRecord.query(on: tx).filter(\.$user.$id == userID).first() ?? ProfileRecord()
            let isNew = record.id == nil
            record.$user.id = userID
            record.age = p.age
            record.bodyweightKg = p.bodyweightKg
            record.experience = p.experience.rawValue
            record.daysPerWeek = p.daysPerWeek
            record.equipment = p.equipment.map(\.rawValue).joined(separator: ",")
            record.sensitivities = p.sensitivities.map(\.rawValue).joined(separator: ",")
            record.conditions = p.conditions.map(\.rawValue).joined(separator: ",")
            if isNew || p.clearedByProfessional {
                record.clearedByProfessional = p.clearedByProfessional
                record.clearedOn = p.clearedOn?.iso
            }
            record.units = p.units.rawValue
            record.sex = p.sex?.rawValue
            try await record.save(on: tx)
            try await bumpVersion(userID: userID, on: tx)
        }
    }

    /// Records that a professional cleared the user on `day`.
    static func recordClearance(userID: UUID, on day: Day, db: any Database) async throws {
        try await db.writeTransaction { tx in
            guard let record = try await ProfileRecord.query(on: tx).filter(\.$user.$id == userID).first() else { return }
            record.clearedByProfessional = true
            record.clearedOn = day.iso
            try await record.save(on: tx)
            try await bumpVersion(userID: userID, on: tx)
        }
    }

    /// Adds a round of readiness tests after the existing ones.
    static func saveAssessment(userID: UUID, _ a: Assessment, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            let count = try await AssessmentRecord.query(on: tx).filter(\.$user.$id == userID).count()
            try await addAssessment(userID: userID, a, position: count, on: tx)
            try await bumpVersion(userID: userID, on: tx)
        }
    }

    /// Creates a training session; returns its id.
    static func createSession(userID: UUID, _ session: Session, on db: any Database) async throws -> UUID {
        let record = TrainingSessionRecord()
        record.id = UUID()
        record.$user.id = userID
        apply(session, to: record)
        record.position = Int(Date().timeIntervalSince1970)
        try await db.writeTransaction { tx in
            try await record.create(on: tx)
            try await bumpVersion(userID: userID, on: tx)
        }
        return record.id!
    }

    /// The user's session with this id, or nil (also for another user's session).
    static func ownedSession(userID: UUID, id: UUID, on db: any Database) async throws -> TrainingSessionRecord? {
        try await TrainingSessionRecord.query(on: db).filter(\.$user.$id == userID).filter(\.$id == id).first()
    }

    /// The user's sessions, oldest first.
    static func sessionRecords(userID: UUID, on db: any Database) async throws -> [TrainingSessionRecord] {
        try await TrainingSessionRecord.query(on: db).filter(\.$user.$id == userID).all()
            .sorted { ($0.day, $0.minute ?? -1, $0.position) < ($1.day, $1.minute ?? -1, $1.position) }
    }

    /// Sets of a session in logging order.
    static func setRecords(sessionID: UUID, on db: any Database) async throws -> [SetRecord] {
        try await SetRecord.query(on: db).filter(\.$session.$id == sessionID).all()
            .sorted { ($0.logIndex, $0.position) < ($1.logIndex, $1.position) }
    }

    /// Deletes one set of the user's session; false when there is no such set.
    static func deleteSet(userID: UUID, sessionID: UUID, setID: UUID, on db: any Database) async throws -> Bool {
        try await db.writeTransaction { tx in
            guard let record = try await SetRecord.query(on: tx).filter(\.$id == setID).filter(\.$userID == userID)
                .filter(\.$session.$id == sessionID).first()
            else { return false }
            try await record.delete(on: tx)
            try await bumpVersion(userID: userID, on: tx)
            return true
        }
    }

    /// Saves changed pain fields of a session.
    static func saveSession(userID: UUID, _ record: TrainingSessionRecord, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            try await record.save(on: tx)
            try await bumpVersion(userID: userID, on: tx)
        }
    }
}
