// The one error type for bad input to the core: a stable code, the field at fault and a plain message.
// The CLI prints `message` and exits 1; the server maps it to `{error, message, field}`.
import Foundation

/// Bad input, with the field at fault and what is allowed.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// Stable machine-readable codes.
    public enum Code: String, Sendable, Codable {
        /// The text is not JSON at all.
        case invalidJSON = "invalid_json"
        /// A value is of the wrong type or outside its allowed range.
        case invalidField = "invalid_field"
        /// A required field is absent.
        case missingField = "missing_field"
        /// A key that the format does not define (often a typo).
        case unknownField = "unknown_field"
        /// Dated entries are not in chronological order.
        case outOfOrder = "out_of_order"
        /// An exercise id that is neither in the catalog nor a custom exercise.
        case unknownExercise = "unknown_exercise"
        /// Something the request needs is not in the journal (e.g. no screening yet).
        case missingData = "missing_data"
    }

    public var code: Code
    /// JSON path of the field at fault, e.g. `sessions[3].exercises[0].sets[2].pain`; nil when no single field is.
    public var field: String?
    public var message: String

    public init(_ code: Code, field: String?, _ message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
