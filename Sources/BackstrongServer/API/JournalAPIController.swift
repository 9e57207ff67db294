// The journal and everything derived from it: export/replace the journal, plan, next session, screening, progress.
import BackstrongCore
import Foundation
import Vapor

struct JournalAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("journal", use: exportJournal)
        routes.on(.PUT, "journal", body: .collect(maxSize: "20mb"), use: replaceJournal)
        routes.get("plan", use: plan)
        routes.get("next", use: next)
        routes.get("screening", use: screening)
        routes.get("progress", use: progress)
    }

    @Sendable func exportJournal(req: Request) async throws -> Response {
        let user = try req.user()
        let journal = try await JournalService.requireJournal(for: user, on: req)
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: try JournalService.encoder.encode(journal)))
    }

    @Sendable func replaceJournal(req: Request) async throws -> Response {
        let user = try req.user()
        guard let buffer = req.body.data else { throw APIError.invalid(nil, "Send the journal as the JSON body") }
        let journal = try Journal.read(from: Data(buffer: buffer))  // 422 naming the field; nothing changes
        try await JournalStore.replace(userID: user.id, with: journal, on: req.db)
        req.application.journalCache.forget(user.id)
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: try JournalService.encoder.encode(journal)))
    }

    @Sendable func plan(req: Request) async throws -> Response {
        let user = try req.user()
        // Read as text: `weeks=abc` is a 422, not silently the default.
        let weeksText = req.query[String.self, at: "weeks"]
        guard let weeks = weeksText.map({ Int($0) }) ?? 4, (1...52).contains(weeks) else {
            throw APIError.invalid("weeks", "weeks must be a whole number from 1 to 52, got \(weeksText ?? "")")
        }
        let today = try JournalService.today(req)
        return try await JournalService.answer("plan:\(today.iso):\(weeks)", for: user, on: req) {
            try ProgrammeGenerator.plan($0, start: today, weeks: weeks)
        }
    }

    @Sendable func next(req: Request) async throws -> Response {
        let user = try req.user()
        let today = try JournalService.today(req)
        let exercise = req.query[String.self, at: "exercise"]
        return try await JournalService.answer("next:\(today.iso):\(exercise ?? "")", for: user, on: req) {
            try ProgrammeGenerator.next($0, today: today, exerciseId: exercise)
        }
    }

    @Sendable func screening(req: Request) async throws -> Response {
        let user = try req.user()
        let today = try JournalService.today(req)
        return try await JournalService.answer("screening:\(today.iso)", for: user, on: req) { try ScreeningRules.screen($0, today: today) }
    }

    @Sendable func progress(req: Request) async throws -> Response {
        let user = try req.user()
        let today = try JournalService.today(req)
        return try await JournalService.answer("progress:\(today.iso)", for: user, on: req) {
            ProgressReport.make($0, today: today)
        }
    }
}
