// Readiness stages (clinical-rules §7.2): each foundation criterion, loading, strength, missing and logged tests,
// pain breaches two weeks running, and recent spinal surgery; plus the trunk-endurance flags of §7.1.
import BackstrongCore
import Testing

/// A default journal whose only assessment is the passing one changed by `change`.
private func assessed(_ change: (inout Assessment) -> Void) -> JournalBuilder {
    var a = passingAssessment()
    change(&a)
    return JournalBuilder().with { $0.assessments = [a] }
}

private func stage(_ builder: JournalBuilder) -> Stage {
    Readiness.assess(builder.build(), today: today).stage
}

@Suite("Readiness stages (§7.2, product decisions)")
struct ReadinessStageTests {
    @Test("passing every test with test pain ≤ 3 gives loading")
    func passingGivesLoading() {
        // given
        let builder = JournalBuilder()
        // when
        let result = stage(builder)
        // then
        #expect(result == .loading)
    }

    @Test(
        "test pain above 5 keeps foundation; 4–5 stays foundation; 3 is loading",
        arguments: [(6.0, Stage.foundation), (5.0, .foundation), (4.0, .foundation), (3.0, .loading)])
    func testPain(pain: Double, expected: Stage) {
        // given
        let builder = assessed { $0.painDuringTests = pain }
        // when
        let result = stage(builder)
        // then
        #expect(result == expected)
    }

    @Test("a back-extension hold under 60 s keeps foundation", arguments: [(59.0, Stage.foundation), (60.0, .loading)])
    func backExtension(seconds: Double, expected: Stage) {
        // given
        let builder = assessed { $0.backExtensionHoldSeconds = seconds }
        // when
        let result = stage(builder)
        // then
        #expect(result == expected)
    }

    @Test("a plank under 30 s keeps foundation", arguments: [(29.0, Stage.foundation), (30.0, .loading)])
    func plank(seconds: Double, expected: Stage) {
        // given
        let builder = assessed { $0.plankSeconds = seconds }
        // when
        let result = stage(builder)
        // then
        #expect(result == expected)
    }

    @Test("a side plank under 20 s keeps foundation", arguments: [(19.0, Stage.foundation), (20.0, .loading)])
    func sidePlankShort(seconds: Double, expected: Stage) {
        // given: both sides equal so the ratio passes
        let builder = assessed {
            $0.sidePlankLeftSeconds = seconds
            $0.sidePlankRightSeconds = seconds
        }
        // when
        let result = stage(builder)
        // then
        #expect(result == expected)
    }

    @Test(
        "side planks right/left outside 0.80–1.25 keep foundation",
        arguments: [(51.0, Stage.foundation), (31.0, .foundation), (50.0, .loading), (32.0, .loading)])
    func sidePlankRatio(right: Double, expected: Stage) {
        // given: left 40 s, so right 51 → 1.275, 31 → 0.775, 50 → 1.25, 32 → 0.80
        let builder = assessed {
            $0.sidePlankLeftSeconds = 40
            $0.sidePlankRightSeconds = right
        }
        // when
        let result = stage(builder)
        // then
        #expect(result == expected)
    }

    @Test(
        "push-ups below fair (17) keep men 20–29 at foundation [45]",
        arguments: [(16, Stage.foundation), (17, .loading)])
    func pushUpsMen20to29(pushUps: Int, expected: Stage) {
        // given
        let builder = assessed { $0.pushUps = pushUps }.profile {
            $0.sex = .male
            $0.age = 25
        }
        // when
        let result = stage(builder)
        // then
        #expect(result == expected)
    }

    @Test("push-ups do not gate outside men 20–29 [45]", arguments: [(Sex.male, 40), (.female, 25)])
    func pushUpsElsewhere(sex: Sex, age: Int) {
        // given
        let builder = assessed { $0.pushUps = 2 }.profile {
            $0.sex = sex
            $0.age = age
        }
        // when
        let result = stage(builder)
        // then
        #expect(result == .loading)
    }

    @Test("fewer than 10 good squats keeps foundation", arguments: [(9, Stage.foundation), (10, .loading)])
    func squats(count: Int, expected: Stage) {
        // given
        let builder = assessed { $0.squats = count }
        // when
        let result = stage(builder)
        // then
        #expect(result == expected)
    }

    @Test("lunges have no threshold")
    func lunges() {
        // given
        let builder = assessed { $0.lungesPerSide = 0 }
        // when
        let result = stage(builder)
        // then
        #expect(result == .loading)
    }

    @Test("a missing test does not pass")
    func missingTest() {
        // given
        let builder = assessed { $0.plankSeconds = nil }
        // when
        let result = Readiness.assess(builder.build(), today: today)
        // then
        #expect(result.stage == .foundation)
        #expect(result.missingTests == ["plankSeconds"])
    }

    @Test("no assessment at all is foundation")
    func noAssessment() {
        // given
        let builder = JournalBuilder().with { $0.assessments = [] }
        // when
        let result = stage(builder)
        // then
        #expect(result == .foundation)
    }

    @Test("a logged plank hold counts as the plank test")
    func loggedHoldCounts() {
        // given
        let builder = assessed { $0.plankSeconds = nil }
            .session(day("2026-02-26"), "plank", sets(1, reps: nil, seconds: 45, rpe: nil, pain: 1))
        // when
        let result = Readiness.assess(builder.build(), today: today)
        // then
        #expect(result.stage == .loading)
        #expect(result.tests.first { $0.test == "plankSeconds" }?.from == "logged")
    }

    @Test("logged squat reps meeting the threshold count as the squat test")
    func loggedRepsCount() {
        // given
        let builder = assessed { $0.squats = 5 }
            .session(day("2026-02-26"), "bodyweight-squat", sets(2, reps: 12, pain: 1))
        // when
        let result = stage(builder)
        // then
        #expect(result == .loading)
    }

    /// Weekly sessions without a pain breach from `first` through `today`, after an assessment on 26 January.
    func weeklyLogs(from first: Day, backExtension: Double) -> JournalBuilder {
        var b = JournalBuilder().with {
            $0.assessments = [passingAssessment(on: day("2026-01-26"), backExtension: backExtension)]
        }
        var d = first
        while d <= today {
            b = b.session(d, "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1), painBefore: 1, nextMorningPain: 1)
            d = d.adding(days: 7)
        }
        return b
    }

    @Test(
        "strength needs a ≥ 90 s back-extension hold and 4 weeks of logs without a breach [40, 42, 43]",
        arguments: [(90.0, Stage.strength), (89.0, .loading)])
    func strength(backExtension: Double, expected: Stage) {
        // given: 4 weeks of logs (2 Feb – 2 Mar)
        let builder = weeklyLogs(from: day("2026-02-02"), backExtension: backExtension)
        // when
        let result = stage(builder)
        // then
        #expect(result == expected)
    }

    @Test("3 weeks of logs stay at loading even with a 120 s hold")
    func strengthNeedsFourWeeks() {
        // given
        let builder = weeklyLogs(from: day("2026-02-09"), backExtension: 120)
        // when
        let result = stage(builder)
        // then
        #expect(result == .loading)
    }

    @Test("a pain breach in the last 4 weeks stays at loading")
    func strengthNeedsNoBreach() {
        // given: a next-morning breach (baseline 1, morning 3) on 18 February
        let builder = weeklyLogs(from: day("2026-02-02"), backExtension: 120)
            .session(
                day("2026-02-18"), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1), painBefore: 1, nextMorningPain: 3
            )
        // when
        let result = stage(builder)
        // then
        #expect(result == .loading)
    }

    @Test("pain breaches two weeks running drop one stage")
    func breachesTwoWeeksDrop() {
        // given: loading-level tests; next-morning breaches last week and this week
        let builder = JournalBuilder()
            .session(
                day("2026-02-24"), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1), painBefore: 2, nextMorningPain: 4
            )
            .session(
                day("2026-03-02"), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1), painBefore: 2, nextMorningPain: 4
            )
        // when
        let result = stage(builder)
        // then
        #expect(result == .foundation)
    }

    @Test("pain breaches two weeks running drop someone who met strength by one stage, to loading")
    func breachesDropStrengthOneStage() {
        // given: strength-level tests and five weeks of training, with next-morning breaches last week and this week
        var builder = JournalBuilder().with { $0.assessments = [passingAssessment(on: day("2026-01-26"), backExtension: 120)] }
        for d in ["2026-02-02", "2026-02-09", "2026-02-16"] {
            builder = builder.session(day(d), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1), painBefore: 2, nextMorningPain: 2)
        }
        builder = builder
            .session(day("2026-02-24"), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1), painBefore: 2, nextMorningPain: 4)
            .session(day("2026-03-02"), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1), painBefore: 2, nextMorningPain: 4)
        // when
        let result = Readiness.assess(builder.build(), today: today)
        // then
        #expect(result.stage == .loading)
        #expect(result.reasons.joined().contains("Dropped from strength to loading"))
    }

    @Test("a pain breach in weeks that are not consecutive does not drop a stage")
    func breachOneWeek() {
        // given: breaches in the weeks of 16 February and 2 March, none in between
        let builder = JournalBuilder()
            .session(
                day("2026-02-17"), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1), painBefore: 2, nextMorningPain: 4
            )
            .session(
                day("2026-03-02"), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1), painBefore: 2, nextMorningPain: 4
            )
        // when
        let result = stage(builder)
        // then
        #expect(result == .loading)
    }

    @Test("one session four weeks ago is not four weeks of logs: strength needs training in 4 different weeks")
    func strengthNeedsFourWeeksOfTraining() {
        // given: a 120 s hold and sessions on 2, 14 and 26 February: 4 weeks of logs in only 3 different weeks
        var builder = JournalBuilder().with {
            $0.assessments = [passingAssessment(on: day("2026-01-26"), backExtension: 120)]
        }
        for d in ["2026-02-02", "2026-02-14", "2026-02-26"] {
            builder = builder.session(day(d), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1), painBefore: 1, nextMorningPain: 1)
        }
        // when
        let result = Readiness.assess(builder.build(), today: today)
        // then
        #expect(result.stage == .loading)
        #expect(result.reasons.joined().contains("3 different weeks"))
    }

    @Test("weeks without any pain score (as imported from other apps) do not count as weeks without a pain breach")
    func strengthNeedsPainScores() {
        // given: a 120 s hold and five weekly sessions, only the first two with pain scores
        var builder = JournalBuilder().with {
            $0.assessments = [passingAssessment(on: day("2026-01-26"), backExtension: 120)]
        }
        for (i, d) in ["2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23"].enumerated() {
            builder = i < 2
                ? builder.session(day(d), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1), painBefore: 1)
                : builder.session(day(d), "goblet-squat", sets(2, kg: 10, reps: 14, rpe: 7, form: .good, pain: nil))
        }
        // when
        let result = Readiness.assess(builder.build(), today: today)
        // then: loading, saying pain was recorded in 2 of the 5 weeks
        #expect(result.stage == .loading)
        #expect(result.reasons.joined().contains("pain scores recorded in 2 of the 5 weeks"), "\(result.reasons)")
        // and once morning check-ins cover two more weeks, strength is met
        let checked = builder.checkIn(day("2026-02-10"), pain: 1).checkIn(day("2026-02-17"), pain: 1).build()
        #expect(Readiness.assess(checked, today: today).stage == .strength)
    }

    @Test("weeks of logs count from the current run of training: months-old logs do not reach strength [37]")
    func oldLogsDoNotCount() {
        // given: a 120 s hold today, and five weekly sessions in January, nothing since
        var builder = JournalBuilder().with { $0.assessments = [passingAssessment(on: day("2026-02-28"), backExtension: 120)] }
        for w in 0..<5 {
            builder = builder.session(day("2026-01-05").adding(days: 7 * w), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1))
        }
        // when
        let result = Readiness.assess(builder.build(), today: today)
        // then
        #expect(result.stage == .loading)
        #expect(result.reasons.joined().contains("no training logged in the last 14 days"))
    }

    @Test("in pregnancy the face-down tests are not needed to leave foundation, and loads stay below strength [17]")
    func pregnancyWithoutFaceDownTests() {
        // given: cleared pregnancy, every test but the plank and the back-extension hold, five weeks of training
        var builder = JournalBuilder().profile {
            $0.conditions = [.pregnancy]
            $0.clearedByProfessional = true
            $0.clearedOn = day("2026-02-21")
        }.with {
            var a = passingAssessment(on: day("2026-02-23"))
            a.plankSeconds = nil
            a.backExtensionHoldSeconds = nil
            $0.assessments = [a]
        }
        for w in 1...5 { builder = builder.session(today.adding(days: -7 * w), "goblet-squat", sets(2, kg: 10, reps: 14, pain: 1)) }
        // when
        let result = Readiness.assess(builder.build(), today: today)
        // then
        #expect(result.stage == .loading)
        #expect(!result.missingTests.contains("plankSeconds") && !result.missingTests.contains("backExtensionHoldSeconds"))
        #expect(result.reasons.joined().contains("face-down tests"))
    }

    @Test("a hold logged before a newer failed test does not override it")
    func olderLoggedHoldDoesNotOverrideNewerTest() {
        // given: a 40 s plank logged on 20 February, then a formal test on 25 February with a 15 s plank
        let builder = JournalBuilder().with {
            var a = passingAssessment(on: day("2026-02-25"))
            a.plankSeconds = 15
            $0.assessments = [a]
        }.session(day("2026-02-20"), "plank", sets(2, reps: nil, seconds: 40, pain: 1))
        // when
        let result = Readiness.assess(builder.build(), today: today)
        // then
        #expect(result.stage == .foundation)
        #expect(result.tests.first { $0.test == "plankSeconds" }?.value == 15)
    }

    @Test("after recent spinal surgery, training logged before the clearance does not count towards leaving foundation [18]")
    func surgeryCountsLogsSinceClearance() {
        // given: weekly logs since 2 February, surgery declared and cleared on 25 February
        let builder = weeklyLogs(from: day("2026-02-02"), backExtension: 120).profile {
            $0.conditions = [.recentSpinalSurgery]
            $0.clearedByProfessional = true
            $0.clearedOn = day("2026-02-25")
        }
        // when
        let result = Readiness.assess(builder.build(), today: today)
        // then
        #expect(result.stage == .foundation)
        #expect(result.reasons.joined().contains("since 2026-02-25"))
    }

    @Test("recent spinal surgery starts at foundation even when every test passes [18]")
    func recentSurgery() {
        // given
        let builder = JournalBuilder().profile { $0.conditions = [.recentSpinalSurgery] }
        // when
        let result = stage(builder)
        // then
        #expect(result == .foundation)
    }
}

@Suite("Trunk-endurance flags (§7.1)")
struct TrunkFlagTests {
    func flagIds(
        flexor: Double? = nil, extensor: Double? = nil, left: Double? = nil, right: Double? = nil, sex: Sex? = .female
    )
        -> [String]
    {
        let a = Assessment(
            date: day("2026-02-23"), sidePlankLeftSeconds: left, sidePlankRightSeconds: right,
            backExtensionHoldSeconds: extensor, trunkFlexorHoldSeconds: flexor)
        let journal = JournalBuilder().with { $0.assessments = [a] }.profile { $0.sex = sex }.build()
        return Readiness.assess(journal, today: today).flags.map(\.id)
    }

    @Test("flexor/extensor ratio of 1.00 or more is flagged [39]", arguments: [(100.0, true), (99.0, false)])
    func flexorExtensor(flexor: Double, flagged: Bool) {
        // given: extension 100 s
        // when
        let ids = flagIds(flexor: flexor, extensor: 100)
        // then
        #expect(ids.contains("flexorExtensorRatio") == flagged)
    }

    @Test(
        "side planks right/left outside 0.95–1.05 are flagged [39]",
        arguments: [(106.0, true), (94.0, true), (105.0, false), (95.0, false)])
    func asymmetry(right: Double, flagged: Bool) {
        // given: left 100 s
        // when
        let ids = flagIds(left: 100, right: right)
        // then
        #expect(ids.contains("sidePlankAsymmetry") == flagged)
    }

    @Test("either side plank / extension of 0.75 or more is flagged [39]", arguments: [(75.0, true), (74.0, false)])
    func sideToExtensor(left: Double, flagged: Bool) {
        // given: extension 100 s, right side 50 s
        // when
        let ids = flagIds(extensor: 100, left: left, right: 50)
        // then
        #expect(ids.contains("sideToExtensorRatio") == flagged)
    }

    @Test(
        "a back-extension hold under 176 s is flagged for men only [41, 42]",
        arguments: [(175.0, Sex.male, true), (176.0, .male, false), (100.0, .female, false)])
    func extensorEnduranceLow(seconds: Double, sex: Sex, flagged: Bool) {
        // given / when
        let ids = flagIds(extensor: seconds, sex: sex)
        // then
        #expect(ids.contains("extensorEnduranceLow") == flagged)
    }

    @Test("flags inform only: they never change the stage [39]")
    func flagsDoNotGate() {
        // given: a passing assessment whose flexor/extensor ratio is flagged
        let journal = assessed { $0.trunkFlexorHoldSeconds = 200 }.build()
        // when
        let result = Readiness.assess(journal, today: today)
        // then
        #expect(result.flags.map(\.id).contains("flexorExtensorRatio"))
        #expect(result.stage == .loading)
    }
}
