// Analytics: estimated 1RM by Epley and Brzycki with their validity range (clinical-rules §6, [38]) and the
// pain trend's clinically important change of 2 NPRS points (§3, [23, 24]).
import BackstrongCore
import Testing

@Suite("1RM estimation [38]")
struct OneRepMaxTests {
    @Test("100 kg × 5: Epley 116.67 kg, Brzycki 112.5 kg [38]")
    func worked() throws {
        // given / when
        let e = try OneRepMax.estimate(weightKg: 100, reps: 5)
        // then
        #expect(abs(e.epley - 116.67) < 0.005)
        #expect(e.brzycki == 112.5)
        #expect(!e.lowValidity)
    }

    @Test("Epley and Brzycki agree at 10 reps; below 10 Epley is higher [38]")
    func equalAtTen() throws {
        // given / when
        let ten = try OneRepMax.estimate(weightKg: 80, reps: 10)
        let six = try OneRepMax.estimate(weightKg: 80, reps: 6)
        // then
        #expect(abs(ten.epley - (ten.brzycki ?? 0)) < 1e-9)
        #expect(six.epley > (six.brzycki ?? .infinity))
    }

    @Test("more than 10 reps is low validity [38]", arguments: [(10, false), (11, true), (30, true)])
    func lowValidity(reps: Int, low: Bool) throws {
        // given / when
        let e = try OneRepMax.estimate(weightKg: 50, reps: reps)
        // then
        #expect(e.lowValidity == low)
    }

    @Test("Brzycki is undefined (nil) from 37 reps [38]", arguments: [(36, false), (37, true), (40, true)])
    func brzyckiUndefined(reps: Int, undefined: Bool) throws {
        // given / when
        let e = try OneRepMax.estimate(weightKg: 20, reps: reps)
        // then
        #expect((e.brzycki == nil) == undefined)
        #expect(e.epley > 20)
    }

    @Test("a weight or rep count outside the limits is an input error naming the field")
    func invalidInput() {
        // given / when / then
        let weight = #expect(throws: InputError.self) { try OneRepMax.estimate(weightKg: -5, reps: 5) }
        let reps = #expect(throws: InputError.self) { try OneRepMax.estimate(weightKg: 50, reps: 0) }
        #expect(weight?.field == "weight")
        #expect(reps?.field == "reps")
    }
}

@Suite("Pain trend (§3)")
struct PainTrendTests {
    /// Resting check-ins: `start` in the first week, `end` in the last.
    func trend(start: Double, end: Double) -> PainTrend {
        let journal = JournalBuilder()
            .checkIn(day("2026-02-02"), pain: start)
            .checkIn(day("2026-02-04"), pain: start)
            .checkIn(day("2026-02-27"), pain: end)
            .checkIn(day("2026-03-01"), pain: end)
            .build()
        return ProgressReport.painTrend(journal)
    }

    @Test("a 2-point change either way is clinically important [23, 24]", arguments: [(6.0, 4.0), (3.0, 5.0)])
    func twoPoints(start: Double, end: Double) {
        // given / when
        let t = trend(start: start, end: end)
        // then
        #expect(t.change == end - start)
        #expect(t.clinicallyImportant)
    }

    @Test("a change under 2 points is not clinically important [23]")
    func underTwoPoints() {
        // given / when
        let t = trend(start: 6, end: 4.5)
        // then
        #expect(!t.clinicallyImportant)
        #expect(t.message.contains("no clear change"))
    }

    @Test("the percentage change is shown too [24]")
    func percent() {
        // given / when
        let t = trend(start: 6, end: 3)
        // then
        #expect(t.percentChange == -50)
    }
}
