// The server-drawn SVG charts: accessible structure (role, title, description), one mark per value, axis labels
// with units, and escaped text.
import BackstrongCore
import Foundation
import Testing

@testable import BackstrongServer

@Suite("charts")
struct ChartTests {
    func day(_ iso: String) -> Day { Day(iso: iso)! }

    func count(_ text: String, in svg: String) -> Int { svg.components(separatedBy: text).count - 1 }

    @Test("a line chart is a titled image with a marker per value and a labelled axis")
    func lineChart() {
        // given
        let chart = LineChart(
            id: "pain", title: "Pain before and after", yLabel: "Pain (0–10)", valueSuffix: "/10", yRange: 0...10,
            series: [
                .init(
                    name: "Before", colour: "#000", dash: nil,
                    points: [
                        .init(day: day("2026-10-01"), value: 4), .init(day: day("2026-10-03"), value: 3),
                        .init(day: day("2026-10-05"), value: 2),
                    ]),
                .init(
                    name: "After", colour: "#a00", dash: "6 4", marker: .square,
                    points: [.init(day: day("2026-10-01"), value: 5)]),
            ])
        // when
        let svg = chart.svg()
        // then
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.contains(#"role="img""#))
        #expect(svg.contains(#"width="100%""#))
        #expect(svg.contains("viewBox=\"0 0 360 230\""))
        #expect(svg.contains(#"aria-labelledby="pain-title pain-desc""#))
        #expect(svg.contains(#"<title id="pain-title">Pain before and after</title>"#))
        #expect(svg.contains("Before: 3 values from 2026-10-01 to 2026-10-05, first 4/10, last 2/10"))
        #expect(svg.contains("After: one value, 5/10 on 2026-10-01."))
        #expect(count(#"class="pt""#, in: svg) == 4)
        #expect(count("<polyline", in: svg) == 1)  // a single value draws no line
        #expect(svg.contains(">Pain (0–10)</text>"))
        #expect(svg.contains(">10</text>") && svg.contains(">0</text>"))
        #expect(svg.contains(">1 Oct</text>") && svg.contains(">5 Oct</text>"))
        #expect(!svg.contains("style="))
    }

    @Test("an empty line chart says there are no values yet")
    func emptyLineChart() {
        let svg = LineChart(
            id: "e", title: "Nothing", yLabel: "kg", series: [.init(name: "A", colour: "#000", dash: nil, points: [])]
        ).svg()
        #expect(svg.contains("<desc id=\"e-desc\">No values yet.</desc>"))
        #expect(count(#"class="pt""#, in: svg) == 0)
    }

    @Test("a bar chart has one bar per period with its value in the tooltip and description")
    func barChart() {
        // given
        let bars = (0..<12).map { BarChart.Bar(label: "w\($0)", longLabel: "week \($0)", value: Double($0 * 100)) }
        // when
        let svg = BarChart(
            id: "vol", title: "Weekly volume (kg)", yLabel: "Volume (kg)", valueSuffix: " kg", bars: bars
        ).svg()
        // then
        #expect(count(#"class="bar""#, in: svg) == 12)
        #expect(svg.contains("<title id=\"vol-title\">Weekly volume (kg)</title>"))
        #expect(svg.contains("<title>week 11: 1100 kg</title>"))
        #expect(svg.contains("Highest 1100 kg in the week 11."))
        #expect(svg.contains(">Volume (kg)</text>"))
        #expect(svg.contains(">Week starting</text>"))
    }

    @Test("the adherence calendar shows 12 weeks up to today and marks the trained days")
    func calendar() {
        // given: a Thursday, three trained days in the window and one before it
        let today = day("2026-11-26")
        let trained: Set<Day> = [day("2026-11-02"), day("2026-11-04"), day("2026-11-25"), day("2026-01-01")]
        // when
        let chart = CalendarHeatmap(id: "cal", title: "Training days", today: today, trainingDays: trained)
        let svg = chart.svg()
        // then: 11 full weeks + Monday to Thursday
        #expect(chart.firstDay == day("2026-09-07"))
        #expect(count("<rect class=\"day", in: svg) == 11 * 7 + 4)
        #expect(count(#"class="day on""#, in: svg) == 3)
        #expect(svg.contains("3 training days (2026-11-02, 2026-11-04, 2026-11-25)"))
        #expect(svg.contains("<title>Wednesday 2026-11-25: trained</title>"))
        #expect(svg.contains(">Mon</text>") && svg.contains(">Nov</text>"))
    }

    @Test("text in charts is escaped")
    func escaping() {
        let svg = LineChart(
            id: "x\"><script>", title: "<b>Tom & Jerry's</b>", yLabel: "\"kg\"",
            series: [.init(name: "<i>", colour: "#000", dash: nil, points: [.init(day: day("2026-01-01"), value: 1)])]
        ).svg()
        #expect(!svg.contains("<b>") && !svg.contains("<i>") && !svg.contains("<script>"))
        #expect(svg.contains("&lt;b&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;"))
        #expect(svg.contains("&quot;kg&quot;"))
    }

    @Test("axis ticks are round numbers covering the range")
    func ticks() {
        #expect(SVGText.ticks(from: 0, to: 10, count: 5) == [0, 2, 4, 6, 8, 10])
        let t = SVGText.ticks(from: 0, to: 87, count: 4)
        #expect(t.first == 0 && t.last! >= 87 && t.count <= 6)
    }
}
