// The programme as a whole: plan status from screening (§2.2), the schedule (≤ 3 days never consecutive,
// 4–5 days never the same pattern on consecutive days [31]), weekly pattern coverage and core in every session.
import BackstrongCore
import Testing

private func plan(_ builder: JournalBuilder, start: Day = today, weeks: Int = 4) throws -> Plan {
    try ProgrammeGenerator.plan(builder.build(), start: start, weeks: weeks)
}

private func patterns(_ session: PlannedSession) -> Set<MovementPattern> {
    Set(session.exercises.map(\.pattern))
}

@Suite("Plan status (§2.2)")
struct PlanStatusTests {
    @Test("an emergency answer refers the person and gives no sessions [5, 6, 7]")
    func emergencyReferred() throws {
        // given
        let builder = JournalBuilder().answering(.bladderOrBowelChange)
        // when
        let p = try plan(builder)
        // then
        #expect(p.status == .referred)
        #expect(p.sessions.isEmpty)
        #expect(p.advice.contains { $0.kind == .referral })
    }

    @Test("an urgent answer refers the person and gives no sessions [8, 9]")
    func urgentReferred() throws {
        // given
        let builder = JournalBuilder().answering(.feverOrInfection)
        // when
        let p = try plan(builder)
        // then
        #expect(p.status == .referred)
        #expect(p.sessions.isEmpty)
    }

    @Test("a consult-level answer or condition needs clearance and gives no sessions yet (§2.2)")
    func consultNeedsClearance() throws {
        // given
        let answer = JournalBuilder().answering(.legPainBelowKnee)
        let condition = JournalBuilder().profile { $0.conditions = [.spinalStenosis] }
        // when
        let plans = try [plan(answer), plan(condition)]
        // then
        for p in plans {
            #expect(p.status == .needsClearance)
            #expect(p.sessions.isEmpty)
        }
    }

    @Test("a clear screening gives a ready programme with sessions")
    func clearIsReady() throws {
        // given
        let builder = JournalBuilder()
        // when
        let p = try plan(builder)
        // then
        #expect(p.status == .ready)
        #expect(p.sessions.count == 12)  // 3 days × 4 weeks
    }

    @Test("a clearance after a consult answer makes the programme ready")
    func clearedConsultIsReady() throws {
        // given
        let builder = JournalBuilder().answering(.painWorseningOverWeeks).profile {
            $0.clearedByProfessional = true
            $0.clearedOn = day("2026-02-27")
        }
        // when
        let p = try plan(builder)
        // then
        #expect(p.status == .ready)
        #expect(!p.sessions.isEmpty)
    }

    @Test("a journal without screening cannot be planned (missing data)")
    func noScreening() {
        // given
        let builder = JournalBuilder().with { $0.screening = nil }
        // when / then
        let error = #expect(throws: InputError.self) { try plan(builder) }
        #expect(error?.code == .missingData)
    }
}

@Suite("Schedule [31]")
struct ScheduleTests {
    @Test("at 2–3 days a week no two sessions fall on consecutive days [31]", arguments: [2, 3])
    func noConsecutiveDays(daysPerWeek: Int) throws {
        // given
        let builder = JournalBuilder().profile { $0.daysPerWeek = daysPerWeek }
        // when
        let p = try plan(builder, weeks: 6)
        // then
        let days = p.sessions.map(\.date)
        #expect(days.count == daysPerWeek * 6)
        for (a, b) in zip(days, days.dropFirst()) { #expect(a.days(to: b) >= 2, "\(a) and \(b)") }
    }

    @Test(
        "at 2–3 days a week a session logged the day before the start is not followed the next day [31]",
        arguments: [2, 3])
    func loggedDayBefore(daysPerWeek: Int) throws {
        // given
        let builder = JournalBuilder().profile { $0.daysPerWeek = daysPerWeek }
            .session(day("2026-03-01"), "goblet-squat", sets(2, kg: 10, reps: 13))
        // when
        let p = try plan(builder)
        // then
        let first = try #require(p.sessions.first?.date)
        #expect(day("2026-03-01").days(to: first) >= 2)
    }

    @Test("a session already logged on the start day moves the plan on by a rest day [31]")
    func loggedToday() throws {
        // given
        let builder = JournalBuilder().session(today, "goblet-squat", sets(2, kg: 10, reps: 13))
        // when
        let p = try plan(builder)
        // then
        let first = try #require(p.sessions.first?.date)
        #expect(today.days(to: first) >= 2)
    }

    @Test("at 4–5 days a week consecutive days never repeat a pattern or main lift [31]", arguments: [4, 5])
    func noRepeatedPatternOnConsecutiveDays(daysPerWeek: Int) throws {
        // given: barbell and everything else, at the strength stage
        let builder = JournalBuilder().profile {
            $0.daysPerWeek = daysPerWeek
            $0.equipment = Equipment.allCases
        }
        // when
        let p = try plan(builder, weeks: 4)
        // then
        #expect(p.sessions.count == daysPerWeek * 4)
        for (a, b) in zip(p.sessions, p.sessions.dropFirst()) where a.date.days(to: b.date) == 1 {
            #expect(patterns(a).isDisjoint(with: patterns(b)), "\(a.date) and \(b.date)")
            #expect(Set(a.exercises.map(\.exerciseId)).isDisjoint(with: b.exercises.map(\.exerciseId)))
        }
    }

    @Test(
        "at 4–5 days a week the first session does not repeat a lift pattern trained the day before [31]",
        arguments: [4, 5],
        [
            ["goblet-squat", "push-up"], ["push-up", "plank"], ["lat-pulldown", "back-extension"],
            ["romanian-deadlift-dumbbell"],
        ])
    func noRepeatAfterLoggedDayBefore(daysPerWeek: Int, yesterday: [String]) throws {
        // given: yesterday's session, whose lift patterns all belong to one of the two session templates
        let logs = yesterday.map { id in
            ExerciseLog(
                exerciseId: id, sets: exercise(id).load == .external ? sets(2, kg: 10, reps: 13) : sets(2, reps: 13))
        }
        let builder = JournalBuilder().profile { $0.daysPerWeek = daysPerWeek }.session(day("2026-03-01"), logs)
        let trained = Set(yesterday.map { exercise($0).pattern }.filter { !$0.isCore })
        // when
        let p = try plan(builder)
        // then
        let first = try #require(p.sessions.first)
        if day("2026-03-01").days(to: first.date) == 1 {
            #expect(patterns(first).isDisjoint(with: trained), "\(first.exercises.map(\.exerciseId))")
        }
    }
}

extension ScheduleTests {
    @Test(
        "at 4–5 days a week a full-body session the day before is followed by a rest day, with the reason [31]",
        arguments: [4, 5])
    func restAfterFullBodyDayBefore(daysPerWeek: Int) throws {
        // given: yesterday trained lifts of both session templates (hinge, squat, pull, back extension, lunge)
        let ids = ["romanian-deadlift-dumbbell", "goblet-squat", "one-arm-dumbbell-row", "back-extension", "split-squat"]
        let logs = ids.map { id in
            ExerciseLog(exerciseId: id, sets: exercise(id).load == .external ? sets(2, kg: 10, reps: 13) : sets(2, reps: 13))
        }
        let builder = JournalBuilder().profile { $0.daysPerWeek = daysPerWeek }.session(day("2026-03-01"), logs)
        // when
        let p = try plan(builder)
        // then
        let first = try #require(p.sessions.first)
        #expect(day("2026-03-01").days(to: first.date) >= 2, "first session \(first.date)")
        let rest = try #require(p.advice.first { $0.kind == .restDay })
        #expect(rest.source == "[31]")
        #expect(rest.message.contains("2026-03-01") && rest.message.contains("2026-03-03"))
        #expect(rest.message.contains("48 hours"))
    }

    @Test("at 4–5 days a week a session of one template the day before is followed the next day by the other", arguments: [4, 5])
    func noNeedlessRest(daysPerWeek: Int) throws {
        // given: yesterday trained only template A's lifts
        let builder = JournalBuilder().profile { $0.daysPerWeek = daysPerWeek }
            .session(day("2026-03-01"), "goblet-squat", sets(2, kg: 10, reps: 13))
        // when
        let p = try plan(builder)
        // then
        let first = try #require(p.sessions.first)
        #expect(first.date == today)
        #expect(!p.advice.contains { $0.kind == .restDay })
    }
}

@Suite("Weekly coverage and core work")
struct CoverageTests {
    @Test("every plan week covers hinge, pull, spinal extension, squat or lunge, and push", arguments: 2...5)
    func weeklyCoverage(daysPerWeek: Int) throws {
        // given
        let builder = JournalBuilder().profile { $0.daysPerWeek = daysPerWeek }
        // when
        let p = try plan(builder, weeks: 4)
        // then
        for week in 1...4 {
            let covered = Set(p.sessions.filter { $0.week == week }.flatMap(\.exercises).map(\.pattern))
            for needed in [MovementPattern.hinge, .pull, .spinalExtension, .push] {
                #expect(covered.contains(needed), "week \(week) lacks \(needed)")
            }
            #expect(covered.contains(.squat) || covered.contains(.lunge), "week \(week) lacks squat or lunge")
        }
    }

    @Test("every planned session contains core work", arguments: 2...5)
    func coreInEverySession(daysPerWeek: Int) throws {
        // given
        let builder = JournalBuilder().profile { $0.daysPerWeek = daysPerWeek }
        // when
        let p = try plan(builder)
        // then
        #expect(!p.sessions.isEmpty)
        for s in p.sessions { #expect(s.exercises.contains { $0.pattern.isCore }, "\(s.date)") }
    }
}

extension ScheduleTests {
    @Test("sessions logged in the week before count: never more sessions in 7 days than the days a week chosen [31]", arguments: [2, 3, 4, 5])
    func loggedDaysCountTowardsTheWeek(daysPerWeek: Int) throws {
        // given: every combination of training days logged in the 7 days before today
        for mask in 0..<(1 << 7) {
            var builder = JournalBuilder().profile { $0.daysPerWeek = daysPerWeek }
            var logged: [Day] = []
            for back in (1...7).reversed() where mask & (1 << (back - 1)) != 0 {
                let d = today.adding(days: -back)
                logged.append(d)
                builder = builder.session(d, "pelvic-tilt", sets(2, reps: 12))
            }
            // when
            let p = try plan(builder, weeks: 4)
            // then: no 7 days with a planned session hold more than the chosen number, logged and planned together
            let planned = p.sessions.map(\.date)
            let all = Set(logged + planned)
            for startOffset in -6...28 {
                let from = today.adding(days: startOffset)
                let window = all.filter { from <= $0 && $0 < from.adding(days: 7) }
                guard window.contains(where: { planned.contains($0) }) else { continue }
                #expect(window.count <= daysPerWeek, "mask \(mask): \(window.count) sessions in the 7 days from \(from.iso)")
            }
            // at 2–3 days a week no planned session the day after another session, logged or planned
            if daysPerWeek <= 3 {
                for d in planned { #expect(!all.contains(d.adding(days: -1)), "mask \(mask): \(d.iso)") }
            }
            // and the plan still trains the chosen days a week once the logged days are behind it
            let laterWeeks = planned.filter { today.adding(days: 7) <= $0 }
            #expect(laterWeeks.count == daysPerWeek * 3, "mask \(mask): \(laterWeeks.map(\.iso))")
        }
    }

    @Test("a full week already trained moves the next session on, and the advice says why [31]")
    func fullWeekTrainedAdvice() throws {
        // given: 3 days a week, trained Tuesday, Thursday and Saturday; today is Monday
        let builder = JournalBuilder().profile { $0.daysPerWeek = 3 }
            .session(day("2026-02-24"), "pelvic-tilt", sets(2, reps: 12))
            .session(day("2026-02-26"), "pelvic-tilt", sets(2, reps: 12))
            .session(day("2026-02-28"), "pelvic-tilt", sets(2, reps: 12))
        // when
        let p = try plan(builder)
        // then: Monday would make 4 sessions in 7 days, so the next is Tuesday
        #expect(p.sessions.first?.date == day("2026-03-03"))
        let rest = try #require(p.advice.first { $0.kind == .restDay })
        #expect(rest.message.contains("2026-02-24, 2026-02-26 and 2026-02-28"))
        #expect(rest.message.contains("2026-03-03") && rest.message.contains("3 days a week"))
        #expect(rest.source == "[31]")
    }
}
