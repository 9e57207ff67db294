// Merges imported sessions into a journal: nothing lost, nothing doubled. A session whose id the journal
// already has (ids are content-derived, so the same file gives the same ids) is not added again.
import BackstrongCore
import Foundation

public enum JournalMerge {
    /// The journal with the files' sessions and custom exercises added, oldest first, and each file's summary
    /// with how many workouts were added and how many the journal already had.
    public static func merge(_ files: [FileImport], into journal: Journal) -> (
        journal: Journal, summaries: [FileSummary]
    ) {
        var j = journal
        var ids = Set(j.sessions.compactMap(\.id))
        var customIds = Set(j.customExercises.map(\.id))
        var summaries: [FileSummary] = []
        var appended = false
        for file in files {
            var summary = file.summary
            for c in file.customExercises where customIds.insert(c.id).inserted {
                j.customExercises.append(c)
            }
            for s in file.sessions {
                let present: Bool
                if let id = s.id { present = !ids.insert(id).inserted } else { present = j.sessions.contains(s) }
                if present {
                    summary.alreadyInJournal += 1
                } else {
                    j.sessions.append(s)
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
}
