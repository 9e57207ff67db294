// Red-flag screening (clinical-rules §2.3–2.4): every answer's tier and urgency, the combinations,
// conditions, and how a professional's clearance is (and is not) applied.
import BackstrongCore
import Testing

@Suite("Screening")
struct ScreeningTests {
    @Test("no answers and no conditions is clear")
    func allNoIsClear() {
        // given
        let builder = JournalBuilder()
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .clear)
        #expect(result.urgency == .none)
        #expect(result.reasons.isEmpty)
    }

    @Test("saddle numbness is an emergency [5, 6, 7]")
    func saddleNumbness() {
        // given
        let builder = JournalBuilder().answering(.saddleNumbness)
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .emergency)
        #expect(result.urgency == .now)
        #expect(result.reasons == ["saddleNumbness"])
    }

    @Test("a new bladder or bowel change is an emergency [5, 6, 7]")
    func bladderOrBowel() {
        // given
        let builder = JournalBuilder().answering(.bladderOrBowelChange)
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .emergency)
        #expect(result.urgency == .now)
    }

    @Test("new or worsening symptoms in both legs are an emergency [6, 10]")
    func bothLegs() {
        // given
        let builder = JournalBuilder().answering(.bothLegsSymptoms)
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .emergency)
        #expect(result.urgency == .now)
    }

    @Test("progressive leg weakness is an emergency (stricter of [5] and [9])")
    func legWeakness() {
        // given
        let builder = JournalBuilder().answering(.progressiveLegWeakness)
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .emergency)
        #expect(result.urgency == .now)
    }

    @Test(
        "each urgent answer has its own time frame [2, 3, 4, 5, 8, 9, 11, 12]",
        arguments: [
            (ScreeningQuestion.feverOrInfection, Urgency.sameDay),  // [8, 9]
            (.historyOfCancer, .within2Weeks),  // [3, 8, 11]
            (.unexplainedWeightLoss, .within2Weeks),  // [2, 4, 8]
            (.longTermSteroids, .within2Weeks),  // [2, 3, 12]
            (.significantTrauma, .sameDay),  // [2, 3, 5]
        ])
    func urgentAnswers(question: ScreeningQuestion, urgency: Urgency) {
        // given
        let builder = JournalBuilder().answering(question)
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .urgent)
        #expect(result.urgency == urgency)
        #expect(result.reasons == [question.rawValue])
    }

    @Test("past cancer with constant night pain needs a doctor within 24 hours [3, 8, 11]")
    func cancerAndNightPain() {
        // given
        let builder = JournalBuilder().answering(.historyOfCancer, .constantNightPain)
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .urgent)
        #expect(result.urgency == .within24Hours)
        #expect(Set(result.reasons) == ["historyOfCancer", "constantNightPain"])
    }

    @Test("past cancer with pain worsening over weeks needs a doctor within 24 hours [4, 11]")
    func cancerAndWorsening() {
        // given
        let builder = JournalBuilder().answering(.historyOfCancer, .painWorseningOverWeeks)
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .urgent)
        #expect(result.urgency == .within24Hours)
    }

    @Test(
        "constant night pain alone is consult between ages 20 and 50 [2, 3, 5]",
        arguments: [20, 35, 50])
    func nightPainConsult(age: Int) {
        // given
        let builder = JournalBuilder().answering(.constantNightPain).profile { $0.age = age }
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .consult)
        #expect(result.urgency == .beforeStarting)
    }

    @Test("constant night pain over 50 or under 20 is urgent within 2 weeks [5]", arguments: [19, 51, 70])
    func nightPainAgeFlag(age: Int) {
        // given
        let builder = JournalBuilder().answering(.constantNightPain).profile { $0.age = age }
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .urgent)
        #expect(result.urgency == .within2Weeks)
    }

    @Test("constant night pain with fever makes the night pain itself urgent [2, 3, 5]")
    func nightPainWithFever() {
        // given
        let builder = JournalBuilder().answering(.constantNightPain, .feverOrInfection)
        // when
        let result = screen(builder)
        // then
        let night = result.findings.first { $0.id == "constantNightPain" }
        #expect(night?.outcome == .urgent)
        #expect(night?.urgency == .within2Weeks)
        #expect(result.urgency == .sameDay)  // the fever's same-day urgency wins
    }

    @Test("constant night pain with weight loss makes the night pain itself urgent [2, 3, 5]")
    func nightPainWithWeightLoss() {
        // given
        let builder = JournalBuilder().answering(.constantNightPain, .unexplainedWeightLoss)
        // when
        let result = screen(builder)
        // then
        #expect(result.findings.first { $0.id == "constantNightPain" }?.outcome == .urgent)
        #expect(result.outcome == .urgent)
    }

    @Test("pain worsening over weeks alone is consult [4, 5, 11]")
    func worseningConsult() {
        // given
        let builder = JournalBuilder().answering(.painWorseningOverWeeks)
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .consult)
    }

    @Test("pain worsening over weeks over 50 or under 20 is urgent within 2 weeks [4, 5]", arguments: [18, 55])
    func worseningAgeFlag(age: Int) {
        // given
        let builder = JournalBuilder().answering(.painWorseningOverWeeks).profile { $0.age = age }
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .urgent)
        #expect(result.urgency == .within2Weeks)
    }

    @Test("leg pain below the knee alone is consult, not a red flag [13]")
    func legPainBelowKnee() {
        // given
        let builder = JournalBuilder().answering(.legPainBelowKnee)
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .consult)
        #expect(result.urgency == .beforeStarting)
    }

    @Test("two consult-level answers together are urgent within 2 weeks [1, 3]")
    func twoConsultAnswers() {
        // given
        let builder = JournalBuilder().answering(.legPainBelowKnee, .constantNightPain)
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .urgent)
        #expect(result.urgency == .within2Weeks)
        #expect(result.reasons.contains("legPainBelowKnee"))
        #expect(result.reasons.contains("constantNightPain"))
    }

    @Test("every condition needs clearance first (consult) [13, 16–21]", arguments: Condition.allCases)
    func conditionsConsult(condition: Condition) {
        // given
        let builder = JournalBuilder().profile { $0.conditions = [condition] }
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .consult)
        #expect(result.reasons == [condition.rawValue])
    }

    @Test("the most severe tier wins and every fired answer is listed")
    func mostSevereWins() {
        // given
        let builder = JournalBuilder().answering(.saddleNumbness, .feverOrInfection, .legPainBelowKnee)
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .emergency)
        #expect(Set(result.reasons) == ["saddleNumbness", "feverOrInfection", "legPainBelowKnee"])
        #expect(result.reasons.first == "saddleNumbness")
    }

    @Test("over 70, trauma and steroids carry an added fracture reason [2]")
    func olderAgeFractureReason() {
        // given
        let older = JournalBuilder().answering(.significantTrauma, .longTermSteroids).profile { $0.age = 75 }
        let younger = JournalBuilder().answering(.significantTrauma, .longTermSteroids).profile { $0.age = 60 }
        // when
        let old = screen(older).findings.filter { $0.id == "significantTrauma" || $0.id == "longTermSteroids" }
        let young = screen(younger).findings.filter { $0.id == "significantTrauma" || $0.id == "longTermSteroids" }
        // then
        #expect(old.count == 2)
        #expect(old.allSatisfy { $0.message.contains("75") })
        #expect(young.allSatisfy { !$0.message.contains("over 70") })
    }

    @Test("a clearance since the screening lifts consult outcomes")
    func clearanceLiftsConsult() {
        // given
        let builder = JournalBuilder().answering(.legPainBelowKnee).profile {
            $0.conditions = [.osteoporosis]
            $0.clearedByProfessional = true
            $0.clearedOn = day("2026-02-25")
        }
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .clear)
        #expect(result.clearedByProfessional)
        #expect(result.clearedOn == day("2026-02-25"))
        #expect(result.findings.allSatisfy { $0.liftedByClearance })
    }

    @Test("a clearance since the screening lifts urgent outcomes (past cancer, steroids)")
    func clearanceLiftsUrgent() {
        // given
        let builder = JournalBuilder().answering(.historyOfCancer, .longTermSteroids).profile {
            $0.clearedByProfessional = true
            $0.clearedOn = day("2026-02-20")  // same day as the answers counts
        }
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .clear)
    }

    @Test(
        "a clearance never lifts an emergency answer [5, 6, 7]",
        arguments: [
            ScreeningQuestion.saddleNumbness, .bladderOrBowelChange, .bothLegsSymptoms, .progressiveLegWeakness,
        ])
    func clearanceNeverLiftsEmergency(question: ScreeningQuestion) {
        // given
        let builder = JournalBuilder().answering(question).profile {
            $0.clearedByProfessional = true
            $0.clearedOn = day("2026-02-25")
        }
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .emergency)
        #expect(result.urgency == .now)
    }

    @Test("a clearance dated before the screening does not count")
    func oldClearance() {
        // given
        let builder = JournalBuilder().answering(.feverOrInfection).profile {
            $0.clearedByProfessional = true
            $0.clearedOn = day("2026-02-19")
        }
        // when
        let result = screen(builder)
        // then
        #expect(result.outcome == .urgent)
        #expect(!result.clearedByProfessional)
        #expect(result.message.contains("older than these answers"))
    }

    @Test("screening answers dated after today are missing data, not a clear (a day ahead is allowed for time zones)")
    func futureScreening() throws {
        // given: answers dated 2026-02-20
        let journal = JournalBuilder().build()
        // when / then: evaluated on 2026-02-18 they do not count yet; on 2026-02-19 (a day behind) they do
        let error = #expect(throws: InputError.self) { try ScreeningRules.screen(journal, today: day("2026-02-18")) }
        #expect(error?.code == .missingData)
        #expect(error?.field == "screening.date")
        #expect(try ScreeningRules.screen(journal, today: day("2026-02-19")).outcome == .clear)
    }

    @Test("a clearance without a date does not count: the date shows a clinician saw the person since the answers")
    func undatedClearance() throws {
        // given: fever, cleared, no date
        let journal = JournalBuilder().answering(.feverOrInfection).profile {
            $0.clearedByProfessional = true
            $0.clearedOn = nil
        }.build()
        // when
        let result = try ScreeningRules.screen(journal, today: today)
        // then
        #expect(result.outcome == .urgent)
        #expect(!result.clearedByProfessional)
        #expect(result.message.contains("has no date"))
    }

    @Test("a clearance dated after today does not count yet, and the message says to check its date")
    func futureClearance() throws {
        // given: past cancer, screened 2026-02-20, a clearance dated 2026-04-01
        let journal = JournalBuilder().answering(.historyOfCancer).profile {
            $0.clearedByProfessional = true
            $0.clearedOn = day("2026-04-01")
        }.build()
        // when: screened on 2026-03-02, and again on the clearance day
        let before = try ScreeningRules.screen(journal, today: today)
        let on = try ScreeningRules.screen(journal, today: day("2026-04-01"))
        // then
        #expect(before.outcome == .urgent)
        #expect(!before.clearedByProfessional)
        #expect(before.message.contains("after today (2026-03-02)"))
        #expect(on.outcome == .clear && on.clearedByProfessional)
        // and the plan as of today has no programme
        #expect(try ProgrammeGenerator.plan(journal, start: today).status == .referred)
    }

    @Test("a journal without screening answers is missing data, never a silent clear")
    func missingScreening() {
        // given
        let journal = JournalBuilder().with { $0.screening = nil }.build()
        // when / then
        let error = #expect(throws: InputError.self) { try ScreeningRules.screen(journal) }
        #expect(error?.code == .missingData)
        #expect(error?.field == "screening")
    }
}
