// swift-tools-version: 6.1
// Backstrong: resistance-training coach for people with back pain.
// BackstrongCore is the pure domain library (Foundation only); `backstrong` is the CLI on top of it.
import PackageDescription

let package = Package(
    name: "Backstrong",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "BackstrongCore", targets: ["BackstrongCore"]),
        .library(name: "BackstrongImport", targets: ["BackstrongImport"]),
        .library(name: "BackstrongServer", targets: ["BackstrongServer"]),
        .executable(name: "backstrong", targets: ["backstrong"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/leaf-kit.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        .target(
            name: "BackstrongCore",
            resources: [.copy("Resources/exercises.json"), .copy("Resources/example-journal.json")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // Import from Strong, Hevy and FitNotes, and export to CSV, JSON and iCalendar (a hand-written CSV
        // tokenizer; see CSVTokenizer.swift for why no CSV library).
        .target(
            name: "BackstrongImport",
            dependencies: ["BackstrongCore"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // Heap tuning for the server on glibc (calls Swift's Glibc module does not export).
        .target(name: "CMemoryTuning"),
        // The web app and JSON API (Vapor, Fluent on SQLite or PostgreSQL, Leaf pages).
        .target(
            name: "BackstrongServer",
            dependencies: [
                "BackstrongCore",
                "BackstrongImport",
                "CMemoryTuning",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "LeafKit", package: "leaf-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "backstrong",
            dependencies: [
                "BackstrongCore",
                "BackstrongImport",
                "BackstrongServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(
            name: "BackstrongPropertyChecks",
            dependencies: [.product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/BackstrongPropertyChecks",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "BackstrongCoreTests",
            dependencies: [
                "BackstrongCore",
                "BackstrongPropertyChecks",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "BackstrongImportTests",
            dependencies: [
                "BackstrongImport",
                "BackstrongCore",
                "BackstrongPropertyChecks",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "BackstrongServerTests",
            dependencies: [
                "BackstrongServer",
                "BackstrongCore",
                .product(name: "VaporTesting", package: "vapor"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "backstrongTests",
            dependencies: ["backstrong"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
