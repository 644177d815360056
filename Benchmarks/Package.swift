// swift-tools-version: 6.1
import Foundation
import PackageDescription

// A path dependency is identified by its folder's name, which differs between
// checkouts and worktrees: derive it instead of spelling it.
let gacetaIdentity = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

// Benchmarks live in their own package so the main package does not depend on
// the benchmark harness. Run with `swift package benchmark` from this folder.
let package = Package(
    name: "GacetaBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "AnalysisBenchmarks",
            dependencies: [
                .product(name: "Gaceta", package: gacetaIdentity),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "AnalysisBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
        .executableTarget(
            name: "SearchBenchmarks",
            dependencies: [
                .product(name: "Gaceta", package: gacetaIdentity),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "SearchBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ]
)
