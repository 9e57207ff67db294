// Shared pieces of the server-drawn charts: escaping text for SVG/XML, compact numbers, and "nice" axis ticks.
// Charts are pure functions of their data (no Vapor, no clock), so tests can check the SVG they produce.
import Foundation

enum SVGText {
    /// Escapes text for use in SVG element content and attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A coordinate with at most one decimal (keeps the markup small).
    static func coord(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    /// A value for people: whole numbers without decimals, others with up to `decimals`.
    static func number(_ x: Double, decimals: Int = 1) -> String {
        if abs(x - x.rounded()) < 0.005 { return String(Int(x.rounded())) }
        var s = String(format: "%.\(decimals)f", x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// About `count` evenly spaced round tick values covering lo...hi (1, 2, 2.5 or 5 × 10ⁿ apart).
    static func ticks(from lo: Double, to hi: Double, count: Int = 4) -> [Double] {
        guard hi > lo, count > 0 else { return [lo] }
        let raw = (hi - lo) / Double(count)
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        var values: [Double] = []
        var v = (lo / step).rounded(.down) * step
        while v <= hi + step * 1e-9 {
            values.append(v)
            v += step
        }
        if let last = values.last, last < hi - step * 1e-9 { values.append(last + step) }
        return values
    }

    /// "12 Oct" style short date for axis labels.
    static func shortDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m) else { return iso }
        return "\(d) \(monthNames[m - 1])"
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Opening tag, title and description shared by every chart: an image with a name and a description in words.
    static func open(id: String, width: Double, height: Double, title: String, description: String) -> String {
        let safeID = id.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \(coord(width)) \(coord(height))" \
            width="100%" preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="\(safeID)-title \(safeID)-desc" \
            font-family="system-ui, sans-serif" font-size="12"><title id="\(safeID)-title">\(escape(title))</title>\
            <desc id="\(safeID)-desc">\(escape(description))</desc>
            """
    }

    /// The y axis shared by the line and bar charts: a grid line and a value at each tick, and the axis's name
    /// written upwards at the left. `y` maps a value to its vertical position; the grid runs from `left` to `right`.
    static func yAxis(ticks: [Double], y: (Double) -> Double, left: Double, right: Double, midY: Double, label: String)
        -> String
    {
        var s = "<g class=\"axis y\" fill=\"#4a5560\" stroke=\"none\">"
        for t in ticks {
            let yy = coord(y(t))
            s +=
                "<line x1=\"\(coord(left))\" x2=\"\(coord(right))\" y1=\"\(yy)\" y2=\"\(yy)\" stroke=\"#d5dad6\" stroke-width=\"1\"/>"
            s +=
                "<text x=\"\(coord(left - 6))\" y=\"\(yy)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(number(t))</text>"
        }
        let m = coord(midY)
        s +=
            "<text class=\"axis-label\" x=\"12\" y=\"\(m)\" transform=\"rotate(-90 12 \(m))\" text-anchor=\"middle\" fill=\"#1b1f23\">\(escape(label))</text></g>"
        return s
    }
}
