// Property-based safety invariants over random journals (PropertyBased): no increase after pain or poor form,
// no programme with an uncleared red flag, rest days, core in every session, exclusions and equipment, ≤ 10 % steps
// (or back to the load before a lighter workout).
import BackstrongCore
import BackstrongPropertyChecks
import PropertyBased
import Testing

/// Tags a profile's sensitivities, conditions and leg-pain answer exclude, written out from clinical-rules §2.4
/// and §8 (independently of ConditionRestrictions).
private func excludedTags(_ journal: Journal) -> Set<SpinalDemand> {
    var tags: Set<SpinalDemand> = []
    for s in journal.profile.sensitivities {
        switch s {
        case .flexion: tags.formUnion([.loadedFlexion, .floorLift])  // §8: hinge from blocks
        case .extension: tags.insert(.endRangeExtension)
        case .rotation: tags.insert(.rotation)
        case .axialLoad: tags.insert(.axialLoad)
        }
    }
    for c in journal.profile.conditions {
        switch c {
        case .osteoporosis: tags.formUnion([.loadedFlexion, .rotation, .floorLift])
        case .pregnancy: tags.formUnion([.supine, .prone])  // side-lying, on all fours or standing instead
        case .recentSpinalSurgery: break
        case .spondylolisthesis: tags.insert(.endRangeExtension)
        case .spinalStenosis: tags.formUnion([.endRangeExtension, .overhead])
        case .sciatica: tags.formUnion([.loadedFlexion, .floorLift])
        }
    }
    if journal.screening?.answer(.legPainBelowKnee) == true { tags.formUnion([.loadedFlexion, .floorLift]) }
    return tags
}

/// The heaviest counted (working or failure) load of the last logged workout of `id` before `date`.
private func lastTopLoad(of id: String, before date: Day, in journal: Journal) -> Double? {
    lastTopLoads(of: id, before: date, in: journal).first
}

/// The top loads of an exercise's latest workouts before `date`, newest first (the last two at most).
private func lastTopLoads(of id: String, before date: Day, in journal: Journal) -> [Double] {
    var result: [Double] = []
    for s in journal.sessions.reversed() where s.day < date {
        let counted = s.exercises.filter { $0.exerciseId == id }.flatMap(\.sets).filter(\.kind.countsForProgression)
        if !counted.isEmpty { result.append(counted.compactMap(\.weightKg).max() ?? 0) }
        if result.count == 2 { break }
    }
    return result
}

/// The heaviest counted load of an exercise logged before `date`.
private func highestTopLoad(of id: String, before date: Day, in journal: Journal) -> Double {
    journal.sessions.filter { $0.day < date }.flatMap(\.exercises).filter { $0.exerciseId == id }.flatMap(\.sets)
        .filter(\.kind.countsForProgression).compactMap(\.weightKg).max() ?? 0
}

private func plan(_ journal: Journal) throws -> Plan {
    try ProgrammeGenerator.plan(journal, start: randomStart, weeks: 4)
}

@Suite("Safety invariants over random journals")
struct SafetyPropertyTests {
    @Test("(a) after pain over 5 or a poor-form set, the next prescription never increases the load [27], §5.3")
    func noIncreaseAfterPainOrPoorForm() async {
        await repeatablePropertyCheck(count: 200, input: RandomJournal.generator(.readyToTrain)) { journal in
            // given: the latest session and each exercise in it with a set over 5/10 pain or a poor-form set
            guard let last = journal.sessions.last else { return }
            let next = last.day.adding(days: 2)
            let stage = Readiness.assess(journal, today: next).stage
            let filter = ExerciseFilter(profile: journal.profile, screening: journal.screening, stage: stage)
            let engine = ProgressionEngine(history: TrainingHistory(journal: journal), stage: stage, filter: filter)
            for log in last.exercises {
                let worked = log.sets.filter(\.kind.countsForProgression)
                let breached = log.sets.contains { ($0.pain ?? 0) > 5 } || worked.contains { $0.form == .poor }
                guard breached, !worked.isEmpty, let e = ExerciseCatalog.standard.exercise(log.exerciseId) else {
                    continue
                }
                // when
                let p = engine.prescribe(e, on: next)
                // then
                #expect(p.decision != .increase && p.decision != .progress, "\(e.id): \(p.rule) \(p.reason)")
                if p.exerciseId == e.id, let top = worked.compactMap(\.weightKg).max() {
                    #expect((p.loadKg ?? 0) <= top, "\(e.id): \(p.loadKg ?? 0) kg after \(top) kg (\(p.rule))")
                    #expect(
                        p.sets <= max(worked.count, engine.dose(for: e).sets),
                        "\(e.id): more sets after a breach (\(p.rule))")
                }
                if p.exerciseId != e.id {
                    let easier = ExerciseCatalog.standard.exercise(p.exerciseId)!
                    #expect(easier.level <= e.level, "\(e.id) → \(p.exerciseId)")
                }
            }
        }
    }

    @Test("(b) an uncleared emergency or urgent answer, or any emergency answer, gives no programme (§2.2)")
    func noProgrammeWithRedFlags() async {
        await repeatablePropertyCheck(count: 150, input: RandomJournal.generator(.anything)) { journal in
            // given
            let s = journal.screening!
            let emergency: [ScreeningQuestion] = [
                .saddleNumbness, .bladderOrBowelChange, .bothLegsSymptoms, .progressiveLegWeakness,
            ]
            let urgent: [ScreeningQuestion] = [
                .feverOrInfection, .historyOfCancer, .unexplainedWeightLoss, .longTermSteroids, .significantTrauma,
            ]
            let clearanceCounts =
                journal.profile.clearedByProfessional && (journal.profile.clearedOn.map { $0 >= s.date && $0 <= randomStart } ?? false)
            let anyEmergency = emergency.contains { s.answer($0) }
            let anyUrgent = urgent.contains { s.answer($0) }
            // when
            let p = try plan(journal)
            // then
            if anyEmergency {
                #expect(p.status == .referred)
                #expect(p.sessions.isEmpty)
            }
            if anyUrgent && !clearanceCounts {
                #expect(p.status != .ready)
                #expect(p.sessions.isEmpty)
            }
            if p.status != .ready { #expect(p.sessions.isEmpty) }
        }
    }

    @Test("(c) at 2–3 days a week no two sessions are on consecutive days, counting the last logged one [31]")
    func restDays() async {
        await repeatablePropertyCheck(count: 150, input: RandomJournal.generator(.readyToTrain)) { journal in
            // given
            guard journal.profile.daysPerWeek <= 3 else { return }
            // when
            let p = try plan(journal)
            // then
            #expect(p.status == .ready)
            var days = p.sessions.map(\.date)
            if let logged = journal.sessions.last?.day { days.insert(logged, at: 0) }
            for (a, b) in zip(days, days.dropFirst()) { #expect(a.days(to: b) >= 2, "\(a) then \(b)") }
        }
    }

    @Test("(d) every planned session contains at least one core exercise")
    func coreEverySession() async {
        await repeatablePropertyCheck(count: 150, input: RandomJournal.generator(.readyToTrain)) { journal in
            // given / when
            let p = try plan(journal)
            // then
            #expect(!p.sessions.isEmpty)
            for s in p.sessions { #expect(s.exercises.contains { $0.pattern.isCore }, "\(s.date)") }
        }
    }

    @Test("(e) no planned exercise carries an excluded spinal demand or needs missing equipment (§2.4, §8)")
    func exclusionsAndEquipment() async {
        await repeatablePropertyCheck(count: 150, input: RandomJournal.generator(.readyToTrain)) { journal in
            // given
            let excluded = excludedTags(journal)
            let equipment = Set(journal.profile.equipment)
            // when
            let p = try plan(journal)
            // then
            for (_, e, rx) in plannedExercises(p) {
                #expect(
                    Set(e.spinalDemands).isDisjoint(with: excluded), "\(e.id) has \(e.spinalDemands) with \(excluded)")
                #expect(e.equipment.allSatisfy(equipment.contains), "\(e.id) needs \(e.equipment), has \(equipment)")
                if p.stage == .foundation {
                    #expect(rx.loadKg == nil && e.load == .bodyweight, "\(e.id) at foundation")
                }
            }
        }
    }

    @Test("(f) no load is more than 10 % above the last logged one, or, on the way back after lighter workouts or a break, above a load already lifted [29, 30, 37]")
    func increasesAtMostTenPercent() async {
        await repeatablePropertyCheck(count: 150, input: RandomJournal.generator(.readyToTrain)) { journal in
            // given
            let stage = Readiness.assess(journal, today: randomStart).stage
            let filter = ExerciseFilter(profile: journal.profile, screening: journal.screening, stage: stage)
            let engine = ProgressionEngine(history: TrainingHistory(journal: journal), stage: stage, filter: filter)
            let logged = Set(journal.sessions.flatMap { $0.exercises.map(\.exerciseId) })
            // when
            let p = try plan(journal)
            let direct = logged.compactMap { ExerciseCatalog.standard.exercise($0) }.map {
                engine.prescribe($0, on: randomStart)
            }
            // then
            let all = plannedExercises(p).map { ($0.session.date, $0.prescription) } + direct.map { (randomStart, $0) }
            for (date, rx) in all {
                guard let load = rx.loadKg, let previous = lastTopLoad(of: rx.exerciseId, before: date, in: journal),
                    previous > 0
                else { continue }
                // Returning after lighter workouts or a break goes back towards a load already lifted, never higher
                // (later sessions of a plan repeat the first prescription's load, checked on its own).
                let lifted = highestTopLoad(of: rx.exerciseId, before: date, in: journal)
                // (a planned deload week after such a return is 80 % of the returned load, so it may sit above the last)
                let returning = ["returnAfterDeload", "restartRamp", "returnToLifted", "planned", "deload"].contains(rx.rule)
                var limit = returning ? max(previous * 1.10, lifted) : previous * 1.10
                // At the most sets with a step over 10 %: one step, with fewer sets than the most.
                if rx.rule == "stepUpFewerSets", let step = ExerciseCatalog.standard.exercise(rx.exerciseId)?.loadStep(in: journal.profile.units) {
                    #expect(rx.sets < ClinicalRules.maxSets)
                    limit = previous + step
                }
                #expect(load <= limit + 1e-9, "\(rx.exerciseId): \(previous) → \(load) kg (\(rx.rule))")
            }
        }
    }
}
