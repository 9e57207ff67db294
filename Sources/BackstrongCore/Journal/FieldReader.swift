// Reads one JSON object field by field, with the field's path in every error and unknown keys rejected.
import Foundation

/// Typed, range-checked access to the fields of one JSON object.
struct FieldReader {
    let object: [String: JSONValue]
    let path: String
    private(set) var seen: Set<String> = []

    init(_ value: JSONValue, path: String) throws {
        guard case .object(let o) = value else {
            throw InputError(.invalidField, field: path.isEmpty ? nil : path,
                             "\(path.isEmpty ? "The journal" : path) must be a JSON object, got \(value.shortDescription)")
        }
        self.object = o
        self.path = path
    }

    func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The raw value, nil when the key is absent or null.
    mutating func raw(_ key: String) -> JSONValue? {
        seen.insert(key)
        guard let v = object[key], v != .null else { return nil }
        return v
    }

    mutating func required(_ key: String, _ what: String) throws -> JSONValue {
        guard let v = raw(key) else {
            throw InputError(.missingField, field: fieldPath(key), "\(fieldPath(key)) is missing: \(what)")
        }
        return v
    }

    func invalid(_ key: String, _ value: JSONValue, _ allowed: String) -> InputError {
        let f = fieldPath(key)
        return InputError(.invalidField, field: f, "\(f) must be \(allowed), got \(value.shortDescription)")
    }

    mutating func number(_ key: String, in range: ClosedRange<Double>, unit: String = "", required: Bool = false)
        throws -> Double?
    {
        let allowed = "a number from \(JSONValue.format(range.lowerBound)) to \(JSONValue.format(range.upperBound))\(unit)"
        let value: JSONValue?
        if required { value = try self.required(key, allowed) } else { value = raw(key) }
        guard let value else { return nil }
        guard case .number(let n) = value, n.isFinite, range.contains(n) else { throw invalid(key, value, allowed) }
        return n
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>, unit: String = "", required: Bool = false)
        throws -> Int?
    {
        let allowed = "a whole number from \(range.lowerBound) to \(range.upperBound)\(unit)"
        let value: JSONValue?
        if required { value = try self.required(key, allowed) } else { value = raw(key) }
        guard let value else { return nil }
        guard case .number(let n) = value, n == n.rounded(), n >= Double(range.lowerBound),
            n <= Double(range.upperBound)
        else { throw invalid(key, value, allowed) }
        return Int(n)
    }

    mutating func bool(_ key: String, required: Bool = false) throws -> Bool? {
        let value: JSONValue?
        if required { value = try self.required(key, "true or false") } else { value = raw(key) }
        guard let value else { return nil }
        guard case .bool(let b) = value else { throw invalid(key, value, "true or false") }
        return b
    }

    mutating func string(_ key: String, required: Bool = false, maxLength: Int = 10_000) throws -> String? {
        let value: JSONValue?
        if required { value = try self.required(key, "a text") } else { value = raw(key) }
        guard let value else { return nil }
        guard case .string(let s) = value, s.count <= maxLength else {
            throw invalid(key, value, "a text of at most \(maxLength) characters")
        }
        return s
    }

    mutating func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false)
        throws -> E? where E.RawValue == String
    {
        let allowed = "one of " + E.allCases.map { $0.rawValue }.joined(separator: ", ")
        let value: JSONValue?
        if required { value = try self.required(key, allowed) } else { value = raw(key) }
        guard let value else { return nil }
        guard case .string(let s) = value, let e = E(rawValue: s) else { throw invalid(key, value, allowed) }
        return e
    }

    /// An array of vocabulary words; duplicates are an error.
    mutating func enumerationList<E: RawRepresentable & CaseIterable & Hashable>(_ key: String, _ type: E.Type)
        throws -> [E] where E.RawValue == String
    {
        guard let value = raw(key) else { return [] }
        let allowed = E.allCases.map { $0.rawValue }.joined(separator: ", ")
        guard case .array(let items) = value else { throw invalid(key, value, "an array of: \(allowed)") }
        var result: [E] = []
        for (i, item) in items.enumerated() {
            let f = "\(fieldPath(key))[\(i)]"
            guard case .string(let s) = item, let e = E(rawValue: s) else {
                throw InputError(.invalidField, field: f, "\(f) must be one of \(allowed), got \(item.shortDescription)")
            }
            if result.contains(e) {
                throw InputError(.invalidField, field: f, "\(f) repeats \"\(s)\"")
            }
            result.append(e)
        }
        return result
    }

    mutating func day(_ key: String, required: Bool = false) throws -> Day? {
        let value: JSONValue?
        if required { value = try self.required(key, "a date YYYY-MM-DD") } else { value = raw(key) }
        guard let value else { return nil }
        guard case .string(let s) = value, let d = Day(iso: s) else { throw invalid(key, value, "a date YYYY-MM-DD") }
        return d
    }

    mutating func array(_ key: String) throws -> [JSONValue] {
        guard let value = raw(key) else { return [] }
        guard case .array(let items) = value else { throw invalid(key, value, "an array") }
        return items
    }

    /// Fails on any key that was not read: a typo must never be silently ignored.
    func rejectUnknownKeys() throws {
        for key in object.keys.sorted() where !seen.contains(key) {
            let f = fieldPath(key)
            let known = seen.sorted().joined(separator: ", ")
            throw InputError(.unknownField, field: f, "\(f) is not a known field (known here: \(known))")
        }
    }
}
