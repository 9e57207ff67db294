// swift-tools-version: 6.1
// Backstrong benchmarks: package-benchmark suites for the core library, kept out of the main build.
// Run with `swift package --scratch-path ../.build-bench benchmark` from this folder (see README.md).
import PackageDescription

let package = Package(
    name: "BackstrongBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Backstrong", path: ".."),
        // Only the malloc interposer: the default RuntimeInterposer trait serves ARC metrics, which crash with
        // Swift 6.3 on Linux, and with this trait list the package resolves here.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "BackstrongBenchmarks",
            dependencies: [
                .product(name: "BackstrongCore", package: "Backstrong"),
                .product(name: "BackstrongImport", package: "Backstrong"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/BackstrongBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        )
    ]
)
