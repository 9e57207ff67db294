// The progress report's data: the estimated-1RM trend uses good-form sets only (clinical-rules §6), and every
// measure is as of the report's day, so sessions and check-ins dated later are left out.
import BackstrongCore
import Testing

@Suite("Estimated 1RM trend uses good-form sets (§6)")
struct OneRepMaxTrendTests {
    @Test("a session whose only sets have fair form gives no estimated 1RM")
    func fairFormOnly() {
        // given: goblet squat 30 kg × 8, form fair, and nothing else
        let journal = JournalBuilder()
            .session(today, "goblet-squat", sets(1, kg: 30, reps: 8, form: .fair))
            .build()

        // when
        let report = ProgressReport.make(journal, today: today)

        // then: no 38 kg estimate from a fair-form set
        #expect(report.e1rm.isEmpty)
    }

    @Test("the best good-form set counts, not a heavier set with fair or poor form", arguments: [Form.fair, .poor])
    func heavierSetWithoutGoodForm(form: Form?) throws {
        // given: 20 kg × 8 with good form, then 30 kg × 8 without
        let journal = JournalBuilder()
            .session(today, "goblet-squat", sets(1, kg: 20, reps: 8, form: .good) + sets(1, kg: 30, reps: 8, form: form))
            .build()

        // when
        let series = try #require(ProgressReport.make(journal, today: today).e1rm.first)

        // then
        #expect(series.points.map(\.weightKg) == [20])
        #expect(abs(series.latest - 20 * (1 + 8.0 / 30)) < 1e-9)
    }

    @Test("sets without a form score (imports from other apps) count towards the trend; fair or poor ones never")
    func unrecordedFormCounts() throws {
        // given: a Strong import's 30 kg × 8 (no form) and a fair-form 40 kg × 8 the same day
        let journal = JournalBuilder()
            .session(today, "goblet-squat", sets(1, kg: 30, reps: 8, form: nil) + sets(1, kg: 40, reps: 8, form: .fair))
            .build()

        // when
        let series = try #require(ProgressReport.make(journal, today: today).e1rm.first)

        // then: the 30 kg set is the point
        #expect(series.points.map(\.weightKg) == [30])
    }

    @Test("a session with no good-form set is left out of the series; the sessions around it stay")
    func sessionWithoutGoodFormLeftOut() throws {
        // given: good form, then only fair form (heavier), then good form again
        let journal = JournalBuilder()
            .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 20, reps: 8, form: .good))
            .session(day("2026-02-25"), "goblet-squat", sets(2, kg: 30, reps: 8, form: .fair))
            .session(day("2026-02-27"), "goblet-squat", sets(2, kg: 22, reps: 8, form: .good))
            .build()

        // when
        let series = try #require(ProgressReport.make(journal, today: today).e1rm.first)

        // then
        #expect(series.points.map(\.date) == [day("2026-02-23"), day("2026-02-27")])
        #expect(series.best == series.latest)
        #expect(abs(series.best - 22 * (1 + 8.0 / 30)) < 1e-9)
    }
}

@Suite("Progress report as of its day")
struct ProgressAsOfTodayTests {
    /// A session on 2 March (pain 3, 10 kg × 10) and a later one on 1 April (pain 8, 20 kg × 10), a check-in
    /// on each day.
    let journal = JournalBuilder()
        .session(day("2026-03-02"), "goblet-squat", sets(2, kg: 10, reps: 10), painBefore: 3)
        .session(day("2026-04-01"), "goblet-squat", sets(2, kg: 20, reps: 10), painBefore: 8)
        .checkIn(day("2026-03-02"), pain: 3)
        .checkIn(day("2026-04-01"), pain: 8)
        .build()

    @Test("sessions after the report's day are left out of the 1RM, volume and adherence")
    func laterSessionsLeftOut() throws {
        // given / when: the report as of 2 March
        let report = ProgressReport.make(journal, today: day("2026-03-02"))

        // then
        let series = try #require(report.e1rm.first)
        #expect(series.points.map(\.date) == [day("2026-03-02")])
        #expect(series.latest == series.best)
        #expect(series.best < 20)
        #expect(report.weeklyVolume.map(\.weekStart) == [day("2026-03-02")])
        #expect(report.adherence.loggedSessions == 1)
        #expect(report.adherence.trainingDays == [day("2026-03-02")])
    }

    @Test("pain logged after the report's day does not move the pain trend")
    func laterPainLeftOut() {
        // given / when
        let report = ProgressReport.make(journal, today: day("2026-03-02"))

        // then
        #expect(report.pain.points.map(\.date) == [day("2026-03-02")])
        #expect(report.pain.latest == 3)
        #expect(report.pain.message.hasPrefix("Less than a week"))
    }

    @Test("on the day of the later session, it counts")
    func laterSessionCountsOnItsDay() {
        // given / when
        let report = ProgressReport.make(journal, today: day("2026-04-01"))

        // then
        #expect(report.e1rm.first?.points.count == 2)
        #expect(report.weeklyVolume.count == 2)
        #expect(report.adherence.loggedSessions == 2)
        #expect(report.pain.latest == 8)
    }
}
