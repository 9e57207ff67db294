// Locations of the data files bundled with the core library.
import Foundation

/// Bundled resources.
public enum BackstrongResources {
    /// The example journal used by `backstrong plan --example`.
    public static var exampleJournalURL: URL? { Bundle.module.url(forResource: "example-journal", withExtension: "json") }
}
