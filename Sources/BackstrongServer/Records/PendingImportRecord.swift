// Uploaded files waiting for the user to confirm an import after seeing its summary (kept in the database so
// any server can finish it; removed once confirmed or after a day).
import Fluent
import Foundation

final class PendingImportRecord: Model, @unchecked Sendable {
    static let schema = "pending_imports"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    /// The files as JSON: [{name, data (base64)}].
    @Field(key: "files") var files: String
    @OptionalField(key: "unit") var unit: String?
    @OptionalField(key: "distance_unit") var distanceUnit: String?
    @OptionalField(key: "date_order") var dateOrder: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
