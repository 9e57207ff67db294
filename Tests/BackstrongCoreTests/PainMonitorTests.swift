// Pain monitoring (clinical-rules §4, after Silbernagel 2007 [27]; thresholds are product decisions):
// set pain over 5, next-morning pain against baseline (NPRS MDC 2 [23]), and how the baseline is found.
import BackstrongCore
import Testing

/// Two goblet-squat workouts at 30 kg with every set at the top of the range, then `last` as the latest one.
private func twoTopWorkouts(lastPain: Double = 2, painBefore: Double? = nil, nextMorningPain: Double? = nil) -> Journal
{
    JournalBuilder()
        .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7, pain: 2))
        .session(
            day("2026-02-26"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7, pain: lastPain),
            painBefore: painBefore, nextMorningPain: nextMorningPain
        )
        .build()
}

@Suite("Pain monitoring (§4)")
struct PainMonitorTests {
    @Test("set pain above 5 means decrease or regress next time, never increase [27]", arguments: [5.5, 6.0, 9.0])
    func setPainAbove5(pain: Double) {
        // given
        let journal = twoTopWorkouts(lastPain: pain)
        // when
        let p = prescription(for: "goblet-squat", in: journal, on: today)
        // then
        #expect(p.decision == .decrease || p.decision == .regress)
        #expect(p.rule == "setPain")
        if p.exerciseId == "goblet-squat" { #expect((p.loadKg ?? 0) < 30) }
    }

    @Test("the reason names the painful set by the exercise's name and its number in the session, imports included")
    func setPainNamedInWords() {
        // given: goblet squats logged twice in one session (2 sets, then 1 more that hurt), and an imported custom
        // exercise with a painful set
        var journal = JournalBuilder()
            .session(
                day("2026-02-26"),
                [
                    ExerciseLog(exerciseId: "goblet-squat", sets: sets(2, kg: 30, reps: 15, rpe: 7, pain: 2)),
                    ExerciseLog(exerciseId: "goblet-squat", sets: sets(1, kg: 30, reps: 15, rpe: 7, pain: 7)),
                    ExerciseLog(exerciseId: "bicep-curl", sets: sets(1, kg: 10, reps: 10, rpe: 7, pain: 6)),
                ])
            .build()
        journal.customExercises = [CustomExercise(id: "bicep-curl", name: "Bicep Curl (Barbell)")]
        // when
        let breaches = PainMonitor(journal: journal).setPainBreaches(in: journal.sessions[0]).map(\.explanation)
        // then
        #expect(breaches.contains { $0.hasPrefix("pain 7/10 in set 3 of Goblet squat") }, "\(breaches)")
        #expect(breaches.contains { $0.hasPrefix("pain 6/10 in set 1 of Bicep Curl (Barbell)") }, "\(breaches)")
    }

    @Test("set pain of 5 is acceptable and does not block an increase [27]")
    func setPain5() {
        // given
        let journal = twoTopWorkouts(lastPain: 5)
        // when
        let p = prescription(for: "goblet-squat", in: journal, on: today)
        // then
        #expect(p.decision == .increase)
    }

    @Test("set pain in any set, even a warm-up, blocks the increase [27]")
    func warmUpPain() {
        // given
        let journal = JournalBuilder()
            .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7, pain: 2))
            .session(
                day("2026-02-26"), "goblet-squat",
                sets(1, kg: 10, reps: 10, rpe: 4, pain: 7, kind: .warmup) + sets(2, kg: 30, reps: 15, rpe: 7, pain: 2)
            )
            .build()
        // when
        let p = prescription(for: "goblet-squat", in: journal, on: today)
        // then
        #expect(p.decision != .increase)
        #expect((p.loadKg ?? 0) <= 30)
    }

    @Test("next-morning pain at baseline + 2 or more means decrease next workout [23, 27]", arguments: [4.0, 6.0])
    func morningPainBreach(morning: Double) {
        // given: baseline 2 (pre-workout pain)
        let journal = twoTopWorkouts(painBefore: 2, nextMorningPain: morning)
        // when
        let p = prescription(for: "goblet-squat", in: journal, on: today)
        // then
        #expect(p.decision == .decrease)
        #expect(p.rule == "nextMorningPain")
        #expect((p.loadKg ?? 0) < 30)
    }

    @Test("next-morning pain of baseline + 1 is tolerated [23]")
    func morningPainTolerated() {
        // given
        let journal = twoTopWorkouts(painBefore: 2, nextMorningPain: 3)
        // when
        let p = prescription(for: "goblet-squat", in: journal, on: today)
        // then
        #expect(p.decision == .increase)
    }

    @Test("the baseline is that day's pre-workout pain when logged (§4)")
    func baselineFromPainBefore() {
        // given: resting check-ins of 6 in the week before, but pre-workout pain 2 on the day
        let journal = JournalBuilder()
            .checkIn(day("2026-02-24"), pain: 6)
            .session(day("2026-02-26"), "goblet-squat", sets(), painBefore: 2)
            .build()
        // when
        let baseline = PainMonitor(journal: journal).baseline(for: journal.sessions[0])
        // then
        #expect(baseline == 2)
    }

    @Test("without pre-workout pain the baseline is the mean of resting values over the 7 days before (§4)")
    func baselineFromRestingMean() {
        // given: check-ins 2 and 4 within the week, 9 from ten days earlier, and an earlier pre-workout 3
        let journal = JournalBuilder()
            .checkIn(day("2026-02-16"), pain: 9)
            .session(day("2026-02-20"), "goblet-squat", sets(), painBefore: 3)
            .checkIn(day("2026-02-22"), pain: 2)
            .checkIn(day("2026-02-25"), pain: 4)
            .session(day("2026-02-26"), "goblet-squat", sets())
            .build()
        // when
        let baseline = PainMonitor(journal: journal).baseline(for: journal.sessions[1])
        // then
        #expect(baseline == 3)
    }

    @Test("the resting-mean baseline decides a next-morning breach (§4)")
    func breachAgainstRestingMean() {
        // given: resting mean 2 in the week before, no pre-workout pain, next morning 4
        let journal = JournalBuilder()
            .checkIn(day("2026-02-22"), pain: 2)
            .session(day("2026-02-26"), "goblet-squat", sets(), nextMorningPain: 4)
            .build()
        // when
        let breach = PainMonitor(journal: journal).morningBreach(after: journal.sessions[0])
        // then
        #expect(breach?.kind == .nextMorningPain)
        #expect(breach?.limit == 4)
    }

    @Test("new leg symptoms hold every load and advise seeing a professional and screening again [13] (§4)")
    func newLegSymptoms() throws {
        // given: two top workouts, the second with new leg symptoms
        let journal = JournalBuilder()
            .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7))
            .session(
                day("2026-02-26"), [ExerciseLog(exerciseId: "goblet-squat", sets: sets(2, kg: 30, reps: 15, rpe: 7))],
                newLegSymptoms: true
            )
            .build()
        // when
        let p = prescription(for: "goblet-squat", in: journal, on: today)
        let plan = try ProgrammeGenerator.plan(journal, start: today)
        // then
        #expect(p.decision == .hold)
        #expect(p.loadKg == 30)
        #expect(plan.advice.contains { $0.kind == .consultProfessional })
        #expect(plan.advice.contains { $0.kind == .screenAgain })
    }

    @Test("weekly morning pain rising two weeks running advises seeing a professional [27] (§4)")
    func risingWeeklyPain() throws {
        // given: resting pain 2, 3, 4 in three weeks running
        let journal = JournalBuilder()
            .checkIn(day("2026-02-10"), pain: 2)
            .checkIn(day("2026-02-17"), pain: 3)
            .checkIn(day("2026-02-24"), pain: 4)
            .build()
        // when
        let plan = try ProgrammeGenerator.plan(journal, start: today)
        let trend = PainMonitor(journal: journal).risingWeeks(asOf: today)
        // then
        #expect(trend.weeksRunning == 2)
        #expect(plan.advice.contains { $0.kind == .consultProfessional })
    }

    @Test("weekly morning pain rising one week holds the load but does not yet refer (§4)")
    func risingOneWeek() throws {
        // given: two top workouts, resting pain 2 then 3
        let journal = JournalBuilder()
            .checkIn(day("2026-02-17"), pain: 2)
            .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7))
            .session(day("2026-02-26"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7))
            .checkIn(day("2026-02-27"), pain: 3)
            .build()
        // when
        let p = prescription(for: "goblet-squat", in: journal, on: today)
        let plan = try ProgrammeGenerator.plan(journal, start: today)
        // then
        #expect(p.decision == .hold)
        #expect(p.rule == "painTrend")
        #expect(!plan.advice.contains { $0.kind == .consultProfessional })
    }
}

@Suite("Pain monitoring across sessions (§4)")
struct PainAcrossSessionsTests {
    @Test("a latest attempt with only a painful warm-up set decreases the load instead of increasing it [27]")
    func painfulWarmUpOnlyAttempt() {
        // given: two top workouts at 30 kg, then a session where a warm-up hurt (8/10) and the person stopped
        let journal = JournalBuilder()
            .session(day("2026-02-20"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7))
            .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7))
            .session(day("2026-02-26"), "goblet-squat", sets(1, kg: 10, reps: 8, rpe: 5, pain: 8, kind: .warmup))
            .build()
        // when
        let p = prescription(for: "goblet-squat", in: journal, on: today)
        // then
        #expect(p.decision == .decrease || p.decision == .regress)
        #expect(p.rule == "setPain")
        #expect(p.reason.contains("8/10"))
    }

    @Test("next-morning pain after the latest session holds an exercise that session did not have [23, 27]")
    func morningPainAfterAnotherExercise() {
        // given: goblet squat ready to increase, then a lat-pulldown session whose next morning was 6 (baseline 2)
        let journal = JournalBuilder()
            .session(day("2026-02-20"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7))
            .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7))
            .session(day("2026-02-26"), "lat-pulldown", sets(2, kg: 30, reps: 15, rpe: 7), painBefore: 2, nextMorningPain: 6)
            .build()
        // when
        let p = prescription(for: "goblet-squat", in: journal, on: today)
        // then
        #expect(p.decision == .hold)
        #expect(p.rule == "nextMorningPain")
        #expect(p.loadKg == 30)
        #expect(p.reason.contains("6/10"))
    }

    @Test("a next-morning breach after the first of two top workouts means they do not count for an increase [23, 27]")
    func morningPainAfterFirstQualifyingWorkout() {
        // given: two top workouts at 30 kg; the morning after the first was 6 against a baseline of 2
        let journal = JournalBuilder()
            .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7), painBefore: 2, nextMorningPain: 6)
            .session(day("2026-02-26"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7), painBefore: 2, nextMorningPain: 2)
            .build()
        // when
        let p = prescription(for: "goblet-squat", in: journal, on: today)
        // then
        #expect(p.decision == .hold)
        #expect(p.loadKg == 30)
        #expect(p.reason.contains("2026-02-23"))
    }

    @Test("new leg symptoms reported today hold today's loads [13]")
    func legSymptomsToday() throws {
        // given: two top workouts, then a check-in this morning with new leg symptoms
        var journal = JournalBuilder()
            .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7))
            .session(day("2026-02-26"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7))
            .build()
        journal.checkIns.append(PainCheckIn(date: today, pain: 2, newLegSymptoms: true))
        // when
        let p = prescription(for: "goblet-squat", in: journal, on: today)
        // then
        #expect(p.decision == .hold)
        #expect(p.loadKg == 30)
    }

    @Test("new leg symptoms hold loads until the person screens again, however long ago they were reported [13]")
    func legSymptomsUntilScreenedAgain() throws {
        // given: leg symptoms reported 3 weeks ago, after the screening of 2026-02-01, and two top workouts since
        var builder = JournalBuilder()
            .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7))
            .session(day("2026-02-26"), "goblet-squat", sets(2, kg: 30, reps: 15, rpe: 7))
        builder.screening = .allNo(on: day("2026-02-01"))
        var journal = builder.build()
        journal.checkIns.append(PainCheckIn(date: day("2026-02-09"), pain: 2, newLegSymptoms: true))
        // when
        let held = prescription(for: "goblet-squat", in: journal, on: today)
        let advice = try ProgrammeGenerator.plan(journal, start: today).advice
        journal.screening = .allNo(on: day("2026-02-27"))
        let afterScreening = prescription(for: "goblet-squat", in: journal, on: today)
        // then
        #expect(held.decision == .hold)
        #expect(advice.contains { $0.kind == .screenAgain })
        #expect(afterScreening.decision == .increase)
    }
}
