// Reading a journal document: every error names the field at fault and uses a stable code; a valid document
// round-trips; the example journals in /examples all read without error.
import BackstrongCore
import Foundation
import Testing

/// A minimal valid journal document with one session of one exercise and one set.
private func document(_ change: (inout [String: Any]) -> Void = { _ in }) -> Data {
    var answers: [String: Any] = [:]
    for q in ScreeningQuestion.allCases { answers[q.rawValue] = false }
    var doc: [String: Any] = [
        "formatVersion": 1,
        "profile": ["age": 40, "bodyweightKg": 70, "daysPerWeek": 3, "equipment": ["dumbbells"]],
        "screening": ["date": "2026-02-20", "answers": answers],
        "sessions": [
            [
                "date": "2026-02-23",
                "exercises": [["exerciseId": "goblet-squat", "sets": [["weightKg": 10, "reps": 12, "pain": 2]]]],
            ]
        ],
    ]
    change(&doc)
    return try! JSONSerialization.data(withJSONObject: doc)
}

/// Changes the first set of the first session.
private func firstSet(_ change: @escaping (inout [String: Any]) -> Void) -> Data {
    document { doc in
        var sessions = doc["sessions"] as! [[String: Any]]
        var exercises = sessions[0]["exercises"] as! [[String: Any]]
        var sets = exercises[0]["sets"] as! [[String: Any]]
        change(&sets[0])
        exercises[0]["sets"] = sets
        sessions[0]["exercises"] = exercises
        doc["sessions"] = sessions
    }
}

private func readError(_ data: Data) -> InputError? {
    #expect(throws: InputError.self) { try Journal.read(from: data) }
}

@Suite("Journal reader")
struct JournalReaderTests {
    @Test("a valid document reads")
    func valid() throws {
        // given
        let data = document()
        // when
        let journal = try Journal.read(from: data)
        // then
        #expect(journal.sessions.count == 1)
        #expect(journal.sessions[0].exercises[0].sets[0].weightKg == 10)
        #expect(journal.screening?.answers.count == ScreeningQuestion.allCases.count)
    }

    @Test("pain 11 is rejected and names the set's pain field")
    func painOutOfRange() {
        // given
        let data = firstSet { $0["pain"] = 11 }
        // when
        let error = readError(data)
        // then
        #expect(error?.code == .invalidField)
        #expect(error?.field == "sessions[0].exercises[0].sets[0].pain")
        #expect(error?.message.contains("11") == true)
    }

    @Test("a negative weight is rejected and names the field")
    func negativeWeight() {
        // given
        let data = firstSet { $0["weightKg"] = -5 }
        // when
        let error = readError(data)
        // then
        #expect(error?.code == .invalidField)
        #expect(error?.field == "sessions[0].exercises[0].sets[0].weightKg")
    }

    @Test("400 reps is rejected and names the field")
    func tooManyReps() {
        // given
        let data = firstSet { $0["reps"] = 400 }
        // when
        let error = readError(data)
        // then
        #expect(error?.code == .invalidField)
        #expect(error?.field == "sessions[0].exercises[0].sets[0].reps")
    }

    @Test("an unknown exercise id is rejected with a did-you-mean")
    func unknownExercise() {
        // given
        let data = document { doc in
            doc["sessions"] = [
                ["date": "2026-02-23", "exercises": [["exerciseId": "dedlift", "sets": [["reps": 5]]]]]
            ]
        }
        // when
        let error = readError(data)
        // then
        #expect(error?.code == .unknownExercise)
        #expect(error?.field == "sessions[0].exercises[0].exerciseId")
        #expect(error?.message.contains("did you mean") == true)
        #expect(error?.message.contains("deadlift") == true)
    }

    @Test("sessions out of date order are rejected as out of order")
    func outOfOrder() {
        // given
        let data = document { doc in
            var sessions = doc["sessions"] as! [[String: Any]]
            var earlier = sessions[0]
            earlier["date"] = "2026-02-20"
            sessions.append(earlier)
            doc["sessions"] = sessions
        }
        // when
        let error = readError(data)
        // then
        #expect(error?.code == .outOfOrder)
        #expect(error?.field == "sessions[1].date")
    }

    @Test("an unknown key is rejected, never ignored")
    func unknownKey() {
        // given
        let data = firstSet { $0["pian"] = 3 }
        // when
        let error = readError(data)
        // then
        #expect(error?.code == .unknownField)
        #expect(error?.field == "sessions[0].exercises[0].sets[0].pian")
    }

    @Test("an unanswered screening question is a missing field, never a no [5]")
    func unansweredQuestion() {
        // given
        let data = document { doc in
            var screening = doc["screening"] as! [String: Any]
            var answers = screening["answers"] as! [String: Any]
            answers.removeValue(forKey: "saddleNumbness")
            screening["answers"] = answers
            doc["screening"] = screening
        }
        // when
        let error = readError(data)
        // then
        #expect(error?.code == .missingField)
        #expect(error?.field == "screening.answers.saddleNumbness")
    }

    @Test("text that is not JSON is rejected as invalid JSON")
    func invalidJSON() {
        // given
        let data = Data("{\"profile\": {".utf8)
        // when
        let error = readError(data)
        // then
        #expect(error?.code == .invalidJSON)
        #expect(error?.field == nil)
    }

    @Test("a journal written out reads back the same")
    func roundTrip() throws {
        // given
        let journal = JournalBuilder()
            .session(day("2026-02-23"), "goblet-squat", sets(2, kg: 12, reps: 13, rpe: 7.5))
            .checkIn(day("2026-02-24"), pain: 3)
            .build()
        // when
        let back = try Journal.read(from: journal.jsonData())
        // then
        #expect(back == journal)
    }

    @Test("every example journal in examples/ reads without error")
    func examples() throws {
        // given
        let folder = repositoryRoot().appendingPathComponent("examples").resolvingSymlinksInPath()
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        // when / then
        #expect(files.count >= 4)
        for file in files {
            #expect(throws: Never.self, "\(file.lastPathComponent)") { try Journal.read(from: Data(contentsOf: file)) }
        }
    }

    @Test("the bundled example journal reads and plans")
    func bundledExample() throws {
        // given
        let url = try #require(BackstrongResources.exampleJournalURL)
        // when
        let journal = try Journal.read(from: Data(contentsOf: url))
        let plan = try ProgrammeGenerator.plan(journal, start: journal.sessions.last?.day.adding(days: 1) ?? today)
        // then
        #expect(plan.status == .ready)
    }
}

@Suite("STarT Back scores (§3)")
struct StartBackTests {
    @Test(
        "a clinician's total and distress subscale give the category of Hill 2008 [14]",
        arguments: [(0, 0, StartBackRisk.low), (3, 3, .low), (4, 3, .medium), (9, 3, .medium), (4, 4, .high), (9, 5, .high)])
    func category(total: Int, distress: Int, risk: StartBackRisk) {
        #expect(StartBackScore(date: today, total: total, distress: distress).risk == risk)
    }

    @Test("a distress subscale over the total, or out of range, is an input error naming the field")
    func invalidScores() throws {
        // given
        let base = try JSONSerialization.jsonObject(with: JournalBuilder().build().jsonData()) as! [String: Any]
        for (score, field) in [(["date": "2026-02-20", "total": 2, "distress": 3], "startBack[0].distress"),
                               (["date": "2026-02-20", "total": 10, "distress": 3], "startBack[0].total")] {
            var j = base
            j["startBack"] = [score]
            // when / then
            let error = #expect(throws: InputError.self) { try Journal.read(from: JSONSerialization.data(withJSONObject: j)) }
            #expect(error?.field == field)
        }
    }

    @Test("the latest score adds advice only: stage and loads do not change [13, 14]")
    func adviceOnly() throws {
        // given
        let plain = JournalBuilder().session(day("2026-02-26"), "goblet-squat", sets(2, kg: 10, reps: 13)).build()
        var scored = plain
        scored.startBack = [StartBackScore(date: day("2026-02-25"), total: 7, distress: 5)]
        // when
        let a = try ProgrammeGenerator.plan(plain, start: today, weeks: 2)
        let b = try ProgrammeGenerator.plan(scored, start: today, weeks: 2)
        // then
        #expect(a.stage == b.stage && a.sessions == b.sessions)
        let advice = try #require(b.advice.first { $0.kind == .riskStratification })
        #expect(advice.message.contains("high risk") && advice.message.contains("© Keele University"))
        #expect(!a.advice.contains { $0.kind == .riskStratification })
    }
}

@Suite("Exercise catalog")
struct CatalogTests {
    @Test("the bundled catalog loads with at least 35 exercises")
    func size() {
        // given / when
        let count = ExerciseCatalog.standard.exercises.count
        // then
        #expect(count >= 35)
    }

    @Test(
        "McGill's big three (curl-up, side bridge, bird dog) are held for at most 10 s, progressed by more holds [49]",
        arguments: ["curl-up", "side-plank-knees", "side-plank", "bird-dog"])
    func bigThreeHolds(id: String) throws {
        // given / when
        let e = try #require(ExerciseCatalog.standard.exercise(id))
        // then
        #expect(e.measure == .hold)
        #expect((e.holdSeconds ?? 0) <= 10 && (e.holdSeconds ?? 0) >= 7)
    }

    @Test("the bundled catalog contains the required ids", arguments: ExerciseCatalog.requiredIds)
    func requiredIds(id: String) {
        // given / when
        let e = ExerciseCatalog.standard.exercise(id)
        // then
        #expect(e != nil)
    }

    @Test(
        "every movement pattern has a no-equipment bodyweight option from foundation",
        arguments: MovementPattern.allCases)
    func noEquipmentOption(pattern: MovementPattern) {
        // given / when
        let options = ExerciseCatalog.standard.exercises(in: pattern)
            .filter { $0.equipment.isEmpty && $0.load == .bodyweight && $0.minStage == .foundation }
        // then
        #expect(!options.isEmpty)
    }

    @Test("regression and progression links stay within the pattern")
    func links() {
        // given
        let c = ExerciseCatalog.standard
        // when / then
        for e in c.exercises {
            for id in [e.regression, e.progression].compactMap({ $0 }) {
                #expect(c.exercise(id)?.pattern == e.pattern, "\(e.id) → \(id)")
            }
        }
    }
}
