// Logging workouts one step at a time: sessions (create, list, update pain check-ins, delete) and sets
// (log with an Idempotency-Key so a retry never logs twice, edit, delete). Other users' rows are 404.
import BackstrongCore
import Fluent
import Foundation
import Vapor

struct SetResponse: Content {
    var id: UUID
    var sessionId: UUID
    var exerciseId: String
    var weightKg: Double?
    var reps: Int?
    var seconds: Double?
    var rpe: Double?
    var form: String?
    var pain: Double?
    var kind: String
    var notes: String?
}

struct SessionResponse: Content {
    var id: UUID
    var date: String
    var painBefore: Double?
    var painAfter: Double?
    var nextMorningPain: Double?
    var newLegSymptoms: Bool?
    var notes: String?
    var sets: [SetResponse]
}

struct SessionsAPIController: RouteCollection {
    static let sessionFields = ["date", "painBefore", "painAfter", "nextMorningPain", "newLegSymptoms", "notes"]

    func boot(routes: any RoutesBuilder) throws {
        routes.get("sessions", use: list)
        routes.post("sessions", use: create)
        routes.get("sessions", ":sessionID", use: show)
        routes.patch("sessions", ":sessionID", use: update)
        routes.delete("sessions", ":sessionID", use: delete)
        routes.patch("sets", ":setID", use: updateSet)
        routes.delete("sets", ":setID", use: deleteSet)
    }

    static func json(_ req: Request) throws -> [String: JSONValue] {
        guard let buffer = req.body.data, buffer.readableBytes > 0 else { throw APIError.invalid(nil, "Send a JSON object as the body") }
        guard case .object(let o) = try JSONValue.parse(Data(buffer: buffer)) else {
            throw APIError.invalid(nil, "The body must be a JSON object")
        }
        return o
    }

    /// A session of the user, by id; 404 for anyone else's.
    static func session(_ req: Request, user: AuthenticatedUser, on db: (any Database)? = nil) async throws -> TrainingSessionRecord {
        let db = db ?? req.db
        guard let raw = req.parameters.get("sessionID") else { throw APIError.notFound("Session") }
        let query = TrainingSessionRecord.query(on: db).filter(\.$user.$id == user.id)
        if let id = UUID(uuidString: raw) {
            if let s = try await query.filter(\.$id == id).first() { return s }
        }
        if let s = try await TrainingSessionRecord.query(on: db).filter(\.$user.$id == user.id).filter(\.$externalID == raw).first() {
            return s
        }
        throw APIError.notFound("Session")
    }

    static func response(_ s: TrainingSessionRecord, sets: [SetRecord]) throws -> SessionResponse {
        SessionResponse(
            id: try s.requireID(), date: s.date, painBefore: s.painBefore, painAfter: s.painAfter,
            nextMorningPain: s.nextMorningPain, newLegSymptoms: s.newLegSymptoms, notes: s.notes,
            sets: try sets.sorted { ($0.logIndex, $0.position) < ($1.logIndex, $1.position) }.map(response))
    }

    static func response(_ r: SetRecord) throws -> SetResponse {
        SetResponse(id: try r.requireID(), sessionId: r.$session.id, exerciseId: r.exerciseID, weightKg: r.weightKg, reps: r.reps,
                    seconds: r.seconds, rpe: r.rpe, form: r.form, pain: r.pain, kind: r.kind, notes: r.notes)
    }

    @Sendable func list(req: Request) async throws -> [SessionResponse] {
        let user = try req.user()
        let sessions = try await TrainingSessionRecord.query(on: req.db).filter(\.$user.$id == user.id).all()
        let sets = try await SetRecord.query(on: req.db).filter(\.$userID == user.id).all()
        let bySession = Dictionary(grouping: sets, by: { $0.$session.id })
        return try sessions.sorted { ($0.day, $0.minute ?? -1, $0.position) < ($1.day, $1.minute ?? -1, $1.position) }
            .map { try Self.response($0, sets: bySession[$0.id!] ?? []) }
    }

    @Sendable func show(req: Request) async throws -> SessionResponse {
        let user = try req.user()
        let s = try await Self.session(req, user: user)
        let sets = try await SetRecord.query(on: req.db).filter(\.$session.$id == s.requireID()).all()
        return try Self.response(s, sets: sets)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let user = try req.user()
        let body = try Self.json(req)
        if let extra = body.keys.sorted().first(where: { !Self.sessionFields.contains($0) }) {
            throw InputError(.unknownField, field: extra, "\(extra) is not a session field (known: \(Self.sessionFields.joined(separator: ", ")))")
        }
        let session = try Journal.validatedSession(.object(body))
        let record = TrainingSessionRecord()
        record.$user.id = user.id
        JournalStore.apply(session, to: record)
        record.position = Int(Date().timeIntervalSince1970)
        try await req.db.writeTransaction { tx in
            try await record.create(on: tx)
            try await JournalStore.bumpVersion(userID: user.id, on: tx)
        }
        let response = Response(status: .created)
        try response.content.encode(try Self.response(record, sets: []), as: .json)
        return response
    }

    @Sendable func update(req: Request) async throws -> SessionResponse {
        let user = try req.user()
        let body = try Self.json(req)
        let record = try await Self.session(req, user: user)
        var merged: [String: JSONValue] = [:]
        merged["date"] = .string(record.date)
        if let v = record.painBefore { merged["painBefore"] = .number(v) }
        if let v = record.painAfter { merged["painAfter"] = .number(v) }
        if let v = record.nextMorningPain { merged["nextMorningPain"] = .number(v) }
        if let v = record.newLegSymptoms { merged["newLegSymptoms"] = .bool(v) }
        if let v = record.notes { merged["notes"] = .string(v) }
        for (k, v) in body {
            guard Self.sessionFields.contains(k) else {
                throw InputError(.unknownField, field: k, "\(k) is not a session field (known: \(Self.sessionFields.joined(separator: ", ")))")
            }
            merged[k] = v  // null clears a field
        }
        let session = try Journal.validatedSession(.object(merged))
        JournalStore.apply(session, to: record)
        try await req.db.writeTransaction { tx in
            try await record.save(on: tx)
            try await JournalStore.bumpVersion(userID: user.id, on: tx)
        }
        let sets = try await SetRecord.query(on: req.db).filter(\.$session.$id == record.requireID()).all()
        return try Self.response(record, sets: sets)
    }

    @Sendable func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.user()
        let record = try await Self.session(req, user: user)
        try await req.db.writeTransaction { tx in
            try await SetRecord.query(on: tx).filter(\.$session.$id == record.requireID()).delete()
            try await record.delete(on: tx)
            try await JournalStore.bumpVersion(userID: user.id, on: tx)
        }
        return .noContent
    }

    /// Logs one set. With `Idempotency-Key`, the first answer is stored and a retry gets it back unchanged.
    /// The busiest route, so it is registered outside the bearer authenticator and reads the token's user, the
    /// stored answer and the session in one query (`SetLog.lookUp`).
    @Sendable func logSet(req: Request) async throws -> Response {
        let key = req.headers.first(name: "Idempotency-Key")
        let rawSession = req.parameters.get("sessionID") ?? ""
        let bodyBytes = req.body.data.map { Data(buffer: $0) } ?? Data()
        let digest = TokenDigest.hex(SHA256.hash(data: Data("\(rawSession)\n".utf8) + bodyBytes))
        guard let token = req.headers.bearerAuthorization?.token else { throw APIError.unauthorized() }
        if let key, key.isEmpty || key.count > 200 {
            throw APIError.invalid("Idempotency-Key", "Idempotency-Key must be 1–200 characters")
        }
        guard let found = try await SetLog.lookUp(token: token, key: key, session: rawSession, on: req.db) else {
            throw APIError.unauthorized()
        }
        let user = found.user
        if let previous = found.answer { return try Self.replay(previous, digest: digest) }
        var body = try Self.json(req)
        guard case .string(let exerciseId)? = body.removeValue(forKey: "exerciseId") else {
            throw InputError(.missingField, field: "exerciseId", "exerciseId is missing: the catalog id of the exercise (see GET /api/v1/exercises)")
        }
        let set = try Journal.validatedSet(.object(body), path: "set")
        if ExerciseCatalog.standard.exercise(exerciseId) == nil,
            try await CustomExerciseRecord.query(on: req.db).filter(\.$user.$id == user.id)
                .filter(\.$exerciseID == exerciseId).first() == nil
        {
            let hint = ExerciseCatalog.standard.closestIds(to: exerciseId).map { " (did you mean \($0.joined(separator: " or "))?)" } ?? ""
            throw InputError(.unknownExercise, field: "exerciseId", "exerciseId \"\(exerciseId)\" is not in the exercise catalog\(hint)")
        }
        guard let session = found.session else { throw APIError.notFound("Session") }
        let setID = UUID()
        let payload = try JSONEncoder().encode(SetResponse(
            id: setID, sessionId: session.id, exerciseId: exerciseId, weightKg: set.weightKg, reps: set.reps, seconds: set.seconds,
            rpe: set.rpe, form: set.form?.rawValue, pain: set.pain, kind: set.kind.rawValue, notes: set.notes))
        do {
            try await SetLog.append(
                setID: setID, userID: user.id, session: session, exerciseId: exerciseId, set,
                answer: key.map { SetLog.NewAnswer(key: $0, requestDigest: digest, body: String(decoding: payload, as: UTF8.self)) },
                on: req.db, app: req.application)
        } catch where (error as? any DatabaseError)?.isConstraintFailure == true {
            // A concurrent retry with the same key won the race: answer as it did.
            if let key, let previous = try await SetLog.storedAnswer(userID: user.id, key: key, on: req.db) {
                return try Self.replay(previous, digest: digest)
            }
            // The session was deleted meanwhile.
            if try await SetLog.ownedSession(userID: user.id, raw: rawSession, on: req.db) == nil { throw APIError.notFound("Session") }
            throw error
        }
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .created, headers: headers, body: .init(data: payload))
    }

    static func replay(_ previous: SetLog.StoredAnswer, digest: String) throws -> Response {
        guard previous.requestDigest == digest else {
            throw APIError(status: .unprocessableEntity, code: "idempotency_key_reused",
                           message: "This Idempotency-Key was already used for a different request", field: "Idempotency-Key")
        }
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true")
        return Response(status: HTTPResponseStatus(statusCode: previous.status), headers: headers, body: .init(string: previous.body))
    }

    static func ownedSet(_ req: Request, user: AuthenticatedUser) async throws -> SetRecord {
        guard let raw = req.parameters.get("setID"), let id = UUID(uuidString: raw),
            let record = try await SetRecord.query(on: req.db).filter(\.$id == id).filter(\.$userID == user.id).first()
        else { throw APIError.notFound("Set") }
        return record
    }

    @Sendable func updateSet(req: Request) async throws -> SetResponse {
        let user = try req.user()
        let record = try await Self.ownedSet(req, user: user)
        var merged: [String: JSONValue] = [:]
        if let v = record.weightKg { merged["weightKg"] = .number(v) }
        if let v = record.reps { merged["reps"] = .number(Double(v)) }
        if let v = record.seconds { merged["seconds"] = .number(v) }
        if let v = record.rpe { merged["rpe"] = .number(v) }
        if let v = record.form { merged["form"] = .string(v) }
        if let v = record.pain { merged["pain"] = .number(v) }
        merged["kind"] = .string(record.kind)
        if let v = record.notes { merged["notes"] = .string(v) }
        var body = try Self.json(req)
        if body.removeValue(forKey: "exerciseId") != nil {
            throw APIError.invalid("exerciseId", "exerciseId cannot be changed; delete the set and log it again")
        }
        for (k, v) in body { merged[k] = v }
        let set = try Journal.validatedSet(.object(merged), path: "set")
        JournalStore.apply(set, to: record)
        try await req.db.writeTransaction { tx in
            try await record.save(on: tx)
            try await JournalStore.bumpVersion(userID: user.id, on: tx)
        }
        return try Self.response(record)
    }

    @Sendable func deleteSet(req: Request) async throws -> HTTPStatus {
        let user = try req.user()
        let record = try await Self.ownedSet(req, user: user)
        try await req.db.writeTransaction { tx in
            try await record.delete(on: tx)
            try await JournalStore.bumpVersion(userID: user.id, on: tx)
        }
        return .noContent
    }
}
