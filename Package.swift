// swift-tools-version: 6.1
// Backstrong: resistance-training coach for people with back pain.
// BackstrongCore is the pure domain library (Foundation only); `backstrong` is the CLI on top of it.
import PackageDescription

let package = Package(
    name: "Backstrong",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "BackstrongCore", targets: ["BackstrongCore"]),
        .executable(name: "backstrong", targets: ["backstrong"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "BackstrongCore",
            resources: [.copy("Resources/exercises.json"), .copy("Resources/example-journal.json")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "backstrong",
            dependencies: [
                "BackstrongCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "BackstrongCoreTests",
            dependencies: [
                "BackstrongCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
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
