// The engine that listens to the body: for one exercise on one day, the sets, reps and load, and the
// decision (increase, hold, decrease, regress, progress) with the rule and numbers that fired it.
// Rules and sources: clinical-rules §4 (pain), §5 (progression), §9; numbers live in ClinicalRules.
import Foundation

/// Pure progression rules over an indexed journal.
public struct ProgressionEngine: Sendable {
    public let history: TrainingHistory
    public let profile: Profile
    public let stage: Stage
    public let filter: ExerciseFilter
    public let catalog: ExerciseCatalog

    public init(history: TrainingHistory, stage: Stage, filter: ExerciseFilter, catalog: ExerciseCatalog = .standard) {
        self.history = history
        self.profile = history.journal.profile
        self.stage = stage
        self.filter = filter
        self.catalog = catalog
    }

    /// Sets, rep range, hold length and rest for an exercise at the current stage [30, 49].
    public func dose(for e: Exercise) -> (sets: Int, repsMin: Int, repsMax: Int, holdSeconds: Double?, rest: Int) {
        let d = ClinicalRules.dose(for: stage)
        if e.measure == .hold {
            return (2, ClinicalRules.holdsPerSet.min, ClinicalRules.holdsPerSet.max, e.holdSeconds, 60)
        }
        if e.load == .bodyweight { return (d.sets, 12, 15, nil, 60) }
        return (d.sets, d.repsMin, d.repsMax, nil, d.restSeconds)
    }

    /// Why progression is blocked across all exercises on `day`, if it is (leg symptoms, rising weekly pain,
    /// a next-morning breach after the latest session).
    public func globalHold(on day: Day) -> String? {
        let legDays = history.pain.unscreenedLegSymptomDays(through: day)
        if let d = legDays.last {
            return "new leg symptoms were reported on \(d): no load increases until you have screened again and seen a professional [13]"
        }
        let trend = history.pain.risingWeeks(asOf: day)
        if trend.rising {
            return "\(trend.detail): no progression while pain is rising week on week (product decision, §4)"
        }
        return nil
    }

    /// The prescription for exercise `e` in a session on `day`.
    /// - Parameter deloadReason: set when `day` falls in a planned deload week.
    public func prescribe(_ e: Exercise, on day: Day, deloadReason: String? = nil) -> Prescription {
        var p = decide(e, on: day, deloadReason: deloadReason)
        // §5.3: a new exercise stays at RPE 6 or easier for its first two workouts, the second one included.
        if p.exerciseId == e.id, history.workouts(of: e.id, before: day).count == 1, p.targetRPE > 6 {
            p.targetRPE = 6
            p.reason += " Second workout of \(e.name): keep it at RPE 6 or easier; focus on form."
        }
        return p
    }

    /// The decision for `e` on `day`, before the first-two-workouts effort cap.
    func decide(_ e: Exercise, on day: Day, deloadReason: String?) -> Prescription {
        let d = dose(for: e)
        let past = history.workouts(of: e.id, before: day)
        guard let last = past.last else { return start(e, on: day, deloadReason: deloadReason) }
        let sets = min(ClinicalRules.maxSets, max(d.sets, last.sets.count))
        var p = base(e, sets: sets, load: last.topLoadKg ?? (e.load == .external ? e.minLoad(in: profile.units) : nil))
        p.previousLoadKg = last.topLoadKg
        let L = last.topLoadKg
        let lastSession = history.journal.sessions[last.sessionIndex]

        // 1. A break of two weeks or more: restart at 80 % [37].
        let daysOff = last.day.days(to: day)
        if daysOff >= ClinicalRules.breakDays {
            return decrease(p, e, from: L, on: day, fraction: 1 - ClinicalRules.restartFraction, rule: "restartAfterBreak", source: "[37]",
                            why: "\(daysOff) days since you last did \(e.name) (\(last.day)); after \(ClinicalRules.breakDays)+ days away from an exercise it restarts at about \(Int(ClinicalRules.restartFraction * 100)) % and builds back over 2–4 weeks")
        }
        // 2. Pain during a set above the acceptable level, in any set (warm-ups too) of the exercise since its last
        //    workout: decrease or regress, never increase [27].
        let attempts = history.journal.sessions[last.sessionIndex...].filter { $0.day < day }
        if let breach = attempts.flatMap({ history.pain.setPainBreaches(in: $0, exerciseId: e.id) }).max(by: { $0.value < $1.value }) {
            return decrease(p, e, from: L, on: day, fraction: ClinicalRules.decreaseFraction, rule: "setPain", source: "[27]",
                            why: breach.explanation.prefix(1).uppercased() + breach.explanation.dropFirst())
        }
        // 3. Next-morning pain at or above baseline + 2 after the last time: decrease [23, 27].
        if let breach = history.pain.morningBreach(after: lastSession) {
            return decrease(p, e, from: L, on: day, fraction: ClinicalRules.decreaseFraction, rule: "nextMorningPain", source: "[23, 27]",
                            why: breach.explanation.prefix(1).uppercased() + breach.explanation.dropFirst())
        }
        // 4. Planned deload week [30]: 80 % of the load before it, for the whole week. A workout already lighter
        //    this week keeps its load, so the week never compounds (80 % of 80 % …).
        if let deloadReason {
            if let L, let (heavy, firstLighter) = heavierBefore(past), firstLighter.day.days(to: day) < 7, let H = heavy.topLoadKg {
                return hold(p, rule: "deload", source: "[30]",
                            why: "Stay at \(w(L)) for the rest of this lighter week (\(w(H)) on \(heavy.day) before it): \(deloadReason)")
            }
            return decrease(p, e, from: L, on: day, fraction: 1 - ClinicalRules.deloadFraction, rule: "deload", source: "[30]", why: deloadReason)
        }
        // 5. Two workouts running with missed reps or grinding sets: deload this exercise sooner [30, 35].
        if past.count >= 2 {
            let prev = past[past.index(before: past.endIndex - 1)]
            let struggled = [prev, last].allSatisfy { w in
                w.sets.contains { s in
                    (e.measure == .reps && (s.reps ?? 0) < d.repsMin) || (s.rpe ?? 0) >= ClinicalRules.grindingRPE
                }
            }
            if struggled {
                // Say what fired, with the numbers: the fewest reps against the range's bottom, the hardest RPE.
                let struggle: (Workout) -> String = { w in
                    var parts: [String] = []
                    if e.measure == .reps, let fewest = w.sets.compactMap(\.reps).min(), fewest < d.repsMin {
                        parts.append("\(fewest) of \(d.repsMin) reps")
                    }
                    if let hardest = w.sets.compactMap(\.rpe).max(), hardest >= ClinicalRules.grindingRPE {
                        parts.append("RPE \(fmt(hardest))")
                    }
                    return "\(w.day): \(parts.joined(separator: ", "))"
                }
                return decrease(p, e, from: L, on: day, fraction: 1 - ClinicalRules.deloadFraction, rule: "deload", source: "[30, 35]",
                                why: "missed reps (under \(d.repsMin)) or RPE \(fmt(ClinicalRules.grindingRPE))+ in two workouts running (\(struggle(prev)); \(struggle(last))): a lighter session at about \(Int(ClinicalRules.deloadFraction * 100)) %, rounded down to the equipment")
            }
        }
        // 6. Form before load: poor → no increase; poor twice running → regress; fair → hold.
        if last.sets.contains(where: { $0.form == .poor }) {
            if past.count >= 2, past[past.index(before: past.endIndex - 1)].sets.contains(where: { $0.form == .poor }) {
                let prev = past[past.index(before: past.endIndex - 1)]
                return regress(p, e, on: day, why: "poor form in two workouts running (\(prev.day), \(last.day)): step back to rebuild the movement before adding load", source: nil)
            }
            return hold(p, rule: "form", source: nil, why: "Poor form in a set on \(last.day): form before load, so the load stays at \(loadText(L)) until every set is done well")
        }
        if last.sets.contains(where: { $0.form == .fair }) {
            return hold(p, rule: "form", source: nil, why: "Form was only fair on \(last.day): hold \(loadText(L)) until it is good in every set")
        }
        // 7. Next-morning pain after the latest session, whichever exercises it had: no increase in the next
        //    workout [23, 27].
        if let latest = history.lastSession(before: day)?.session, let breach = history.pain.morningBreach(after: latest) {
            return hold(p, rule: "nextMorningPain", source: "[23, 27]", why: "Hold \(loadText(L)): " + breach.explanation + ", so no increase in the next workout")
        }
        // 7a. Pain over the limit in a set of another exercise in the latest session: the back said too much, so no
        //     exercise goes up in the next workout (that exercise itself decreases, rule 2) [27].
        if let latest = history.lastSession(before: day)?.session,
            let breach = history.pain.setPainBreaches(in: latest).max(by: { $0.value < $1.value })
        {
            return hold(p, rule: "setPain", source: "[27]", why: "Hold \(loadText(L)): " + breach.explanation + ", so no increase in the next workout")
        }
        // 7b. Pain just after the latest session over the acceptable level (≤ 5/10 after, §4 [27]): no exercise goes
        //     up in the next workout.
        if let latest = history.lastSession(before: day)?.session, let after = latest.painAfter,
            after > ClinicalRules.maxAcceptableSetPain
        {
            return hold(p, rule: "painAfter", source: "[27]", why: "Hold \(loadText(L)): pain just after the session on \(latest.day) was \(fmt(after))/10, over \(fmt(ClinicalRules.maxAcceptableSetPain))/10, so no increase in the next workout")
        }
        // 8. Global brakes (leg symptoms, rising weekly pain).
        if let why = globalHold(on: day) {
            return hold(p, rule: "painTrend", source: "[13, 27]", why: "Hold \(loadText(L)): " + why)
        }
        // 9. Loaded work moved to a new rep range (stage change): set the load from estimated 1RM [38].
        newRange: if e.load == .external, e.measure == .reps, let L, let best = last.sets.compactMap({ s -> Double? in
            guard let w = s.weightKg, let r = s.reps, r > 0 else { return nil }
            return OneRepMax.epley(weightKg: w, reps: min(r, 12))
        }).max() {
            let maxReps = last.sets.compactMap(\.reps).max() ?? 0
            if maxReps > d.repsMax + 2 || maxReps < d.repsMin - 2 {
                let step = e.loadStep(in: profile.units) ?? 2.5
                let target = best / (1 + Double(d.repsMin + 2) / 30)  // 2 reps in reserve at the bottom of the range [30, 38]
                let cap = L * (1 + ClinicalRules.maxIncreaseFraction)
                var newLoad = max(LoadRounding.down(min(target, cap), step: step), e.minLoad(in: profile.units) ?? 0)
                // The equipment's lightest load can be more than 10 % over what the person lifted: then they keep
                // their own load rather than jump [29].
                let lightestTooHeavy = newLoad > cap + 1e-9
                if lightestTooHeavy { newLoad = L }
                // A heavier load needs what any increase needs: form recorded and good, and RPE ≤ 8 [30, 35].
                let hardest = last.sets.compactMap(\.rpe).max() ?? 0
                let unrecordedForm = last.sets.contains { $0.form == nil || $0.pain == nil }
                let notReady = newLoad > L && (unrecordedForm || hardest > ClinicalRules.maxRPEForIncrease)
                if notReady { newLoad = L }
                // More reps than the range never lowers the load (the estimate counts at most 12 reps of a set, so a
                // light load done for many reps reads low): the usual rules decide, and double progression counts
                // those sets as at the top of the range.
                if maxReps > d.repsMax, newLoad < L - 1e-9 { break newRange }
                p.loadKg = newLoad
                p.sets = d.sets
                let dir: Decision = newLoad > L ? .increase : newLoad < L ? .decrease : .hold
                p.decision = dir
                p.rule = "newRepRange"
                p.source = "[30, 38]"
                p.reason = notReady
                    ? "New rep range \(d.repsMin)–\(d.repsMax) (you did up to \(maxReps) reps last time): stay at \(w(L)) with fewer reps, because " + (unrecordedForm ? "form or pain was not recorded on \(last.day)" : "the hardest set on \(last.day) was RPE \(fmt(hardest)), over \(fmt(ClinicalRules.maxRPEForIncrease))") + "; the load goes up once sets feel RPE 8 or easier with good form."
                    : lightestTooHeavy
                    ? "New rep range \(d.repsMin)–\(d.repsMax) (you did up to \(maxReps) reps last time): stay at \(w(L)), because the lightest usual step of this equipment, \(w(e.minLoad(in: profile.units) ?? 0)), would be more than 10 % heavier."
                    : "New rep range \(d.repsMin)–\(d.repsMax) (you did up to \(maxReps) reps last time): \(w(newLoad)) leaves about 2 reps in reserve, from your estimated 1RM of \(w(best)) (Epley, counting at most 12 reps of a set), capped at +10 %."
                return p
            }
        }
        let wentWell: (Workout) -> Bool = { w in
            w.sets.allSatisfy { s in
                s.form == .good && (s.rpe ?? 0) <= ClinicalRules.maxRPEForIncrease
                    && s.pain.map { $0 <= ClinicalRules.maxAcceptableSetPain } == true
                    && (e.measure != .reps || (s.reps ?? 0) >= d.repsMin)
            }
        }
        // 9a. Building back after a break [37]: within 4 weeks of the restart, each workout that went well moves
        //     up towards the load before the break, by at most 10 % (rounded down to the equipment, but one step
        //     when 10 % is less: that load was lifted before), and no faster than a straight line from the restart
        //     load back to it over the transition's 3 weeks ("back to it over 2–4 weeks").
        if let L, let step = e.loadStep(in: profile.units), e.load == .external, wentWell(last),
            let k = past.indices.dropFirst().last(where: { past[$0 - 1].day.days(to: past[$0].day) >= ClinicalRules.breakDays }),
            past[k].day.days(to: day) <= 7 * ClinicalRules.restartRampWeeks, let P = past[k - 1].topLoadKg, L < P - 1e-9
        {
            let R = past[k].topLoadKg ?? L
            let transition = Double(7 * ClinicalRules.restartTransitionWeeks)
            let elapsed = Double(past[k].day.days(to: day))
            let onTheLine = R + (P - R) * min(1, elapsed / transition)
            let stepUp = max(step, LoadRounding.down(L * ClinicalRules.maxIncreaseFraction, step: step))
            let target = min(P, L + stepUp, LoadRounding.down(onTheLine + 1e-9, step: step))
            let ramp = "before the break you lifted \(w(P)) (\(past[k - 1].day)); you restarted at \(w(R)) on \(past[k].day) and build back over about \(ClinicalRules.restartTransitionWeeks) weeks"
            if target > L + 1e-9 {
                return raise(p, to: target, rule: "restartRamp", source: "[37]",
                             reason: "Building back after your break: up to \(w(target)), as \(w(L)) on \(last.day) went well (good form, RPE ≤ \(fmt(ClinicalRules.maxRPEForIncrease)), no pain over \(fmt(ClinicalRules.maxAcceptableSetPain))/10); \(ramp).")
            }
            if onTheLine < P - 1e-9 {
                return hold(p, rule: "restartRamp", source: "[37]",
                            why: "Building back after your break: stay at \(w(L)) for now, as \(ramp) (day \(Int(elapsed)) of \(Int(transition)))")
            }
        }
        // 9b. Back from lighter workouts (a deload week, or a lighter day) when the last one went well and so did the
        //     load before them: return to that load [30]. Never after pain, poor form or grinding at the heavier load.
        if let L, let (prev, _) = heavierBefore(past) {
            let prevSession = history.journal.sessions[prev.sessionIndex]
            if let P = prev.topLoadKg, wentWell(last), wentWell(prev),
                history.pain.morningBreach(after: prevSession) == nil,
                history.pain.setPainBreaches(in: prevSession, exerciseId: e.id).isEmpty
            {
                return raise(p, to: P, rule: "returnAfterDeload", source: "[30]",
                             reason: "Back to \(w(P)): the lighter workout at \(w(L)) on \(last.day) went well (good form, RPE ≤ \(fmt(ClinicalRules.maxRPEForIncrease)), no pain over \(fmt(ClinicalRules.maxAcceptableSetPain))/10), and so did \(w(P)) on \(prev.day).")
            }
        }
        // 10. Double progression: every set at the top of the range in two workouts running, good form,
        //    RPE ≤ 8 and no pain breach → a small increase [29, 30, 33].
        let atTop: (Workout) -> Bool = { w in
            w.sets.count >= d.sets && w.sets.allSatisfy { s in
                self.completed(s, e: e, hold: d.holdSeconds) >= d.repsMax && s.form == .good
                    && (s.rpe ?? 0) <= ClinicalRules.maxRPEForIncrease && (s.pain ?? 0) <= ClinicalRules.maxAcceptableSetPain
            }
        }
        let lastTop = atTop(last)
        let unit = e.measure == .hold ? "holds" : "reps"
        if lastTop, past.count >= 2 {
            let prev = past[past.index(before: past.endIndex - 1)]
            let prevMorning = history.pain.morningBreach(after: history.journal.sessions[prev.sessionIndex])
            if let breach = prevMorning, atTop(prev) && prev.topLoadKg == L {
                return hold(p, rule: "nextMorningPain", source: "[23, 27]", why: "Hold \(loadText(L)): every set reached \(d.repsMax) \(unit) on \(prev.day) and \(last.day), but the " + breach.explanation + ", so those two workouts do not count for an increase")
            }
            if atTop(prev) && prev.topLoadKg == L, let unrecorded = [prev, last].first(where: { $0.sets.contains { $0.pain == nil } }) {
                return hold(p, rule: "painNotRecorded", source: "[27]", why: "Hold \(loadText(L)): every set reached \(d.repsMax) \(unit) on \(prev.day) and \(last.day), but pain was not recorded on \(unrecorded.day); an increase needs each set's pain (0–10) to be 5 or less")
            }
            if atTop(prev) && prev.topLoadKg == L {
                return increase(p, e, from: L, on: day, why: "every set reached \(d.repsMax) \(unit) with good form, RPE ≤ \(fmt(ClinicalRules.maxRPEForIncrease)) and no pain over \(fmt(ClinicalRules.maxAcceptableSetPain))/10 in two workouts running (\(prev.day), \(last.day))")
            }
        }
        if lastTop {
            return hold(p, rule: "doubleProgression", source: "[30, 33]", why: "Every set reached \(d.repsMax) \(unit) on \(last.day); one more workout like that and \(e.load == .external ? "the load goes up" : "you move on")")
        }
        if last.sets.contains(where: { $0.form == nil }) {
            return hold(p, rule: "formNotRecorded", source: nil, why: "Hold \(loadText(L)): form was not recorded on \(last.day), and an increase needs good form in every set")
        }
        var done = last.sets.map { String(completed($0, e: e, hold: d.holdSeconds)) }.joined(separator: ", ") + " \(unit)"
        // Holds: what was logged (seconds, or reps of seconds), then how many holds of the prescribed length that
        // makes, so a 15 s plank is never just "0 holds".
        if e.measure == .hold, let h = d.holdSeconds {
            let logged = last.sets.map { s in
                s.reps.map { "\($0) × \(fmt(s.seconds ?? h)) s" } ?? s.seconds.map { "\(fmt($0)) s" } ?? "no time"
            }.joined(separator: ", ")
            done = "\(logged), counted as \(done) of \(fmt(h)) s"
        }
        let then = e.load == .external ? "the load goes up" : "you move on to a harder variation"
        // Say what held it back besides the reps: the hardest effort when over RPE 8, or too few sets.
        var missed: [String] = []
        if let hardest = last.sets.compactMap(\.rpe).max(), hardest > ClinicalRules.maxRPEForIncrease {
            missed.append("RPE \(fmt(hardest)) is over \(fmt(ClinicalRules.maxRPEForIncrease))")
        }
        if last.sets.count < d.sets { missed.append("\(last.sets.count) of \(d.sets) sets") }
        let detail = missed.isEmpty ? "" : " (\(missed.joined(separator: "; ")))"
        return hold(p, rule: "doubleProgression", source: "[30, 33]", why: "Keep \(loadText(L)): last time \(done) (\(last.day))\(detail); \(then) after two workouts with every set at \(d.repsMax) \(unit), good form and RPE ≤ \(fmt(ClinicalRules.maxRPEForIncrease))")
    }

    /// When the latest workouts of an exercise are lighter than the one before them (a deload week or a lighter
    /// day, each at most 90 % of it, none more than two weeks apart and all within two weeks of it): that heavier
    /// workout, and the first lighter one.
    func heavierBefore(_ past: ArraySlice<Workout>) -> (heavy: Workout, firstLighter: Workout)? {
        guard let last = past.last, let L = last.topLoadKg else { return nil }
        var i = past.endIndex - 1
        while i > past.startIndex {
            let before = past[i - 1]
            guard let top = before.topLoadKg, before.day.days(to: past[i].day) < ClinicalRules.breakDays,
                before.day.days(to: last.day) < ClinicalRules.breakDays
            else { return nil }
            if top > L + 1e-9 {
                return L <= top * ClinicalRules.lighterWorkoutFraction + 1e-9 ? (before, past[i]) : nil
            }
            i -= 1
        }
        return nil
    }

    /// Holds or reps completed in a logged set.
    func completed(_ s: LoggedSet, e: Exercise, hold: Double?) -> Int {
        if e.measure == .hold, let h = hold, h > 0 {
            if let r = s.reps { return (s.seconds ?? h) >= h * 0.9 ? r : 0 }
            return Int(((s.seconds ?? 0) + 0.5) / h)
        }
        return s.reps ?? 0
    }

    func loadText(_ L: Double?) -> String { L.map(w) ?? "this variation" }

    /// A load in the person's display unit, for reasons.
    func w(_ x: Double) -> String { weight(x, units: profile.units) }

    func base(_ e: Exercise, sets: Int, load: Double?) -> Prescription {
        let d = dose(for: e)
        let pregnancyCap = profile.conditions.contains(.pregnancy) ? ClinicalRules.pregnancyMaxRPE : 10
        return Prescription(
            exerciseId: e.id, name: e.name, pattern: e.pattern, sets: sets, repsMin: d.repsMin, repsMax: d.repsMax,
            holdSeconds: d.holdSeconds, loadKg: e.load == .external ? load : nil, loadPerHand: e.loadPerHand,
            targetRPE: min(8, pregnancyCap), restSeconds: d.rest, decision: .hold, reason: "", rule: "", source: nil,
            previousLoadKg: nil, replaces: nil)
    }

    /// First prescription of an exercise: light start [32] (product decision on bodyweight factors).
    public func start(_ e: Exercise, on day: Day, deloadReason: String? = nil, replacing: String? = nil, note: String = "")
        -> Prescription
    {
        let d = dose(for: e)
        var p = base(e, sets: d.sets, load: nil)
        p.replaces = replacing
        p.decision = .hold
        p.targetRPE = 6
        if e.load == .external, let f = e.startLoadPerBodyweight, let step = e.loadStep(in: profile.units) {
            let mult = ClinicalRules.startLoadMultiplier(for: profile.experience)
            let counted = min(profile.bodyweightKg, ClinicalRules.startLoadBodyweightCapKg)
            let raw = counted * f * mult
            let load = max(e.minLoad(in: profile.units) ?? 0, LoadRounding.down(raw, step: step))
            let capped = counted < profile.bodyweightKg ? ", counted up to \(w(counted))" : ""
            p.loadKg = load
            p.rule = "startingLoad"
            p.source = "[32]"
            p.reason = note + "First time: start light at \(w(load))\(e.loadPerHand ? " per hand" : "") (\(fmt(f * 100))% of your \(w(profile.bodyweightKg)) body weight\(capped) × \(String(format: "%g", mult)) for \(profile.experience.rawValue) experience, rounded down to \(w(step)) steps). Keep it at RPE 6 or easier for the first two workouts; focus on form."
            if let back = returning(to: e, on: day, step: step), back.load < load {
                p.loadKg = back.load
                p.rule = "returningLoad"
                p.source = back.source
                p.reason = note + back.why
            }
        } else {
            p.rule = "startingVariation"
            p.source = "[30]"
            let what = e.measure == .hold ? "\(d.repsMin)–\(d.repsMax) holds of \(fmt(d.holdSeconds ?? 10)) s" : "\(d.repsMin)–\(d.repsMax) reps"
            p.reason = note + "First time: \(d.sets) sets of \(what), bodyweight; stop while form is still good."
        }
        return p
    }

    /// Going back to an exercise logged before (a switch of variation, or a substitution ending): never start
    /// above the load last lifted in it, and after a break of two weeks or more at about 80 % of it [29, 37].
    func returning(to e: Exercise, on day: Day, step: Double) -> (load: Double, source: String, why: String)? {
        guard let last = history.workouts(of: e.id, before: day).last, let L = last.topLoadKg, L > 0 else { return nil }
        let daysOff = last.day.days(to: day)
        let afterBreak = daysOff >= ClinicalRules.breakDays
        var load = afterBreak ? LoadRounding.down(L * ClinicalRules.restartFraction, step: step) : L
        // Below the equipment's usual lightest step: they have lighter equipment than usual, so keep their own load.
        if load < (e.minLoad(in: profile.units) ?? 0) { load = min(L, e.minLoad(in: profile.units) ?? 0) }
        if load <= 0 { load = L }
        let how = afterBreak
            ? "\(daysOff) days later, start again at \(w(load)), about \(Int(ClinicalRules.restartFraction * 100)) % of it, and build back over 2–4 weeks"
            : "start again at \(w(load)), no heavier than last time"
        return (load, afterBreak ? "[29, 37]" : "[29]",
                "You last did \(e.name) on \(last.day) at \(w(L))\(e.loadPerHand ? " per hand" : ""): \(how). Keep it at RPE 6 or easier at first; focus on form.")
    }

    /// An increase to `load`, with its rule, source and reason.
    func raise(_ p: Prescription, to load: Double, rule: String, source: String?, reason: String) -> Prescription {
        var p = p
        p.loadKg = load
        p.decision = .increase
        p.rule = rule
        p.source = source
        p.reason = reason
        return p
    }

    func hold(_ p: Prescription, rule: String, source: String?, why: String) -> Prescription {
        var p = p
        p.decision = .hold
        p.rule = rule
        p.source = source
        p.reason = why.hasSuffix(".") ? why : why + "."
        return p
    }

    func increase(_ p: Prescription, _ e: Exercise, from L: Double?, on day: Day, why: String) -> Prescription {
        var p = p
        p.rule = "doubleProgression"
        p.source = "[29, 30, 33]"
        if e.load == .external, let L, let step = e.loadStep(in: profile.units) {
            let frac = ClinicalRules.targetIncreaseFraction(for: profile.experience)
            var inc = LoadRounding.down(L * frac, step: step)
            if inc < step { inc = step <= L * ClinicalRules.maxIncreaseFraction + 1e-9 ? step : 0 }
            if inc > 0 {
                p.loadKg = L + inc
                p.decision = .increase
                p.reason = "Up \(w(inc)) to \(w(L + inc)) (+\(fmt(inc / L * 100))%, within the 2–10 % rule, rounded down to \(w(step)) steps): \(why)."
                return p
            }
            // Back towards a load lifted in the last 12 weeks (before decreases for pain, or a lighter spell): one
            // step, even over 10 %, as that load was managed before [30].
            let recent = history.workouts(of: e.id, before: day).filter { $0.day.days(to: day) <= 7 * ClinicalRules.returnToLiftedWeeks }
            if let heaviest = recent.max(by: { ($0.topLoadKg ?? 0) < ($1.topLoadKg ?? 0) }), let H = heaviest.topLoadKg,
                L + step <= H + 1e-9
            {
                return raise(p, to: L + step, rule: "returnToLifted", source: "[30]",
                             reason: "Up \(w(step)) to \(w(L + step)), back towards the \(w(H)) you lifted on \(heaviest.day) (the smallest step is +\(fmt(step / L * 100))%, but you have lifted this load before): \(why).")
            }
            if p.sets < ClinicalRules.maxSets {
                p.sets += 1
                p.decision = .increase
                p.reason = "One more set (\(p.sets)) at \(w(L)): the smallest step, \(w(step)), would be +\(fmt(step / L * 100))%, over the 10 % limit; \(why)."
                return p
            }
        } else if e.load == .bodyweight {
            if let next = filter.progression(from: e) {
                var q = start(next, on: day, replacing: e.id)
                q.decision = .progress
                q.rule = "progressVariation"
                q.source = "[30, 49]"
                q.reason = "Move on to \(next.name): \(why)." + (next.load == .external ? " " + q.reasonTail : "")
                return q
            }
            if p.sets < ClinicalRules.maxSets {
                p.sets += 1
                p.decision = .increase
                p.reason = "One more set (\(p.sets)): \(why); no harder variation fits your equipment and restrictions."
                return p
            }
        }
        if let next = filter.progression(from: e) {
            var q = start(next, on: day, replacing: e.id)
            q.decision = .progress
            q.rule = "progressVariation"
            q.source = "[29]"
            let moveOn = "Move on to \(next.name): \(why), and \(e.name) has no smaller step left."
            q.reason = moveOn + " " + q.reasonTail
            // The harder lift starts no more than 10 % above the total just lifted (or at its lightest load) [29].
            if let L, e.load == .external, next.load == .external, let start = q.loadKg, let step = next.loadStep(in: profile.units) {
                let total = L * (e.loadPerHand ? 2 : 1)
                let cap = max(next.minLoad(in: profile.units) ?? 0,
                              LoadRounding.down(total * (1 + ClinicalRules.maxIncreaseFraction) / (next.loadPerHand ? 2 : 1), step: step))
                if start > cap + 1e-9 {
                    q.loadKg = cap
                    q.reason = moveOn + " Start at \(w(cap))\(next.loadPerHand ? " per hand" : ""): no more than 10 % over the \(w(total)) you lifted in all\(cap > total * (1 + ClinicalRules.maxIncreaseFraction) + 1e-9 ? " (the lightest load of this equipment)" : ""). Keep it at RPE 6 or easier for the first two workouts; focus on form."
                }
            }
            return q
        }
        // At the most sets, with a step over 10 % and no harder variation: one step up with the usual number of sets,
        // so the load moves on while the work done goes down (product decision on §5.3 [29, 33]).
        let baseSets = dose(for: e).sets
        if e.load == .external, let L, let step = e.loadStep(in: profile.units), p.sets >= ClinicalRules.maxSets, baseSets < p.sets {
            let before = p.sets
            p.sets = baseSets
            return raise(p, to: L + step, rule: "stepUpFewerSets", source: "[29, 33]", reason: "Up \(w(step)) to \(w(L + step)) with \(baseSets) sets instead of \(before): the smallest step is +\(fmt(step / L * 100))%, more than the 10 % a step allows, and \(before) sets is the most, so the load moves on with less work in all (\(baseSets) × \(w(L + step)) against \(before) × \(w(L)) a rep): \(why).")
        }
        return hold(p, rule: "topOfLadder", source: nil, why: "You are at the top of this exercise's range (\(p.sets) sets, and no harder variation fits your equipment and restrictions): keep it up")
    }

    func decrease(
        _ p: Prescription, _ e: Exercise, from L: Double?, on day: Day, fraction: Double, rule: String, source: String,
        why: String
    ) -> Prescription {
        var p = p
        p.rule = rule
        p.source = source
        p.decision = .decrease
        if e.load == .external, let L, let step = e.loadStep(in: profile.units) {
            // The lighter load rounded down to the equipment (so "80 %" is never 85 %), at least one step lighter.
            let minLoad = e.minLoad(in: profile.units) ?? 0
            let newLoad = max(minLoad, min(L - step, LoadRounding.down(L * (1 - fraction), step: step)))
            if newLoad < L {
                p.loadKg = newLoad
                p.reason = "Down to \(w(newLoad)) (−\(fmt((L - newLoad) / L * 100))% from \(w(L))): \(why)."
                return p
            }
        }
        if rule != "deload" && rule != "restartAfterBreak", let easier = filter.regression(from: e) {
            return regress(p, e, on: day, why: why + " (already at the lightest option)", to: easier)
        }
        let fewer = max(1, p.sets - 1)
        if fewer < p.sets {
            p.sets = fewer
            p.reason = "One set fewer (\(fewer))\(p.loadKg.map { " at \(w($0))" } ?? ""): \(why)."
            return p
        }
        p.reps(min: max(1, p.repsMin - 4), max: max(2, p.repsMax - 4))
        p.reason = "Fewer reps (\(p.repsMin)–\(p.repsMax)): \(why)."
        return p
    }

    /// Steps back to the easier variation; `source` is [27] for pain, nil (a product decision, §5.3) for form.
    func regress(_ p: Prescription, _ e: Exercise, on day: Day, why: String, to target: Exercise? = nil, source: String? = "[27]")
        -> Prescription
    {
        guard let easier = target ?? filter.regression(from: e) else {
            var q = p
            q.decision = .decrease
            q.rule = "regress"
            q.sets = max(1, p.sets - 1)
            q.reason = "One set fewer (\(q.sets)), as \(e.name) has no easier variation that fits: \(why)."
            return q
        }
        var q = start(easier, on: day, replacing: e.id)
        q.decision = .regress
        q.rule = "regress"
        q.source = source
        q.reason = "Step back to \(easier.name): \(why)." + (easier.load == .external ? " " + q.reasonTail : "")
        return q
    }
}

extension Prescription {
    /// The starting-load explanation of a fresh prescription, for appending to a switch reason.
    var reasonTail: String {
        if reason.hasPrefix("You last did ") { return reason }
        guard let range = reason.range(of: "start light at ") else { return "" }
        return "Start at " + reason[range.upperBound...]
    }

    mutating func reps(min: Int, max: Int) {
        repsMin = min
        repsMax = max
    }
}
