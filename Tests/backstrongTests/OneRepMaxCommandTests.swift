// `backstrong e1rm`: estimated one-rep max by Epley and Brzycki, and when the estimate is unreliable.
import Foundation
import Testing

@Suite("backstrong e1rm")
struct OneRepMaxCommandTests {
    @Test("e1rm 100 5 gives Epley 116.67 and Brzycki 112.5, both valid")
    func fiveReps() throws {
        // given 100 kg lifted 5 times
        let arguments = ["e1rm", "100", "5", "--json"]

        // when
        let result = try CLI.run(arguments)

        // then
        #expect(result.status == 0)
        let estimate = try #require(result.json() as? [String: Any])
        let epley = try #require(estimate["epley"] as? Double)
        let brzycki = try #require(estimate["brzycki"] as? Double)
        #expect(abs(epley - 116.67) <= 0.01)
        #expect(abs(brzycki - 112.5) <= 0.01)
        #expect(estimate["lowValidity"] as? Bool == false)
    }

    @Test("e1rm 100 40 has no Brzycki estimate and is marked low validity")
    func fortyReps() throws {
        // given a set far beyond the formulas' range
        let arguments = ["e1rm", "100", "40", "--json"]

        // when
        let result = try CLI.run(arguments)

        // then
        #expect(result.status == 0)
        let estimate = try #require(result.json() as? [String: Any])
        #expect(estimate["brzycki"] is NSNull)
        #expect(estimate["epley"] is NSNumber)
        #expect(estimate["lowValidity"] as? Bool == true)
    }

    @Test("e1rm prints both estimates in words")
    func text() throws {
        // given
        let arguments = ["e1rm", "100", "5"]

        // when
        let result = try CLI.run(arguments)

        // then
        #expect(result.status == 0)
        #expect(result.stdout == "100 kg × 5: Epley 116.67 kg, Brzycki 112.5 kg\n")
    }
}
