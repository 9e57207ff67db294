// Merges imported sessions into a journal: nothing lost, nothing doubled. A session whose id the journal
// already has (ids are content-derived, so the same file gives the same ids) is not added again, unless its sets
// changed in the app's newer file (then it is updated); the same workout exported by another app is not doubled.
import BackstrongCore
import Foundation

public enum JournalMerge {
    /// The journal with the files' sessions and custom exercises added, oldest first, and each file's summary
    /// with how many workouts were added and how many the journal already had.
    public static func merge(_ files: [FileImport], into journal: Journal) -> (
        journal: Journal, summaries: [FileSummary]
    ) {
        var j = journal
        var position: [String: Int] = [:]
        for (i, s) in j.sessions.enumerated() { if let id = s.id { position[id] = i } }
        // Each workout's signature with the app it came from: only another app's copy counts as the same workout
        // (one app's two workouts at the same minute with the same sets are told apart by their ids).
        var signatures: [String: Set<String>] = [:]
        for s in j.sessions { signatures[signature(s), default: []].insert(s.source?.app ?? "") }
        var customIds = Set(j.customExercises.map(\.id))
        var summaries: [FileSummary] = []
        var appended = false
        for file in files {
            var summary = file.summary
            for c in file.customExercises where customIds.insert(c.id).inserted {
                j.customExercises.append(c)
            }
            for s in file.sessions {
                if let id = s.id, let i = position[id] {
                    let old = j.sessions[i]
                    if old.exercises != s.exercises, let app = s.source?.app, old.source?.app == app {
                        // The same workout of the same app with other sets: the file is newer. What was added
                        // here (pain before, after and next morning, leg symptoms) is kept.
                        var new = s
                        new.painBefore = s.painBefore ?? old.painBefore
                        new.painAfter = s.painAfter ?? old.painAfter
                        new.nextMorningPain = s.nextMorningPain ?? old.nextMorningPain
                        new.newLegSymptoms = s.newLegSymptoms ?? old.newLegSymptoms
                        j.sessions[i] = new
                        signatures[signature(new), default: []].insert(app)
                        summary.updated += 1
                    } else {
                        summary.alreadyInJournal += 1
                    }
                    continue
                }
                let app = s.source?.app ?? ""
                let present = s.id == nil
                    ? j.sessions.contains(s)
                    : !s.exercises.isEmpty && signatures[signature(s)].map { !$0.subtracting([app]).isEmpty } == true
                if present {
                    summary.alreadyInJournal += 1
                } else {
                    if let id = s.id { position[id] = j.sessions.count }
                    j.sessions.append(s)
                    signatures[signature(s), default: []].insert(app)
                    summary.added += 1
                    appended = true
                }
            }
            summaries.append(summary)
        }
        if appended {
            // Stable: sessions of the same time keep their order (the journal's first, then the files').
            j.sessions = j.sessions.enumerated().sorted { a, b in
                a.element.date < b.element.date || (!(b.element.date < a.element.date) && a.offset < b.offset)
            }.map(\.element)
        }
        return (j, summaries)
    }

    /// What makes two sessions the same workout whichever app exported it: the start to the minute and every
    /// exercise's sets (loads to 0.1 kg, reps, seconds), in any exercise order. Users who moved from Strong to
    /// Hevy have their Strong history in both exports.
    static func signature(_ s: Session) -> String {
        let exercises = s.exercises.map { log in
            log.exerciseId + ":" + log.sets.map { set in
                let kg = set.weightKg.map { String(Int(($0 * 10).rounded())) } ?? "-"
                let seconds = set.seconds.map { String(Int($0.rounded())) } ?? "-"
                return kg + "x" + (set.reps.map(String.init) ?? "-") + "/" + seconds
            }.joined(separator: ",")
        }.sorted()
        return s.date.text.prefix(16) + "|" + exercises.joined(separator: ";")
    }
}
