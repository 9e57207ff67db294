// A vertical bar chart (weekly volume): one bar per labelled period, a y axis with its unit, the value above
// each bar, and a tooltip per bar. Bars that count things read as counts in words ("1 set", "2 sets").
import BackstrongCore
import Foundation

struct BarChart {
    struct Bar: Equatable {
        /// Short label under the bar, e.g. "12 Oct".
        var label: String
        /// Longer text for the tooltip and description, e.g. "week of 2026-10-12".
        var longLabel: String
        var value: Double
    }

    var id: String
    var title: String
    /// Axis label with the unit, e.g. "Volume (kg lifted)".
    var yLabel: String
    var valueSuffix: String = ""
    /// For bars that count things, the thing in the singular ("set"): values then read "1 set", "2 sets", and
    /// `valueSuffix` is not used.
    var countNoun: String? = nil
    var colour = "#0b5d4b"
    var bars: [Bar]

    static let width = 360.0
    static let height = 230.0
    static let left = 48.0, right = 10.0, top = 18.0, bottom = 44.0

    var description: String {
        guard !bars.isEmpty else { return "No values yet." }
        let hi = bars.max { $0.value < $1.value }!
        let items = bars.map { "\($0.longLabel): \(valueText($0.value))" }.joined(separator: "; ")
        return "\(bars.count) bars. Highest \(valueText(hi.value)) in the \(hi.longLabel). \(items)."
    }

    /// A value as the description and tooltips write it: "120 kg", or "1 set" for a count.
    func valueText(_ value: Double) -> String {
        if let noun = countNoun, value == value.rounded(), abs(value) < Double(Int.max) {
            return PlainEnglish.count(Int(value), noun)
        }
        return SVGText.number(value) + valueSuffix
    }

    func svg() -> String {
        let plotW = Self.width - Self.left - Self.right
        let plotH = Self.height - Self.top - Self.bottom
        let hi = max(bars.map(\.value).max() ?? 1, 1)
        let ticks = SVGText.ticks(from: 0, to: hi, count: 4)
        let yHi = max(ticks.last ?? 1, 1)
        func y(_ v: Double) -> Double { Self.top + plotH * (1 - v / yHi) }
        var s = SVGText.open(id: id, width: Self.width, height: Self.height, title: title, description: description)
        s += SVGText.yAxis(
            ticks: ticks, y: y, left: Self.left, right: Self.width - Self.right, midY: Self.top + plotH / 2, label: yLabel)
        let slot = bars.isEmpty ? plotW : plotW / Double(bars.count)
        let barW = min(28, slot * 0.7)
        // Label every bar when there is room, else every second or third.
        let labelEvery = max(1, Int((34 / slot).rounded(.up)))
        s += "<g class=\"bars\">"
        for (i, b) in bars.enumerated() {
            let cx = Self.left + slot * (Double(i) + 0.5)
            let top = y(b.value)
            let h = max(0, Self.top + plotH - top)
            s +=
                "<rect class=\"bar\" x=\"\(SVGText.coord(cx - barW / 2))\" y=\"\(SVGText.coord(top))\" width=\"\(SVGText.coord(barW))\" height=\"\(SVGText.coord(h))\" fill=\"\(colour)\"><title>\(SVGText.escape("\(b.longLabel): \(valueText(b.value))"))</title></rect>"
            if (bars.count - 1 - i) % labelEvery == 0 {
                s +=
                    "<text x=\"\(SVGText.coord(cx))\" y=\"\(SVGText.coord(Self.top + plotH + 15))\" text-anchor=\"middle\" fill=\"#4a5560\" font-size=\"11\">\(SVGText.escape(b.label))</text>"
            }
        }
        s += "</g>"
        let baseY = SVGText.coord(Self.top + plotH)
        s +=
            "<line x1=\"\(SVGText.coord(Self.left))\" x2=\"\(SVGText.coord(Self.width - Self.right))\" y1=\"\(baseY)\" y2=\"\(baseY)\" stroke=\"#4a5560\" stroke-width=\"1\"/>"
        s +=
            "<text class=\"axis-label\" x=\"\(SVGText.coord(Self.left + plotW / 2))\" y=\"\(SVGText.coord(Self.height - 6))\" text-anchor=\"middle\" fill=\"#1b1f23\">Week starting</text>"
        s += "</svg>"
        return s
    }
}
