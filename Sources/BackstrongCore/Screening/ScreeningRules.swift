// Red-flag screening as a pure function of the screening answers and profile (clinical-rules §2.3–2.4).
import Foundation

/// Decides the screening outcome. Backstrong educates and refers; it does not diagnose.
public enum ScreeningRules {
    /// Screens the journal's answers as of `today` (a clearance dated after it does not count yet); throws when
    /// there are none.
    public static func screen(_ journal: Journal, today: Day? = nil) throws -> ScreeningResult {
        guard let screening = journal.screening else {
            throw InputError(.missingData, field: "screening",
                             "The journal has no screening answers yet: answer the 12 screening questions before anything else")
        }
        // Answers dated after today are not answers yet (a day ahead is allowed for time zones).
        if let today, screening.date > today.adding(days: 1) {
            throw InputError(.missingData, field: "screening.date",
                             "The screening answers are dated \(screening.date), after today (\(today)): answer the screening questions again with today's date")
        }
        var result = screen(screening, profile: journal.profile, today: today)
        // New leg symptoms reported since these answers: stop and screen again (§2.2, §4).
        let legDays = PainMonitor(journal: journal).unscreenedLegSymptomDays(through: today ?? Day(ordinal: Int.max / 4))
        if !legDays.isEmpty, result.outcome != .emergency {
            result.newLegSymptomsSince = legDays
            // "No warning signs" is true of the answers only: say so, then what the new symptoms mean.
            if result.outcome == .clear { result.message = "No warning signs in these answers." }
            result.message += " " + LegSymptoms.screenAgainMessage(reportedOn: legDays.last!)
        }
        return result
    }

    /// Screens one set of answers for a profile, as of `today` when given.
    public static func screen(_ screening: Screening, profile: Profile, today: Day? = nil) -> ScreeningResult {
        let yes: (ScreeningQuestion) -> Bool = { screening.answer($0) }
        let age = profile.age
        let ageFlag = age > ClinicalRules.olderAgeFlag || age < ClinicalRules.youngerAgeFlag
        let ageText = "age \(age) (over \(ClinicalRules.olderAgeFlag) or under \(ClinicalRules.youngerAgeFlag))"
        var findings: [ScreeningFinding] = []
        func add(_ id: String, _ outcome: ScreeningOutcome, _ urgency: Urgency, _ message: String, _ source: String) {
            findings.append(ScreeningFinding(id: id, outcome: outcome, urgency: urgency, message: message, source: source,
                                             liftedByClearance: false))
        }

        // Cauda equina signs: hospital within hours [5, 6, 7, 10].
        if yes(.saddleNumbness) {
            add("saddleNumbness", .emergency, .now, "Numbness in the saddle area can mean pressure on the nerves at the base of the spine (cauda equina).", "[5, 6, 7]")
        }
        if yes(.bladderOrBowelChange) {
            add("bladderOrBowelChange", .emergency, .now, "A new change in bladder or bowel control can mean pressure on the nerves at the base of the spine (cauda equina).", "[5, 6, 7]")
        }
        if yes(.bothLegsSymptoms) {
            add("bothLegsSymptoms", .emergency, .now, "New or worsening symptoms in both legs can mean nerve compression that needs checking at once.", "[6, 10]")
        }
        if yes(.progressiveLegWeakness) {
            add("progressiveLegWeakness", .emergency, .now, "Leg weakness that is getting worse needs checking at once.", "[5, 9]")
        }
        // Possible infection, malignancy or fracture: urgent [2, 3, 4, 8, 9, 11].
        if yes(.feverOrInfection) {
            add("feverOrInfection", .urgent, .sameDay, "Fever or infection with back pain needs a doctor's check today.", "[8, 9]")
        }
        if yes(.historyOfCancer) {
            let soon = yes(.constantNightPain) || yes(.painWorseningOverWeeks)
            add("historyOfCancer", .urgent, soon ? .within24Hours : .within2Weeks,
                soon ? "A past cancer together with constant night pain or pain worsening over weeks needs a doctor within 24 hours."
                    : "Back pain after a past cancer should be checked by a doctor.", "[3, 8, 11]")
        }
        if yes(.unexplainedWeightLoss) {
            add("unexplainedWeightLoss", .urgent, .within2Weeks, "Unexplained weight loss with back pain should be checked by a doctor.", "[2, 4, 8]")
        }
        if yes(.longTermSteroids) {
            let older = age > ClinicalRules.fractureRiskAge
            add("longTermSteroids", .urgent, .within2Weeks,
                "Long-term steroid tablets weaken bone; a doctor should rule out a fracture"
                    + (older ? ", all the more at age \(age) (over \(ClinicalRules.fractureRiskAge))." : "."), "[2, 3, 12]")
        }
        if yes(.significantTrauma) {
            let older = age > ClinicalRules.fractureRiskAge
            add("significantTrauma", .urgent, .sameDay,
                "Pain after a fall or accident should be checked by a doctor today (after a major accident, go to an emergency department)"
                    + (older ? "; at age \(age) (over \(ClinicalRules.fractureRiskAge)) even a minor fall can fracture a vertebra." : "."),
                "[2, 3, 5]")
        }
        // Consult-level answers, upgraded by combinations [2, 3, 4, 5, 11].
        var consultAnswers: [String] = []
        if yes(.constantNightPain) {
            if yes(.historyOfCancer) {
                // Already made urgent within 24 h by the cancer rule; listed so every answer shows.
                add("constantNightPain", .urgent, .within24Hours, "Constant night pain with a past cancer needs a doctor within 24 hours.", "[3, 11]")
            } else if yes(.unexplainedWeightLoss) || yes(.feverOrInfection) || ageFlag {
                let with = yes(.unexplainedWeightLoss) ? "weight loss" : yes(.feverOrInfection) ? "fever or infection" : ageText
                add("constantNightPain", .urgent, .within2Weeks, "Constant night pain together with \(with) should be checked by a doctor within 2 weeks.", "[2, 3, 5]")
            } else {
                add("constantNightPain", .consult, .beforeStarting, "Constant night pain should be checked by a doctor or physiotherapist before you start.", "[2, 3, 5]")
                consultAnswers.append("constantNightPain")
            }
        }
        if yes(.painWorseningOverWeeks) {
            if yes(.historyOfCancer) {
                add("painWorseningOverWeeks", .urgent, .within24Hours, "Pain worsening over weeks after a past cancer needs a doctor within 24 hours.", "[4, 11]")
            } else if ageFlag {
                add("painWorseningOverWeeks", .urgent, .within2Weeks, "Pain worsening over weeks at \(ageText) should be checked by a doctor within 2 weeks.", "[4, 5]")
            } else {
                add("painWorseningOverWeeks", .consult, .beforeStarting, "Pain that keeps worsening over weeks should be checked before you start.", "[4, 5, 11]")
                consultAnswers.append("painWorseningOverWeeks")
            }
        }
        if yes(.legPainBelowKnee) {
            add("legPainBelowKnee", .consult, .beforeStarting, "Leg pain below the knee (sciatica) is not a red flag, but a doctor or physiotherapist should see you before you start; loaded bending and lifting from the floor are left out meanwhile.", "[13]")
            consultAnswers.append("legPainBelowKnee")
        }
        if consultAnswers.count >= ClinicalRules.consultAnswersMakingUrgent {
            add("combinedFlags", .urgent, .within2Weeks,
                "\(consultAnswers.count) warning signs together (\(consultAnswers.joined(separator: ", "))) count more than each alone: see a doctor within 2 weeks.",
                "[1, 3]")
        }
        for condition in profile.conditions {
            add(condition.rawValue, .consult, .beforeStarting, ConditionRestrictions.clearanceMessage(for: condition), ConditionRestrictions.source(for: condition))
        }

        // A clearance given since the answers lifts consult and urgent findings, never emergency ones.
        let clearanceCounts: Bool = {
            // The date shows the clinician saw the person since these answers (§2.3): without it, it cannot count.
            guard profile.clearedByProfessional, let on = profile.clearedOn, on >= screening.date else { return false }
            if let today, today < on { return false }  // not given yet: a wrong date
            return true
        }()
        if clearanceCounts {
            for i in findings.indices where findings[i].outcome != .emergency {
                findings[i].liftedByClearance = true
            }
        }
        findings.sort { ($0.outcome, $0.urgency) > ($1.outcome, $1.urgency) }
        let active = findings.filter { !$0.liftedByClearance }
        let outcome = active.map(\.outcome).max() ?? .clear
        let urgency = active.map(\.urgency).max() ?? .none
        var message: String
        switch outcome {
        case .emergency:
            message = "Go to an emergency department now (or call emergency services); do not wait. Do not train. Show them your answers."
        case .urgent:
            message = "See a doctor \(urgency.phrase); show them your answers. Do not start training until a doctor has seen you."
        case .consult:
            message = "See a doctor or physiotherapist before starting; sooner if anything worsens. When they clear you, record it and your programme starts."
        case .clear:
            message = "No warning signs; if one appears later, stop and screen again."
            if clearanceCounts && !findings.isEmpty, let on = profile.clearedOn {
                message = "Cleared by a professional on \(on); the restrictions for your answers and conditions stay in your programme. If anything new appears, stop and screen again."
            }
        }
        if profile.clearedByProfessional && !clearanceCounts && !findings.isEmpty && profile.clearedOn == nil {
            message += " Your clearance has no date: record the day a clinician cleared you (on or after these answers of \(screening.date)) so that it counts."
        }
        if profile.clearedByProfessional && !clearanceCounts, let on = profile.clearedOn {
            if on < screening.date {
                message += " Your clearance of \(on) is older than these answers (\(screening.date)), so it does not cover them: ask again."
            } else if let today {
                message += " Your clearance is dated \(on), after today (\(today)), so it does not count yet: check its date."
            }
        }
        return ScreeningResult(
            outcome: outcome, urgency: urgency, reasons: findings.map(\.id), message: message, findings: findings,
            screenedOn: screening.date, clearedOn: clearanceCounts ? profile.clearedOn : nil,
            clearedByProfessional: clearanceCounts)
    }
}
