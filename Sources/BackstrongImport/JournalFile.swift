// Replacing a journal file atomically: a temporary file in the same folder, then a rename over the journal,
// so a reader sees the old journal or the new one, never half of one.
import Foundation

public enum JournalFile {
    /// Writes `data` to a temporary file next to `path`, then renames it over `path` (atomic on POSIX).
    /// On failure the journal is untouched and the temporary file removed.
    public static func replace(_ path: String, with data: Data) throws {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temp)
            // A journal is private: the new file keeps the old one's permissions (e.g. 0600), not the umask's.
            if let mode = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] {
                try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temp.path)
            }
            guard rename(temp.path, url.path) == 0 else {
                throw CocoaError(
                    .fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }
}
