// Runs the built `backstrong` executable as a user would, and captures what they see: stdout, stderr, exit status.
// Output goes to files, not pipes, so a large plan can never fill a pipe buffer and deadlock the test.
import Foundation

/// What one run of `backstrong` printed and how it exited.
struct CLIResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Standard output parsed with `JSONSerialization`, as any JSON consumer would read it.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
    }
}

/// A failure of the runner itself (not of the command under test).
struct CLIRunnerError: Error, CustomStringConvertible {
    var description: String
}

enum CLI {
    /// The package root, found from this file's path: `<root>/Tests/backstrongTests/CLIRunner.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One of the journals in `examples/`.
    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("examples").appendingPathComponent(name).path
    }

    /// The `backstrong` binary built next to the test bundle; `swift test` builds it first because the test target
    /// depends on it. Falls back to `<root>/.build/debug/backstrong`.
    static let executable: URL = {
        var directories: [URL] = []
        // Linux: the tests run as `<products>/BackstrongPackageTests.xctest`, a plain executable.
        if let first = CommandLine.arguments.first {
            directories.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        // macOS: a bundle `<products>/BackstrongPackageTests.xctest/Contents/MacOS/…` loaded by `xctest`.
        for bundle in [Bundle.main] + Bundle.allBundles {
            let url = bundle.bundleURL
            directories.append(url.pathExtension == "xctest" ? url.deletingLastPathComponent() : url)
        }
        directories.append(packageRoot.appendingPathComponent(".build/debug"))
        for directory in directories {
            let candidate = directory.appendingPathComponent("backstrong")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return packageRoot.appendingPathComponent(".build/debug/backstrong")
    }()

    /// Runs `backstrong arguments…` in `directory` (the package root by default, so `examples/…` paths work),
    /// with `stdin` as standard input (empty when nil). Gives up after `timeout` seconds.
    static func run(
        _ arguments: [String], stdin: Data? = nil, in directory: URL = packageRoot, timeout: TimeInterval = 60
    ) throws -> CLIResult {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw CLIRunnerError(description: "no backstrong executable at \(executable.path); run `swift build` first")
        }
        let scratch = try ScratchFolder()
        let outURL = try scratch.write("stdout", Data())
        let errURL = try scratch.write("stderr", Data())
        let inURL = try scratch.write("stdin", stdin ?? Data())

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let input = try FileHandle(forReadingFrom: inURL)
        let output = try FileHandle(forWritingTo: outURL)
        let errors = try FileHandle(forWritingTo: errURL)
        defer {
            try? input.close()
            try? output.close()
            try? errors.close()
        }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw CLIRunnerError(
                description: "backstrong \(arguments.joined(separator: " ")) ran for over \(timeout) s")
        }
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A fresh temporary folder, deleted with everything in it when the value goes away.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("backstrong-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `data` to `name` in the folder and returns its URL.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file
    }

    /// Writes `text` to `name` in the folder and returns its path.
    func write(_ name: String, text: String) throws -> String {
        try write(name, Data(text.utf8)).path
    }
}
