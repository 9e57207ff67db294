// Import and export over the API: POST /api/v1/imports (multipart files, or one raw CSV body) returns the import
// summary; GET /api/v1/export?format=csv|json|ics returns a file.
import BackstrongCore
import BackstrongImport
import Foundation
import Vapor

/// A multipart import: one or more files, and what they may not say (see ImportOptions).
struct ImportUpload: Content {
    var files: [File]?
    var unit: String?
    var distanceUnit: String?
    var dateOrder: String?
}

struct ImportExportAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.POST, "imports", body: .collect(maxSize: "30mb"), use: importFiles)
        routes.get("export", use: export)
    }

    /// The uploaded files of a request: multipart `files`, or the raw body with `?filename=`; and the options, from
    /// multipart fields or the query.
    static func files(_ req: Request) throws -> (files: [UploadedFile], options: ImportOptions) {
        let query = { (name: String) in req.query[String.self, at: name] }
        if req.headers.contentType?.type == "multipart" {
            let upload = try req.content.decode(ImportUpload.self)
            let files = (upload.files ?? []).filter { $0.data.readableBytes > 0 }.map {
                UploadedFile(name: $0.filename.isEmpty ? "upload.csv" : $0.filename, data: Data(buffer: $0.data))
            }
            return (files, try ImportOptions(unit: upload.unit ?? query("unit"), distanceUnit: upload.distanceUnit ?? query("distanceUnit"),
                                             dateOrder: upload.dateOrder ?? query("dateOrder")))
        }
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw APIError.invalid("files", "Send the CSV export as the body (or as multipart files)")
        }
        let name = query("filename") ?? "upload.csv"
        return ([UploadedFile(name: name, data: Data(buffer: body))],
                try ImportOptions(unit: query("unit"), distanceUnit: query("distanceUnit"), dateOrder: query("dateOrder")))
    }

    @Sendable func importFiles(req: Request) async throws -> Response {
        let user = try req.user()
        let (files, options) = try Self.files(req)
        let dryRun = req.query[Bool.self, at: "dryRun"] ?? false
        let summary = try await ImportService.run(files, options: options, for: user, apply: !dryRun, on: req)
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: try JournalService.encoder.encode(summary)))
    }

    @Sendable func export(req: Request) async throws -> Response {
        let user = try req.user()
        let format = req.query[String.self, at: "format"] ?? "json"
        let weeks = req.query[Int.self, at: "weeks"] ?? 4
        guard (1...52).contains(weeks) else { throw APIError.invalid("weeks", "weeks must be from 1 to 52, got \(weeks)") }
        return try await ImportService.export(format: format, weeks: weeks, today: try JournalService.today(req), for: user, on: req)
    }
}
