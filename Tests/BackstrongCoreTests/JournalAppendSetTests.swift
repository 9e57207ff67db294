// Logging one more set into a journal's session: it joins the exercise's latest block, or starts a block at the
// end; an unknown session changes nothing.
import BackstrongCore
import Foundation
import Testing

@Suite("appending a set")
struct JournalAppendSetTests {
    static let squat = LoggedSet(weightKg: 12, reps: 12, rpe: 7, form: .good, pain: 1)
    static let plank = LoggedSet(seconds: 30, form: .good, pain: 0)

    static func journal() -> Journal {
        var j = Journal(profile: Profile(age: 40, bodyweightKg: 70, daysPerWeek: 3))
        j.sessions = [
            Session(id: "a", date: SessionTime(day: day("2026-11-20")), exercises: [ExerciseLog(exerciseId: "goblet-squat", sets: [squat])]),
            Session(id: "b", date: SessionTime(day: day("2026-11-22")), exercises: []),
        ]
        return j
    }

    @Test("squat, plank, squat in a session make two blocks: the squats, then the plank")
    func blocks() {
        var j = Self.journal()
        let appended = [
            j.append(Self.squat, of: "goblet-squat", toSession: "b"), j.append(Self.plank, of: "plank", toSession: "b"),
            j.append(Self.squat, of: "goblet-squat", toSession: "b"),
        ]
        #expect(appended == [true, true, true])
        #expect(j.sessions[1].exercises.map(\.exerciseId) == ["goblet-squat", "plank"])
        #expect(j.sessions[1].exercises.map(\.sets.count) == [2, 1])
        #expect(j.sessions[0].exercises.map(\.sets.count) == [1])
    }

    @Test("a set for a session the journal does not have changes nothing")
    func unknownSession() {
        var j = Self.journal()
        let before = j
        let appended = j.append(Self.squat, of: "goblet-squat", toSession: "missing")
        #expect(!appended)
        #expect(j == before)
    }
}
