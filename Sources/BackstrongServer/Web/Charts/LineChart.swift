// A line chart over days (pain trend, estimated 1RM): one or more series, a y axis with its unit, first and last
// dates on the x axis, a legend, and a marker with a tooltip per value. Series differ by dash and marker shape
// as well as colour, so they can be told apart without colour vision.
import BackstrongCore
import Foundation

struct LineChart {
    struct Point: Equatable {
        var day: Day
        var value: Double
    }

    struct Series {
        var name: String
        var colour: String
        /// SVG stroke-dasharray, nil for a solid line.
        var dash: String?
        var marker: Marker = .circle
        var points: [Point]
    }

    enum Marker { case circle, square, diamond }

    var id: String
    var title: String
    /// Axis label with the unit, e.g. "Pain (0–10)" or "Estimated 1RM (kg)".
    var yLabel: String
    /// Unit appended to values in tooltips and the description, e.g. " kg" or "/10".
    var valueSuffix: String = ""
    /// Fixed y range (e.g. 0...10 for pain); otherwise fitted to the data from zero.
    var yRange: ClosedRange<Double>?
    var series: [Series]

    static let width = 360.0
    static let height = 230.0
    static let left = 44.0, right = 12.0, top = 34.0, bottom = 40.0

    /// The sentence a screen reader hears in place of the picture.
    var description: String {
        let parts = series.filter { !$0.points.isEmpty }.map { s -> String in
            let first = s.points.first!
            let last = s.points.last!
            let lo = s.points.map(\.value).min()!
            let hi = s.points.map(\.value).max()!
            if s.points.count == 1 {
                return "\(s.name): one value, \(SVGText.number(first.value))\(valueSuffix) on \(first.day.iso)."
            }
            return "\(s.name): \(s.points.count) values from \(first.day.iso) to \(last.day.iso), "
                + "first \(SVGText.number(first.value))\(valueSuffix), last \(SVGText.number(last.value))\(valueSuffix), "
                + "lowest \(SVGText.number(lo))\(valueSuffix), highest \(SVGText.number(hi))\(valueSuffix)."
        }
        return parts.isEmpty ? "No values yet." : parts.joined(separator: " ")
    }

    func svg() -> String {
        let all = series.flatMap(\.points)
        let plotW = Self.width - Self.left - Self.right
        let plotH = Self.height - Self.top - Self.bottom
        let ticks: [Double]
        if let r = yRange {
            ticks = SVGText.ticks(from: r.lowerBound, to: r.upperBound, count: 5)
        } else {
            let hi = max(all.map(\.value).max() ?? 1, 1)
            ticks = SVGText.ticks(from: 0, to: hi * 1.05, count: 4)
        }
        let yLo = ticks.first ?? 0
        let yHi = max(ticks.last ?? 1, yLo + 1)
        let dayLo = all.map(\.day.ordinal).min() ?? 0
        let dayHi = all.map(\.day.ordinal).max() ?? 0
        func x(_ d: Day) -> Double {
            dayHi == dayLo
                ? Self.left + plotW / 2 : Self.left + plotW * Double(d.ordinal - dayLo) / Double(dayHi - dayLo)
        }
        func y(_ v: Double) -> Double { Self.top + plotH * (1 - (v - yLo) / (yHi - yLo)) }

        var s = SVGText.open(id: id, width: Self.width, height: Self.height, title: title, description: description)
        // Grid and y axis.
        s += SVGText.yAxis(
            ticks: ticks, y: y, left: Self.left, right: Self.width - Self.right, midY: Self.top + plotH / 2, label: yLabel)
        // X axis: first and last day.
        let baseY = SVGText.coord(Self.top + plotH)
        s +=
            "<g class=\"axis x\" fill=\"#4a5560\"><line x1=\"\(SVGText.coord(Self.left))\" x2=\"\(SVGText.coord(Self.width - Self.right))\" y1=\"\(baseY)\" y2=\"\(baseY)\" stroke=\"#4a5560\" stroke-width=\"1\"/>"
        if !all.isEmpty {
            let labelY = SVGText.coord(Self.top + plotH + 16)
            let first = Day(ordinal: dayLo)
            let last = Day(ordinal: dayHi)
            s +=
                "<text x=\"\(SVGText.coord(Self.left))\" y=\"\(labelY)\" text-anchor=\"start\">\(SVGText.escape(SVGText.shortDate(first.iso)))</text>"
            if dayHi != dayLo {
                s +=
                    "<text x=\"\(SVGText.coord(Self.width - Self.right))\" y=\"\(labelY)\" text-anchor=\"end\">\(SVGText.escape(SVGText.shortDate(last.iso)))</text>"
            }
        }
        s +=
            "<text class=\"axis-label\" x=\"\(SVGText.coord(Self.left + plotW / 2))\" y=\"\(SVGText.coord(Self.height - 6))\" text-anchor=\"middle\" fill=\"#1b1f23\">Date</text></g>"
        // Legend.
        var lx = Self.left
        for (i, ser) in series.enumerated() where series.count > 1 {
            s +=
                "<g class=\"legend\"><line x1=\"\(SVGText.coord(lx))\" x2=\"\(SVGText.coord(lx + 18))\" y1=\"14\" y2=\"14\" stroke=\"\(ser.colour)\" stroke-width=\"2.5\"\(ser.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>"
            s += marker(ser.marker, x: lx + 9, y: 14, colour: ser.colour, tooltip: nil)
            s +=
                "<text x=\"\(SVGText.coord(lx + 22))\" y=\"14\" dominant-baseline=\"middle\" fill=\"#1b1f23\">\(SVGText.escape(ser.name))</text></g>"
            lx += 30 + Double(ser.name.count) * 6.4
            _ = i
        }
        // Lines and markers.
        for ser in series where !ser.points.isEmpty {
            let pts = ser.points.sorted { $0.day < $1.day }
            s += "<g class=\"series\" data-series=\"\(SVGText.escape(ser.name))\">"
            if pts.count > 1 {
                let path = pts.map { "\(SVGText.coord(x($0.day))),\(SVGText.coord(y($0.value)))" }.joined(
                    separator: " ")
                s +=
                    "<polyline fill=\"none\" stroke=\"\(ser.colour)\" stroke-width=\"2.5\" stroke-linejoin=\"round\"\(ser.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") points=\"\(path)\"/>"
            }
            for p in pts {
                let tip = "\(ser.name), \(p.day.iso): \(SVGText.number(p.value))\(valueSuffix)"
                s += marker(ser.marker, x: x(p.day), y: y(p.value), colour: ser.colour, tooltip: tip)
            }
            s += "</g>"
        }
        s += "</svg>"
        return s
    }

    private func marker(_ m: Marker, x: Double, y: Double, colour: String, tooltip: String?) -> String {
        let cls = tooltip == nil ? "" : " class=\"pt\""
        let tip = tooltip.map { "<title>\(SVGText.escape($0))</title>" } ?? ""
        let close = tooltip == nil ? "/>" : ">\(tip)"
        switch m {
        case .circle:
            return
                "<circle\(cls) cx=\"\(SVGText.coord(x))\" cy=\"\(SVGText.coord(y))\" r=\"3.5\" fill=\"\(colour)\"\(close)"
                + (tooltip == nil ? "" : "</circle>")
        case .square:
            return
                "<rect\(cls) x=\"\(SVGText.coord(x - 3.5))\" y=\"\(SVGText.coord(y - 3.5))\" width=\"7\" height=\"7\" fill=\"\(colour)\"\(close)"
                + (tooltip == nil ? "" : "</rect>")
        case .diamond:
            let pts =
                "\(SVGText.coord(x)),\(SVGText.coord(y - 4.5)) \(SVGText.coord(x + 4.5)),\(SVGText.coord(y)) \(SVGText.coord(x)),\(SVGText.coord(y + 4.5)) \(SVGText.coord(x - 4.5)),\(SVGText.coord(y))"
            return "<polygon\(cls) points=\"\(pts)\" fill=\"\(colour)\"\(close)" + (tooltip == nil ? "" : "</polygon>")
        }
    }
}
