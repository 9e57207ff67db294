// How loads read in the person's unit: the same words in the engine's reasons, the CLI and the web pages.
import BackstrongCore
import Testing

@Suite("load text")
struct LoadTextTests {
    @Test("kilograms keep up to two decimals without trailing zeros", arguments: [
        (42.5, "42.5 kg"), (40.0, "40 kg"), (1.25, "1.25 kg"), (2.996, "3 kg"),
    ])
    func kilograms(kg: Double, expected: String) {
        #expect(LoadText.load(kg, units: .kg) == expected)
    }

    @Test("pounds are converted and shown to one decimal", arguments: [
        (20.0, "44.1 lb"), (45.359237, "100 lb"), (2.5, "5.5 lb"),
    ])
    func pounds(kg: Double, expected: String) {
        #expect(LoadText.load(kg, units: .lb) == expected)
    }

    @Test("no load is bodyweight; dumbbell loads say per hand")
    func bodyweightAndPerHand() {
        #expect(LoadText.load(nil, units: .lb) == "bodyweight")
        #expect(LoadText.load(6, units: .kg, perHand: true) == "6 kg per hand")
    }
}
