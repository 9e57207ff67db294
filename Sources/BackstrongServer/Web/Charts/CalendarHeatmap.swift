// An adherence calendar: the last N weeks as columns (Monday on top), one square per day, trained days filled
// and marked with a tick so the difference does not rest on colour alone.
import BackstrongCore
import Foundation

struct CalendarHeatmap {
    var id: String
    var title: String
    /// The last day shown (today).
    var today: Day
    var weeks: Int = 12
    var trainingDays: Set<Day>

    static let cell = 22.0, gap = 3.0, left = 34.0, top = 22.0

    var firstDay: Day { today.startOfWeek.adding(days: -7 * (weeks - 1)) }

    /// Days trained within the window.
    var trainedInWindow: [Day] { trainingDays.filter { $0 >= firstDay && $0 <= today }.sorted() }

    var description: String {
        let trained = trainedInWindow
        let list = trained.map(\.iso).joined(separator: ", ")
        return
            "\(weeks) weeks from \(firstDay.iso) to \(today.iso): \(PlainEnglish.count(trained.count, "training day"))"
            + (trained.isEmpty ? "." : " (\(list)).")
    }

    var width: Double { Self.left + Double(weeks) * (Self.cell + Self.gap) + 4 }
    var height: Double { Self.top + 7 * (Self.cell + Self.gap) + 24 }

    func svg() -> String {
        var s = SVGText.open(id: id, width: width, height: height, title: title, description: description)
        let names = ["Mon", "", "Wed", "", "Fri", "", "Sun"]
        for (row, n) in names.enumerated() where !n.isEmpty {
            let yy = Self.top + Double(row) * (Self.cell + Self.gap) + Self.cell / 2
            s +=
                "<text x=\"\(SVGText.coord(Self.left - 4))\" y=\"\(SVGText.coord(yy))\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#4a5560\" font-size=\"11\">\(n)</text>"
        }
        var lastMonth = -1
        for col in 0..<weeks {
            let weekStart = firstDay.adding(days: col * 7)
            let x = Self.left + Double(col) * (Self.cell + Self.gap)
            let month = weekStart.parts.month
            if month != lastMonth {
                s +=
                    "<text x=\"\(SVGText.coord(x))\" y=\"12\" fill=\"#4a5560\" font-size=\"11\">\(SVGText.monthNames[month - 1])</text>"
                lastMonth = month
            }
            for row in 0..<7 {
                let day = weekStart.adding(days: row)
                guard day <= today else { continue }
                let y = Self.top + Double(row) * (Self.cell + Self.gap)
                let trained = trainingDays.contains(day)
                let tip = "\(day.weekdayName) \(day.iso): \(trained ? "trained" : "no session")"
                s +=
                    "<rect class=\"day\(trained ? " on" : "")\" x=\"\(SVGText.coord(x))\" y=\"\(SVGText.coord(y))\" width=\"\(SVGText.coord(Self.cell))\" height=\"\(SVGText.coord(Self.cell))\" rx=\"4\" fill=\"\(trained ? "#0b5d4b" : "#eef1ef")\" stroke=\"\(day == today ? "#1b1f23" : "#c4ccc7")\" stroke-width=\"\(day == today ? "2" : "1")\"><title>\(SVGText.escape(tip))</title></rect>"
                if trained {
                    let cx = x + Self.cell / 2
                    let cy = y + Self.cell / 2
                    s +=
                        "<polyline points=\"\(SVGText.coord(cx - 5)),\(SVGText.coord(cy)) \(SVGText.coord(cx - 1.5)),\(SVGText.coord(cy + 4)) \(SVGText.coord(cx + 5.5)),\(SVGText.coord(cy - 4))\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"2\" aria-hidden=\"true\"/>"
                }
            }
        }
        let legendY = SVGText.coord(height - 8)
        s +=
            "<rect x=\"\(SVGText.coord(Self.left))\" y=\"\(SVGText.coord(height - 18))\" width=\"12\" height=\"12\" rx=\"3\" fill=\"#0b5d4b\"/>"
        s +=
            "<text x=\"\(SVGText.coord(Self.left + 16))\" y=\"\(legendY)\" fill=\"#1b1f23\" font-size=\"11\">trained</text>"
        s +=
            "<rect x=\"\(SVGText.coord(Self.left + 70))\" y=\"\(SVGText.coord(height - 18))\" width=\"12\" height=\"12\" rx=\"3\" fill=\"#eef1ef\" stroke=\"#c4ccc7\"/>"
        s +=
            "<text x=\"\(SVGText.coord(Self.left + 86))\" y=\"\(legendY)\" fill=\"#1b1f23\" font-size=\"11\">no session</text>"
        s += "</svg>"
        return s
    }
}
