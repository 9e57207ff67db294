// Logging one more set into a session of a journal: the set joins its exercise's latest block in the session,
// or starts a new block at the end. The server stores sets by the same rule, so a journal it keeps in memory
// can follow a logged set without rereading the history.
import Foundation

extension Session {
    /// Appends `set` of `exerciseId` after the exercise's latest block of sets, or as a new block at the end.
    public mutating func append(_ set: LoggedSet, of exerciseId: String) {
        if let block = exercises.lastIndex(where: { $0.exerciseId == exerciseId }) {
            exercises[block].sets.append(set)
        } else {
            exercises.append(ExerciseLog(exerciseId: exerciseId, sets: [set]))
        }
    }
}

extension Journal {
    /// Appends a set to the session with id `sessionID`; false (and nothing changed) when there is no such session.
    @discardableResult
    public mutating func append(_ set: LoggedSet, of exerciseId: String, toSession sessionID: String) -> Bool {
        guard let index = sessions.lastIndex(where: { $0.id == sessionID }) else { return false }
        sessions[index].append(set, of: exerciseId)
        return true
    }
}
