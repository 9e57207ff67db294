// The name a person knows an exercise by, for messages: the catalog's, else the custom exercise's from an import,
// else its id.
import Foundation

extension Journal {
    /// The exercise's name: from the catalog, else the journal's custom exercises, else the id itself.
    public func exerciseName(_ id: String, catalog: ExerciseCatalog = .standard) -> String {
        catalog.exercise(id)?.name ?? customExercises.first { $0.id == id }?.name ?? id
    }
}
