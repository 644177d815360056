// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Gaceta",
    products: [
        .library(name: "Gaceta", targets: ["Gaceta"]),
        .library(name: "GacetaEvaluation", targets: ["GacetaEvaluation"]),
        .executable(name: "gaceta", targets: ["GacetaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `swift package generate-documentation --target Gaceta` builds the DocC catalog.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The only place that sees ICU, Snowball, zlib and zstd headers: its public
        // headers expose our own plain-C functions and opaque handles, because the
        // system ICU types clash with the copy of ICU inside Foundation.
        .target(
            name: "CGacetaSupport",
            linkerSettings: [
                .linkedLibrary("icuuc"),
                .linkedLibrary("icui18n"),
                .linkedLibrary("stemmer"),
                .linkedLibrary("zstd"),
                .linkedLibrary("z"),
            ]
        ),
        .target(
            name: "Gaceta",
            dependencies: ["CGacetaSupport"]
        ),
        // Judged queries, relevance metrics and known-item sets: what `gaceta eval`
        // and the benchmarks measure ranking with, kept out of the library an
        // embedder links. It sees only Gaceta's public API.
        .target(
            name: "GacetaEvaluation",
            dependencies: ["Gaceta"]
        ),
        .executableTarget(
            name: "GacetaCLI",
            dependencies: [
                "Gaceta",
                "GacetaEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/gaceta"
        ),
        .testTarget(
            name: "GacetaTests",
            dependencies: ["Gaceta", "CGacetaSupport"],
            // Read from the source tree by path; the query fuzzer seeds from them too.
            exclude: ["Query/Fixtures"]
        ),
        .testTarget(
            name: "GacetaEvaluationTests",
            dependencies: ["GacetaEvaluation", "Gaceta"]
        ),
    ]
)
