// The text encoding of an exported file, turned into the UTF-8 the tokenizer reads. UTF-8 (with or without a
// byte-order mark) is read as it is; UTF-16 with a byte-order mark (Excel's "Unicode Text") is converted; other
// bytes are read as Windows-1252 (Excel's "CSV (Comma delimited)" on Windows), with a warning quoting the text so
// that the person can check it.
import Foundation

enum SourceEncoding {
    /// Bytes that Windows-1252 leaves undefined: a file holding them is in some other encoding.
    static let undefinedInWindows1252: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// Windows-1252's characters for 0x80–0x9F (0x00–0x7F are ASCII, 0xA0–0xFF are Latin-1).
    static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    static let resave = "re-save it as UTF-8 (\"CSV UTF-8\" in Excel) and import it again"

    /// The file as UTF-8, and a warning when its encoding was assumed. Throws the reason a file cannot be read.
    static func utf8(_ data: Data) throws(HeaderProblem) -> (data: Data, warning: String?) {
        let bytes = [UInt8](data.prefix(2))
        if bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF] {
            let littleEndian = bytes == [0xFF, 0xFE]
            let body = data.dropFirst(2)
            guard body.count % 2 == 0 else {
                throw HeaderProblem(reason: "the file says UTF-16 but ends in half a character; \(resave)")
            }
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var i = body.startIndex
            while i < body.endIndex {
                let a = UInt16(body[i])
                let b = UInt16(body[i + 1])
                units.append(littleEndian ? a | b << 8 : a << 8 | b)
                i += 2
            }
            guard let text = String(validating: units, as: UTF16.self) else {
                throw HeaderProblem(reason: "the file says UTF-16 but holds invalid UTF-16; \(resave)")
            }
            return (Data(text.utf8), nil)
        }
        if bytes.count == 2, bytes.contains(0) {
            throw HeaderProblem(reason: "the file looks like UTF-16 without a byte-order mark; \(resave)")
        }
        let valid = data.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            return !buffer.contains(where: { $0 >= 0x80 }) || String(validating: buffer, as: UTF8.self) != nil
        }
        if valid { return (data, nil) }
        return try windows1252(data)
    }

    /// Bytes that are not UTF-8, read as Windows-1252; the warning quotes the first line with such a byte.
    static func windows1252(_ data: Data) throws(HeaderProblem) -> (data: Data, warning: String?) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(data.count)
        var line = 1
        var lineStart = 0
        var first: (line: Int, start: Int)?
        for b in data {
            if b < 0x80 {
                scalars.append(Unicode.Scalar(b))
                if b == 0x0A {
                    line += 1
                    lineStart = scalars.count
                }
                continue
            }
            if first == nil { first = (line, lineStart) }
            if b >= 0xA0 {
                scalars.append(Unicode.Scalar(b))
            } else if let s = windows1252High[Int(b - 0x80)] {
                scalars.append(s)
            } else {
                throw HeaderProblem(
                    reason:
                        "line \(line) is neither UTF-8 nor Windows-1252 text (byte 0x\(String(b, radix: 16, uppercase: true))); \(resave)")
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        var example = String.UnicodeScalarView()
        if let first {
            example.append(contentsOf: scalars[first.start...].prefix { $0 != "\n" && $0 != "\r" }.prefix(80))
        }
        let firstLine = first?.line
        let warning =
            "the file is not UTF-8: it was read as Windows-1252 (line \(firstLine ?? 1) reads \"\(String(example))\"); if names look wrong, \(resave)"
        return (Data(String(text).utf8), warning)
    }
}
