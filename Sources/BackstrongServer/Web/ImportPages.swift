// "Bring your history": upload exports from Strong, Hevy or FitNotes, see what would be imported (sets, warm-ups,
// skipped rows, unmapped exercises, possible past flare-ups in notes), confirm; and download everything back out.
import BackstrongCore
import BackstrongImport
import Fluent
import Foundation
import Vapor

struct ImportPageContent: Encodable {
    var error: String?
    var unit: String
}

struct ImportPreviewContent: Encodable {
    struct Row: Encodable { var file: String; var format: String; var dialect: String; var workouts: Int; var sets: Int; var warmupSets: Int; var added: Int; var already: Int }
    var pendingID: String
    var rows: [Row]
    var workouts: Int
    var sets: Int
    var warmupSets: Int
    var added: Int
    var alreadyInJournal: Int
    var updated: Int
    /// What the importer assumed and the user should check (date order, encoding, distance unit, numbers).
    var warnings: [String]
    var skipped: [SkippedRow]
    var unmapped: [String]
    var painNotes: [PainNote]
}

struct ImportPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("import", use: page)
        routes.on(.POST, "import", body: .collect(maxSize: "30mb"), use: preview)
        routes.post("import", ":pendingID", "confirm", use: confirm)
        routes.get("export", ":format", use: export)
    }

    @Sendable func page(req: Request) async throws -> View {
        let user = try req.webUser()
        let units = try await JournalService.journal(for: user, on: req)?.profile.units ?? .kg
        return try await req.page("import", PageBase(req, title: "Bring your history", section: "settings", units: units),
                                  ImportPageContent(error: nil, unit: units.rawValue))
    }

    @Sendable func preview(req: Request) async throws -> Response {
        let user = try req.webUser()
        let units = try await JournalService.journal(for: user, on: req)?.profile.units ?? .kg
        do {
            let (files, options) = try ImportExportAPIController.files(req)
            let summary = try await ImportService.run(files, options: options, for: user, apply: false, on: req)
            let pending = PendingImportRecord()
            pending.userID = user.id
            pending.files = String(decoding: try JSONEncoder().encode(files), as: UTF8.self)
            pending.unit = options.unit?.rawValue
            pending.distanceUnit = options.distanceUnit?.rawValue
            pending.dateOrder = options.dateOrder?.rawValue
            try await pending.create(on: req.db)
            let content = ImportPreviewContent(
                pendingID: try pending.requireID().uuidString,
                rows: summary.files.map { .init(file: $0.file, format: $0.format.rawValue, dialect: $0.dialect, workouts: $0.workouts, sets: $0.sets, warmupSets: $0.warmupSets, added: $0.added, already: $0.alreadyInJournal) },
                workouts: summary.workouts, sets: summary.sets, warmupSets: summary.warmupSets, added: summary.added,
                alreadyInJournal: summary.alreadyInJournal, updated: summary.updated, warnings: summary.warnings, skipped: Array(summary.skippedRows.prefix(200)),
                unmapped: summary.unmappedExercises, painNotes: summary.painNotes)
            return try await req.page("import-preview", PageBase(req, title: "Check your import", section: "settings", units: units), content)
                .encodeResponse(for: req)
        } catch let e as APIError {
            let view = try await req.page("import", PageBase(req, title: "Bring your history", section: "settings", units: units),
                                          ImportPageContent(error: e.message, unit: units.rawValue))
            return try await view.encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let user = try req.webUser()
        guard let raw = req.parameters.get("pendingID"), let id = UUID(uuidString: raw),
            let pending = try await PendingImportRecord.query(on: req.db).filter(\.$id == id).filter(\.$userID == user.id).first()
        else { throw APIError.notFound("Import") }
        let files = try JSONDecoder().decode([UploadedFile].self, from: Data(pending.files.utf8))
        let options = try ImportOptions(unit: pending.unit, distanceUnit: pending.distanceUnit, dateOrder: pending.dateOrder)
        let summary = try await ImportService.run(files, options: options, for: user, apply: true, on: req)
        try await pending.delete(on: req.db)
        try await PendingImportRecord.query(on: req.db).filter(\.$userID == user.id)
            .filter(\.$createdAt < Date().addingTimeInterval(-86_400)).delete()
        let message = "Imported \(summary.added) workouts (\(summary.alreadyInJournal) were already in your journal"
            + (summary.updated > 0 ? ", \(summary.updated) updated from the file" : "") + ")."
        return req.redirect(to: "/progress?message=" + (message.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""))
    }

    @Sendable func export(req: Request) async throws -> Response {
        let user = try req.webUser()
        let format = req.parameters.get("format") ?? "json"
        return try await ImportService.export(format: format, weeks: 4, today: Day(Date(), in: .current), for: user, on: req)
    }
}
