// Exercise filters (clinical-rules §2.4, §7.2, §8): each sensitivity and condition excludes its spinal-demand tags
// and substitutes within the pattern, never dropping it; equipment is respected; foundation is bodyweight only.
import BackstrongCore
import Testing

/// Five weeks of weekly sessions of `exerciseId` before `today`, with every piece of equipment, so the person is
/// at the strength stage and the plan would continue that exercise if it were allowed.
private func trainedWith(_ exerciseId: String, change: (inout Profile) -> Void = { _ in }) -> JournalBuilder {
    var b = JournalBuilder().profile {
        $0.equipment = Equipment.allCases
        change(&$0)
    }
    for w in 1...5 {
        let e = exercise(exerciseId)
        let logged = e.load == .external ? sets(2, kg: 20, reps: 8) : sets(2, reps: 12)
        b = b.session(today.adding(days: -7 * w + 2), exerciseId, logged)
    }
    return b
}

private func planFor(_ builder: JournalBuilder) throws -> Plan {
    try ProgrammeGenerator.plan(builder.build(), start: today, weeks: 2)
}

/// Cleared by a professional after the screening, so conditions give a ready plan.
private func cleared(_ p: inout Profile) {
    p.clearedByProfessional = true
    p.clearedOn = day("2026-02-21")
}

@Suite("Exercise filters (§2.4, §8)")
struct ExerciseFilterTests {
    @Test(
        "each sensitivity excludes its tag and substitutes within the pattern, never dropping it (§8)",
        arguments: [
            (Sensitivity.flexion, SpinalDemand.loadedFlexion, "sit-up"),
            (.extension, .endRangeExtension, "superman"),
            (.rotation, .rotation, "russian-twist"),
            (.axialLoad, .axialLoad, "back-squat"),
        ])
    func sensitivityExcludesAndSubstitutes(sensitivity: Sensitivity, tag: SpinalDemand, loggedId: String) throws {
        // given: the person has been doing an exercise with the tag
        let without = trainedWith(loggedId)
        let with = trainedWith(loggedId) { $0.sensitivities = [sensitivity] }
        // when
        let before = try planFor(without)
        let after = try planFor(with)
        // then: without the sensitivity the tagged exercise is planned; with it, it is replaced in its pattern
        #expect(plannedExercises(before).contains { $0.exercise.id == loggedId })
        let planned = plannedExercises(after)
        #expect(!planned.contains { $0.exercise.spinalDemands.contains(tag) })
        let pattern = exercise(loggedId).pattern
        let replacement = planned.first { $0.exercise.pattern == pattern }
        #expect(replacement != nil, "pattern \(pattern) was dropped")
        #expect(replacement?.prescription.replaces == loggedId)
        #expect(after.exclusions.contains { $0.tag == tag })
    }

    @Test(
        "the substitutes are the nearest safe variations named in §8",
        arguments: [
            (Sensitivity.flexion, "sit-up", "curl-up"),
            (.flexion, "deadlift", "block-deadlift"),
            (.extension, "superman", "bird-dog"),
            (.axialLoad, "back-squat", "goblet-squat"),
        ])
    func namedSubstitutes(sensitivity: Sensitivity, excluded: String, expected: String) {
        // given
        let profile = Profile(age: 40, bodyweightKg: 70, equipment: Equipment.allCases, sensitivities: [sensitivity])
        let filter = ExerciseFilter(profile: profile, screening: nil, stage: .strength)
        // when
        let sub = filter.substitute(for: exercise(excluded))
        // then
        #expect(!filter.allows(exercise(excluded)))
        #expect(sub?.id == expected)
    }

    @Test("a rotation sensitivity replaces Russian twists with anti-rotation work (§8)")
    func rotationSubstitute() throws {
        // given
        let profile = Profile(age: 40, bodyweightKg: 70, equipment: [.resistanceBand], sensitivities: [.rotation])
        let filter = ExerciseFilter(profile: profile, screening: nil, stage: .loading)
        // when
        let sub = try #require(filter.substitute(for: exercise("russian-twist")))
        // then
        #expect(sub.pattern == .coreAntiRotation)
        #expect(!sub.spinalDemands.contains(.rotation))
        #expect(sub.id == "pallof-press-band")
    }

    @Test("pregnancy: no exercise lying on the back, and effort capped at RPE 8 [17]")
    func pregnancyNoSupine() throws {
        // given
        let builder = JournalBuilder().profile {
            $0.equipment = Equipment.allCases
            $0.conditions = [.pregnancy]
            cleared(&$0)
        }.with { $0.assessments = [passingAssessment(backExtension: 40)] }  // foundation: most supine options
        // when
        let plan = try planFor(builder)
        // then
        #expect(plan.status == .ready)
        let planned = plannedExercises(plan)
        #expect(!planned.isEmpty)
        #expect(!planned.contains { $0.exercise.spinalDemands.contains(.supine) })
        #expect(planned.allSatisfy { $0.prescription.targetRPE <= 8 })
        #expect(plan.advice.contains { $0.kind == .pregnancyStopSigns })
    }

    @Test(
        "pregnancy: side-lying, on all fours or standing instead of on the back or face down, core still in every session [17]",
        arguments: ["curl-up", "plank", "superman", "push-up"])
    func pregnancyNoProne(trainedExercise: String) throws {
        // given: someone who trained a supine or face-down exercise for five weeks, now pregnant and cleared
        let builder = trainedWith(trainedExercise) {
            $0.conditions = [.pregnancy]
            cleared(&$0)
        }
        // when
        let plan = try planFor(builder)
        // then: nothing on the back or face down, and every session keeps its core work
        #expect(plan.status == .ready)
        let planned = plannedExercises(plan)
        for (_, e, _) in planned {
            #expect(!e.spinalDemands.contains(.supine) && !e.spinalDemands.contains(.prone), "\(e.id)")
        }
        for session in plan.sessions {
            #expect(session.exercises.contains { $0.pattern.isCore }, "\(session.date.iso)")
        }
        // no anti-extension exercise fits, so side-lying core work takes its place, and the reason says why
        let standIn = try #require(plan.sessions.flatMap(\.exercises).first { $0.reason.contains("No core (anti-extension) exercise fits") })
        #expect(standIn.pattern == .coreLateral)
        #expect(standIn.reason.contains("pregnancy [17]"))
        #expect(!plan.advice.contains { $0.kind == .substitution && $0.message.contains("anti-extension") })
    }

    @Test(
        "osteoporosis, spondylolisthesis and stenosis come with advice on what helps and what to avoid [16, 19–21]",
        arguments: [
            (Condition.osteoporosis, "3–5 seconds", "[16]"), (.spondylolisthesis, "pelvic tilts and curl-ups", "[19, 20]"),
            (.spinalStenosis, "cycling", "[21]"),
        ])
    func conditionGuidance(condition: Condition, says: String, source: String) throws {
        // given
        let builder = JournalBuilder().profile {
            $0.conditions = [condition]
            cleared(&$0)
        }
        // when
        let plan = try planFor(builder)
        // then
        let advice = try #require(plan.advice.first { $0.kind == .conditionGuidance })
        #expect(advice.message.contains(says))
        #expect(advice.source == source)
    }

    @Test("pregnancy with no equipment still pulls: a standing doorway row, not a face-down raise [17]")
    func pregnancyPullWithoutEquipment() throws {
        // given: no equipment at all, loading stage
        let builder = JournalBuilder().profile {
            $0.equipment = []
            $0.conditions = [.pregnancy]
            cleared(&$0)
        }
        // when
        let plan = try planFor(builder)
        // then
        let pulls = plan.sessions.flatMap(\.exercises).filter { $0.pattern == .pull }
        #expect(!pulls.isEmpty)
        #expect(pulls.allSatisfy { $0.exerciseId == "doorway-row" })
        #expect(!plan.advice.contains { $0.kind == .substitution })
    }

    @Test("pregnancy: asking for a plank gives side-lying core work instead, with the reason [17]")
    func pregnancyPlankOnRequest() throws {
        // given
        let journal = JournalBuilder().profile {
            $0.equipment = Equipment.allCases
            $0.conditions = [.pregnancy]
            cleared(&$0)
        }.build()
        // when
        let p = try #require(try ProgrammeGenerator.next(journal, today: today, exerciseId: "plank").sessions.first?.exercises.first)
        // then
        #expect(p.pattern == .coreLateral)
        #expect(p.replaces == "plank")
        #expect(p.reason.hasPrefix("Instead of Plank: Plank is done face down, left out because pregnancy"), "\(p.reason)")
    }

    @Test("reasons name demands, movements, conditions and equipment in words, never as internal names")
    func reasonsInWords() throws {
        // given a person sensitive to axial load, with spinal stenosis, and only dumbbells
        let filter = ExerciseFilter(
            profile: JournalBuilder().profile {
                $0.equipment = [.dumbbells]
                $0.sensitivities = [.axialLoad]
                $0.conditions = [.spinalStenosis]
                cleared(&$0)
            }.build().profile, screening: nil, stage: .strength)
        let catalog = ExerciseCatalog.standard
        // when
        let squatExercise = try #require(catalog.exercise("back-squat"))
        let pulldownExercise = try #require(catalog.exercise("lat-pulldown"))
        let squat = try #require(filter.whyNot(squatExercise))
        let pulldown = try #require(filter.whyNot(pulldownExercise))
        let reasons = ExerciseCatalog.standard.exercises.compactMap(filter.whyNot).joined(separator: "\n")
        // then
        #expect(squat.contains("puts load down through the spine, left out because you listed load pressing down through the spine"), "\(squat)")
        #expect(pulldown.contains("needs a lat pulldown machine"), "\(pulldown)")
        #expect(reasons.contains("spinal stenosis"))
        for raw in ["axialLoad", "spinalStenosis", "latPulldownMachine", "endRangeExtension", "involves"] {
            #expect(!reasons.contains(raw), "\(raw) in: \(reasons)")
        }
    }

    @Test("osteoporosis: no floor lifts, loaded flexion or rotation [16]")
    func osteoporosis() throws {
        // given: a deadlifter with every piece of equipment
        let builder = trainedWith("deadlift") {
            $0.conditions = [.osteoporosis]
            cleared(&$0)
        }
        // when
        let plan = try planFor(builder)
        // then
        #expect(plan.status == .ready)
        let planned = plannedExercises(plan)
        #expect(planned.contains { $0.exercise.pattern == .hinge })
        for (_, e, _) in planned {
            #expect(e.spinalDemands.allSatisfy { ![.floorLift, .loadedFlexion, .rotation].contains($0) }, "\(e.id)")
        }
    }

    @Test(
        "each condition leaves out its tags after clearance [13, 16–21]",
        arguments: [
            (Condition.spondylolisthesis, [SpinalDemand.endRangeExtension]),
            (.spinalStenosis, [.endRangeExtension, .overhead]),
            (.sciatica, [.loadedFlexion, .floorLift]),
        ])
    func conditionExclusions(condition: Condition, tags: [SpinalDemand]) throws {
        // given
        let builder = trainedWith("superman") {
            $0.conditions = [condition]
            cleared(&$0)
        }
        // when
        let plan = try planFor(builder)
        // then
        #expect(plan.status == .ready)
        #expect(Set(plan.exclusions.map(\.tag)).isSuperset(of: tags))
        for (_, e, _) in plannedExercises(plan) {
            #expect(Set(e.spinalDemands).isDisjoint(with: tags), "\(e.id)")
        }
    }

    @Test("leg pain below the knee leaves out loaded flexion and floor lifts once cleared [13]")
    func legPainExclusions() throws {
        // given
        let builder = trainedWith("deadlift") { cleared(&$0) }.answering(.legPainBelowKnee)
        // when
        let plan = try planFor(builder)
        // then
        #expect(plan.status == .ready)
        for (_, e, _) in plannedExercises(plan) {
            #expect(!e.spinalDemands.contains(.floorLift) && !e.spinalDemands.contains(.loadedFlexion), "\(e.id)")
        }
    }

    @Test(
        "no planned exercise needs equipment the person lacks",
        arguments: [[], [Equipment.dumbbells], [.resistanceBand, .stabilityBall]])
    func equipmentRespected(equipment: [Equipment]) throws {
        // given
        let builder = JournalBuilder().profile { $0.equipment = equipment }
        // when
        let plan = try planFor(builder)
        // then
        let planned = plannedExercises(plan)
        #expect(!planned.isEmpty)
        for (_, e, _) in planned { #expect(e.isAvailable(with: Set(equipment)), "\(e.id)") }
        let patterns = Set(planned.map(\.exercise.pattern))
        #expect(patterns.isSuperset(of: [.hinge, .pull, .spinalExtension, .squat, .lunge, .push]))
    }

    @Test("the foundation stage prescribes no external loads (§7.2)")
    func foundationBodyweightOnly() throws {
        // given: every piece of equipment, but a 20 s plank keeps foundation
        let builder = JournalBuilder().profile { $0.equipment = Equipment.allCases }.with {
            var a = passingAssessment()
            a.plankSeconds = 20
            $0.assessments = [a]
        }
        // when
        let plan = try planFor(builder)
        // then
        #expect(plan.stage == .foundation)
        let planned = plannedExercises(plan)
        #expect(!planned.isEmpty)
        for (_, e, p) in planned {
            #expect(e.load == .bodyweight, "\(e.id)")
            #expect(p.loadKg == nil, "\(e.id)")
        }
    }

    @Test("a logged loaded exercise is swapped for bodyweight work when the stage drops to foundation (§7.2)")
    func foundationReplacesLoggedLoad() throws {
        // given: goblet squats logged, then test pain 6
        let builder = JournalBuilder()
            .with {
                var a = passingAssessment(on: day("2026-02-27"))
                a.painDuringTests = 6
                $0.assessments = [a]
            }
            .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 12, reps: 13))
        // when
        let plan = try planFor(builder)
        // then
        let squat = plannedExercises(plan).first { $0.exercise.pattern == .squat }
        #expect(squat?.exercise.load == .bodyweight)
        #expect(squat?.prescription.replaces == "goblet-squat")
    }
}
