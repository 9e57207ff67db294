// Builds the programme from a journal: screening gate, readiness stage, schedule, exercise choice per
// pattern (filtered and substituted, never dropped), prescriptions from the progression engine, and advice.
import Foundation

/// Pure programme generation.
public enum ProgrammeGenerator {
    /// How far back a logged exercise still counts as "the one you are doing" for its pattern.
    static let continuityDays = 56

    /// The plan from `start` for `weeks` weeks.
    public static func plan(_ journal: Journal, start: Day, weeks: Int = 4, catalog: ExerciseCatalog = .standard) throws -> Plan {
        guard (1...52).contains(weeks) else {
            throw InputError(.invalidField, field: "weeks", "weeks must be a whole number from 1 to 52, got \(weeks)")
        }
        let screening = try ScreeningRules.screen(journal, today: start)
        let readiness = Readiness.assess(journal, today: start, catalog: catalog)
        let filter = ExerciseFilter(profile: journal.profile, screening: journal.screening, stage: readiness.stage, catalog: catalog)
        let exclusions = filter.exclusions.keys.sorted { $0.rawValue < $1.rawValue }.map { Exclusion(tag: $0, reason: filter.exclusions[$0]!) }
        var plan = Plan(status: .ready, stage: readiness.stage, startDate: start, weeks: weeks, sessions: [], advice: [],
                        screening: screening, readiness: readiness, exclusions: exclusions)
        switch screening.outcome {
        case .emergency, .urgent:
            plan.status = .referred
            plan.advice = [Advice(kind: .referral, message: screening.message,
                                  source: screening.findings.first { !$0.liftedByClearance }?.source)]
            return plan
        case .consult:
            plan.status = .needsClearance
            plan.advice = [Advice(kind: .needsClearance, message: screening.message)]
                + screening.findings.filter { !$0.liftedByClearance }.map { Advice(kind: .consultProfessional, message: $0.message, source: $0.source) }
            return plan
        case .clear:
            break
        }

        let history = TrainingHistory(journal: journal)
        let engine = ProgressionEngine(history: history, stage: readiness.stage, filter: filter, catalog: catalog)
        let lastLogged = history.lastSession(before: start.adding(days: 1))?.session
        var first = start
        if let l = lastLogged, l.day == start { first = start.adding(days: 1) }  // already trained today
        let dpw = journal.profile.daysPerWeek
        // Continue the A/B alternation from the last session: the template whose own patterns it trained most was
        // the last one, so the next day never repeats them [31].
        var template: SessionTemplate = .a
        var restAfterLast = false
        if let l = lastLogged {
            let trained = Set(l.exercises.compactMap { catalog.exercise($0.exerciseId)?.pattern })
            let onlyA = Set(SessionTemplate.a.patterns(daysPerWeek: dpw)).subtracting(SessionTemplate.b.patterns(daysPerWeek: dpw))
            let onlyB = Set(SessionTemplate.b.patterns(daysPerWeek: dpw)).subtracting(SessionTemplate.a.patterns(daysPerWeek: dpw))
            if trained.intersection(onlyA).count > trained.intersection(onlyB).count { template = .b }
            // A session that trained lifts of both templates (a full-body workout, or one from another app) is
            // followed by a rest day at 4–5 days a week too, so no lift comes back within 48 hours [31].
            let repeated = trained.intersection(template.patterns(daysPerWeek: dpw)).filter { !$0.isCore }
            if dpw > ClinicalRules.maxDaysWithoutConsecutive, l.day.days(to: first) < ClinicalRules.mainLiftMinimumGapDays,
                !repeated.isEmpty
            {
                restAfterLast = true
                let names = repeated.map(\.label).sorted()
                plan.advice.append(Advice(
                    kind: .restDay,
                    message: "Your session on \(l.day.iso) trained \(PlainEnglish.list(names)) work, which the next session would repeat, so "
                        + "the next session is on \(l.day.adding(days: ClinicalRules.mainLiftMinimumGapDays).iso): the "
                        + "same lifts at least 48 hours apart.",
                    source: "[31]"))
            }
        }
        // Days trained in the week before: no 7 days hold more sessions than the days a week chosen [31].
        let loggedDays = journal.sessions.filter { s in
            start.adding(days: -7) < s.day && s.day <= start && s.exercises.contains { !$0.sets.isEmpty }
        }.map(\.day)
        let days = Schedule.days(start: first, weeks: weeks, daysPerWeek: dpw, lastLogged: lastLogged?.day,
                                 restAfterLast: restAfterLast, loggedDays: loggedDays)
        let unheld = Schedule.days(start: first, weeks: 1, daysPerWeek: dpw, lastLogged: lastLogged?.day, restAfterLast: restAfterLast)
        if let next = days.first, let free = unheld.first, free < next {
            let trained = Array(Set(loggedDays)).sorted().filter { free.adding(days: -7) < $0 }.map(\.iso)
            let run = Schedule.longestRun(Schedule.offsets(daysPerWeek: dpw))
            let runText = run > 1 ? ", no more than \(run) of them in a row" : ""
            plan.advice.append(Advice(
                kind: .restDay,
                message: "You trained on \(PlainEnglish.list(trained)). At \(dpw) days a week (at most \(dpw) sessions in any 7 days\(runText)), "
                    + "the next session is on \(next.iso).",
                source: "[31]"))
        }
        let deloads = deloadWeeks(history: history, start: start, weeks: weeks)
        var firstPrescription: [MovementPattern: (Prescription, Day)] = [:]
        var notes: [Advice] = []
        for day in days {
            let week = start.days(to: day) / 7 + 1
            let deloadReason = deloads[week]
            var exercises: [Prescription] = []
            for pattern in template.patterns(daysPerWeek: journal.profile.daysPerWeek) {
                if let (p, firstDay) = firstPrescription[pattern] {
                    exercises.append(projected(p, firstDay: firstDay, deloadReason: deloadReason, firstWasDeload: deloads[start.days(to: firstDay) / 7 + 1] != nil, catalog: catalog, units: journal.profile.units))
                    continue
                }
                guard let p = choose(pattern, on: day, history: history, engine: engine, filter: filter, catalog: catalog, deloadReason: deloadReason)
                else {
                    let note = Advice(kind: .substitution, message: "No \(pattern.label) exercise fits your equipment and restrictions together; ask a physiotherapist for a safe option.")
                    if !notes.contains(note) { notes.append(note) }
                    continue
                }
                firstPrescription[pattern] = (p, day)
                exercises.append(p)
            }
            plan.sessions.append(PlannedSession(date: day, week: week, template: template.rawValue, deload: deloadReason != nil, exercises: exercises))
            template = template.other
        }
        plan.advice += advice(journal: journal, history: history, readiness: readiness, start: start, engine: engine) + notes
        return plan
    }

    /// The next session (from `today`, or tomorrow if a session is already logged today).
    /// With `exerciseId`, the prescription for that one exercise on that day, even if the session would not include it.
    public static func next(_ journal: Journal, today: Day, exerciseId: String? = nil, catalog: ExerciseCatalog = .standard) throws -> Plan {
        var plan = try plan(journal, start: today, weeks: 2, catalog: catalog)
        plan.weeks = 1
        guard plan.status == .ready, var session = plan.sessions.first else {
            plan.sessions = []
            return plan
        }
        if let id = exerciseId {
            guard let e = catalog.exercise(id) else {
                let hint = catalog.closestIds(to: id).map { " (did you mean \($0.joined(separator: " or "))?)" } ?? ""
                throw InputError(.unknownExercise, field: "exercise", "\"\(id)\" is not in the exercise catalog\(hint); list ids with `backstrong exercises`")
            }
            let history = TrainingHistory(journal: journal)
            let filter = ExerciseFilter(profile: journal.profile, screening: journal.screening, stage: plan.stage, catalog: catalog)
            let engine = ProgressionEngine(history: history, stage: plan.stage, filter: filter, catalog: catalog)
            let deload = deloadWeeks(history: history, start: today, weeks: 1)[1]
            if let why = filter.whyNot(e) {
                guard let sub = filter.substitute(for: e) else {
                    // Core work: another core pattern's exercise takes its place, as in the plan.
                    guard var p = coreStandIn(for: e.pattern, on: session.date, engine: engine, filter: filter, deloadReason: deload) else {
                        throw InputError(.missingData, field: "exercise", "\(e.name) cannot be prescribed (\(why)) and no variation of it fits")
                    }
                    p.replaces = e.id
                    p.reason = "Instead of \(e.name): \(why). " + p.reason
                    session.exercises = [p]
                    plan.sessions = [session]
                    return plan
                }
                var p = engine.prescribe(sub, on: session.date, deloadReason: deload)
                if history.workouts(of: sub.id, before: session.date).isEmpty {
                    p = engine.start(sub, on: session.date, replacing: e.id, note: "Instead of \(e.name): \(why). ")
                } else {
                    p.replaces = e.id
                    p.reason = "Instead of \(e.name): \(why). " + p.reason
                }
                session.exercises = [p]
            } else {
                session.exercises = [engine.prescribe(e, on: session.date, deloadReason: deload)]
            }
        }
        plan.sessions = [session]
        return plan
    }

    /// The prescription for a pattern's first appearance: continue the exercise logged recently (substituted if it is
    /// now ruled out), else the default choice for the stage.
    static func choose(
        _ pattern: MovementPattern, on day: Day, history: TrainingHistory, engine: ProgressionEngine, filter: ExerciseFilter,
        catalog: ExerciseCatalog, deloadReason: String?
    ) -> Prescription? {
        if let recentId = history.recentExercise(in: pattern, before: day, withinDays: continuityDays, catalog: catalog),
            let recent = catalog.exercise(recentId)
        {
            if let why = filter.whyNot(recent) {
                guard let sub = filter.substitute(for: recent) else {
                    return coreStandIn(for: pattern, on: day, engine: engine, filter: filter, deloadReason: deloadReason)
                }
                if history.workouts(of: sub.id, before: day).isEmpty {
                    var p = engine.start(sub, on: day, replacing: recent.id, note: "Instead of \(recent.name): \(why). ")
                    p.decision = sub.level < recent.level ? .regress : .hold
                    p.rule = "substitution"
                    return p
                }
                var p = engine.prescribe(sub, on: day, deloadReason: deloadReason)
                p.replaces = recent.id
                p.reason = "Instead of \(recent.name): \(why). " + p.reason
                return p
            }
            return engine.prescribe(recent, on: day, deloadReason: deloadReason)
        }
        guard let e = filter.defaultChoice(in: pattern) else {
            return coreStandIn(for: pattern, on: day, engine: engine, filter: filter, deloadReason: deloadReason)
        }
        return engine.prescribe(e, on: day, deloadReason: deloadReason)
    }

    /// Core work stays in every session: when no exercise of a core pattern fits, one of another core pattern takes
    /// its place (pregnancy [17]: side-lying, on all fours or standing instead of on the back or face down).
    static func coreStandIn(
        for pattern: MovementPattern, on day: Day, engine: ProgressionEngine, filter: ExerciseFilter, deloadReason: String?
    ) -> Prescription? {
        for other in pattern.coreStandIns {
            guard let e = filter.defaultChoice(in: other) else { continue }
            var p = engine.prescribe(e, on: day, deloadReason: deloadReason)
            let why = filter.whyNone(in: pattern).map { " (\($0))" } ?? ""
            p.reason = "No \(pattern.label) exercise fits your restrictions\(why), so \(other.label) work takes its place. " + p.reason
            return p
        }
        return nil
    }

    /// Later appearances of an exercise in the plan repeat its first prescription until a logged session says otherwise.
    static func projected(_ p: Prescription, firstDay: Day, deloadReason: String?, firstWasDeload: Bool, catalog: ExerciseCatalog, units: Units = .kg) -> Prescription {
        var q = p
        q.replaces = nil
        if let deloadReason, !firstWasDeload, let load = p.loadKg, let e = catalog.exercise(p.exerciseId), let step = e.loadStep(in: units) {
            let l = max(e.minLoad(in: units) ?? 0, LoadRounding.down(load * ClinicalRules.deloadFraction, step: step))
            q.decision = .decrease
            q.rule = "deload"
            q.source = "[30]"
            if l < load {
                q.loadKg = l
                q.reason = "Down to \(weight(l, units: units)) for the deload week: \(deloadReason)."
            } else {
                // No lighter step of this equipment (the load is at or below its lightest): lighten by a set instead.
                q.sets = max(1, p.sets - 1)
                q.reason = "One set fewer (\(q.sets)) at \(weight(load, units: units)) for the deload week, as the equipment has no lighter step: \(deloadReason)."
            }
            return q
        }
        q.decision = .hold
        q.rule = "planned"
        q.source = nil
        q.reason = "Planned as on \(firstDay); the engine sets it again from how that session goes once you log it."
        return q
    }

    /// Plan weeks (1-based) that are deload weeks, with the reason: after 8 consecutive training weeks without a
    /// lighter one [30]. Weeks are 7-day blocks counted back from the plan's start.
    static func deloadWeeks(history: TrainingHistory, start: Day, weeks: Int) -> [Int: String] {
        // Top loads per exercise in each 7-day block before the start (block 0 = the week just before), one pass.
        var byBlock: [Int: [String: Double]] = [:]
        for s in history.journal.sessions.reversed() {
            guard s.day < start else { continue }
            let block = (s.day.days(to: start) - 1) / 7
            if block > 60 { break }
            var tops = byBlock[block] ?? [:]
            for log in s.exercises {
                for set in log.sets where set.kind.countsForProgression {
                    tops[log.exerciseId] = max(tops[log.exerciseId] ?? 0, set.weightKg ?? 0)
                }
            }
            byBlock[block] = tops
        }
        var streak = 0
        var previousTop: [String: Double]?
        var blocks: [[String: Double]] = []
        var b = 0
        while let tops = byBlock[b] {
            blocks.append(tops.filter { $0.value > 0 })
            b += 1
        }
        // blocks[0] is the most recent week. A week is lighter when its top loads average ≤ 90 % of the week before.
        for (i, tops) in blocks.enumerated() {
            if i + 1 < blocks.count {
                previousTop = blocks[i + 1]
                let common = tops.keys.filter { previousTop![$0] != nil && previousTop![$0]! > 0 }
                if !common.isEmpty {
                    let ratio = common.map { tops[$0]! / previousTop![$0]! }.reduce(0, +) / Double(common.count)
                    if ratio <= 0.9 { break }
                }
            }
            streak += 1
        }
        var result: [Int: String] = [:]
        var run = streak
        for w in 1...weeks {
            if run >= ClinicalRules.weeksBeforeDeload {
                result[w] = "\(run) training weeks in a row without a lighter one; a lighter week at \(Int(ClinicalRules.deloadFraction * 100)) % with the same reps lets you recover"
                run = 0
            } else {
                run += 1
            }
        }
        return result
    }

    static func advice(journal: Journal, history: TrainingHistory, readiness: ReadinessResult, start: Day, engine: ProgressionEngine) -> [Advice] {
        var result: [Advice] = []
        let pain = history.pain
        let legDays = pain.unscreenedLegSymptomDays(through: start)
        if let d = legDays.last {
            result.append(Advice(kind: .consultProfessional, message: "You reported new leg symptoms on \(d): see a doctor or physiotherapist before you train hard again (sooner if they get worse), and answer the screening questions again. Loads are held until then. " + LegSymptoms.emergencySigns, source: "[6, 13]"))
            result.append(Advice(kind: .screenAgain, message: "Answer the screening questions again: new leg symptoms can change the outcome.", source: "[6, 13]"))
        }
        let trend = pain.risingWeeks(asOf: start)
        if trend.weeksRunning >= 2 {
            result.append(Advice(kind: .consultProfessional, message: "Your weekly morning pain has risen \(trend.weeksRunning) weeks running (\(trend.detail)): see a doctor or physiotherapist before you progress further. Listen to your body.", source: "[27]"))
        }
        // Pain breaches in two weeks running, or in 3 of the last 4 sessions: persistent pain.
        let recent = journal.sessions.filter { $0.day < start }.suffix(4)
        let breached = recent.filter { !pain.breaches(in: $0).isEmpty }
        let breachWeeks = pain.breachWeeks()
        let thisWeek = start.startOfWeek
        let twoRunning = [thisWeek, thisWeek.adding(days: -7)].contains { breachWeeks.contains($0) && breachWeeks.contains($0.adding(days: -7)) }
        if (breached.count >= 3 || twoRunning) && !result.contains(where: { $0.kind == .consultProfessional }) {
            let dates = breached.map { $0.day.iso }.joined(separator: ", ")
            result.append(Advice(kind: .consultProfessional, message: "Pain has gone over the limits repeatedly (\(dates.isEmpty ? "two weeks running" : dates)): loads are coming down; if it persists, see a doctor or physiotherapist.", source: "[27]"))
        }
        if let last = journal.sessions.last(where: { $0.day < start }), last.day.days(to: start) >= ClinicalRules.breakDays {
            result.append(Advice(kind: .restart, message: "Welcome back: \(last.day.days(to: start)) days since your last session (\(last.day)). Loads restart at about 80 % and build back over 2–4 weeks.", source: "[37]"))
        }
        // STarT Back (a clinician's score): advice only, never stage or loads [13, 14].
        if let score = journal.startBack.last(where: { $0.date <= start }) {
            let what: String
            switch score.risk {
            case .low: what = "low risk: advice and self-management, with this programme, suit you"
            case .medium: what = "medium risk: exercise guided by a physiotherapist is recommended alongside this programme"
            case .high: what = "high risk: care led by a clinician, with psychological support for the distress that pain brings, is recommended; keep them informed of this programme"
            }
            result.append(Advice(
                kind: .riskStratification,
                message: "Your clinician's STarT Back score of \(score.date) (total \(score.total)/9, distress \(score.distress)/5) is \(what). \(ClinicalRules.startBackCopyright).",
                source: "[13, 14]"))
        }
        if readiness.assessedOn == nil {
            result.append(Advice(kind: .assessment, message: "Do the bodyweight readiness tests (squats, push-ups, plank, side planks, back-extension hold) so the programme can match your level; until then it stays at foundation."))
        } else if !readiness.missingTests.isEmpty {
            result.append(Advice(kind: .assessment, message: "Missing tests: \(readiness.missingTests.joined(separator: ", ")). A missing test does not pass, so the programme stays at foundation until you do them."))
        }
        for c in journal.profile.conditions {
            if let a = ConditionRestrictions.advice(for: c) { result.append(a) }
        }
        if journal.screening?.answer(.legPainBelowKnee) == true && !journal.profile.conditions.contains(.sciatica) {
            result.append(ConditionRestrictions.advice(for: .sciatica)!)
        }
        return result
    }
}
