// Bringing history in and out for one user: reads uploaded exports (off the event loops, so a 10 MB file never
// blocks other requests), merges them into the stored journal (nothing lost, nothing doubled), and exports.
import BackstrongCore
import BackstrongImport
import Fluent
import Foundation
import Vapor

/// One uploaded file.
struct UploadedFile: Codable, Sendable {
    var name: String
    var data: Data
}

enum ImportService {
    /// Reads the files and merges them into the user's journal; writes only when `apply` is true.
    /// Throws an ImportError (naming file and line) when a file cannot be read at all; nothing is written then.
    static func run(_ files: [UploadedFile], options: ImportOptions, for user: AuthenticatedUser, apply: Bool, on req: Request)
        async throws -> ImportSummary
    {
        guard !files.isEmpty else { throw APIError.invalid("files", "Upload at least one CSV export (Strong, Hevy, FitNotes or Backstrong)") }
        guard let journal = try await JournalService.journal(for: user, on: req) else {
            throw APIError(status: .conflict, code: "missing_data", message: "Complete onboarding (profile and screening) before importing history")
        }
        let outcome: (
            journal: Journal, summary: ImportSummary, newSessions: [BackstrongCore.Session], changed: [BackstrongCore.Session],
            newCustom: [CustomExercise]
        )
        do {
            outcome = try await req.application.threadPool.runIfActive {
                var imports: [FileImport] = []
                for f in files {
                    imports.append(try Importer.read(
                        f.data, fileName: f.name, unit: options.unit, distanceUnit: options.distanceUnit, dateOrder: options.dateOrder,
                        customExercises: journal.customExercises))
                }
                let (merged, summaries) = JournalMerge.merge(imports, into: journal)
                // The merged journal must pass the same validation as any other journal.
                let checked = try Journal.read(from: try merged.jsonData())
                var known: [String: BackstrongCore.Session] = [:]
                for s in journal.sessions { if let id = s.id { known[id] = s } }
                let newSessions = checked.sessions.filter { s in s.id.map { known[$0] == nil } ?? true }
                // Workouts of an earlier import that a newer or corrected file changed (the merge's `updated`).
                let changed = checked.sessions.filter { s in s.id.flatMap { known[$0] }.map { $0 != s } ?? false }
                let knownCustom = Set(journal.customExercises.map(\.id))
                return (checked, ImportSummary(files: summaries), newSessions, changed,
                        checked.customExercises.filter { !knownCustom.contains($0.id) })
            }
        } catch let e as ImportError {
            throw APIError(status: .unprocessableEntity, code: "unreadable_file", message: e.message, field: "files")
        }
        if apply && (!outcome.newSessions.isEmpty || !outcome.changed.isEmpty || !outcome.newCustom.isEmpty) {
            try await JournalStore.append(sessions: outcome.newSessions, replacing: outcome.changed, customExercises: outcome.newCustom,
                                          userID: user.id, on: req.db)
            req.application.journalCache.forget(user.id)
        }
        return outcome.summary
    }

    /// The user's data as CSV, journal JSON, or the coming weeks of the plan as iCalendar.
    static func export(format: String, weeks: Int, today: Day, for user: AuthenticatedUser, on req: Request) async throws -> Response {
        let journal = try await JournalService.requireJournal(for: user, on: req)
        let body: Data
        let type: String
        let name: String
        switch format {
        case "csv":
            body = Data(BackstrongCSV.export(journal).utf8)
            type = "text/csv; charset=utf-8"
            name = "backstrong-\(today.iso).csv"
        case "json":
            body = try journal.jsonData()
            type = "application/json"
            name = "backstrong-journal-\(today.iso).json"
        case "ics":
            let plan = try ProgrammeGenerator.plan(journal, start: today, weeks: weeks)
            body = Data(CalendarExport.ics(plan, now: Date(), units: journal.profile.units).utf8)
            type = "text/calendar; charset=utf-8"
            name = "backstrong-plan-\(today.iso).ics"
        default:
            throw APIError.invalid("format", "format must be csv, json or ics, got \(format)")
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return Response(status: .ok, headers: headers, body: .init(data: body))
    }
}

extension JournalStore {
    /// Adds sessions (with their sets) and custom exercises to a user's stored facts, in one transaction.
    /// Adds imported sessions, and rewrites the stored sessions (same id) that a newer file changed, in one transaction.
    static func append(
        sessions: [BackstrongCore.Session], replacing changed: [BackstrongCore.Session] = [], customExercises: [CustomExercise],
        userID: UUID, on db: any Database
    ) async throws {
        try await db.writeTransaction { tx in
            try await replace(sessions: changed, userID: userID, on: tx)
            try await insert(customExercises: customExercises, sessions: sessions, userID: userID, on: tx)
            try await bumpVersion(userID: userID, on: tx)
        }
    }
}
