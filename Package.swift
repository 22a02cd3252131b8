// swift-tools-version: 6.2
import PackageDescription

// Layering (dependencies point down only), see README "Architecture":
//   govmon (executable) -> CLI -> Server -> APIContract (generated from openapi.yaml)
//   CLI, Server -> Bootstrap -> Application -> Reports, Store -> Interchange -> Governance (pure domain)
//   Application -> DemoBorough -> Governance; Tests/TestSupport is shared by the test targets.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "govmon",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "govmon", targets: ["govmon"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.10.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .target(
            name: "Governance", dependencies: [.product(name: "Tagged", package: "swift-tagged")], swiftSettings: strict),
        // A seeded synthetic borough for demonstrations and benchmarks; no I/O.
        .target(name: "DemoBorough", dependencies: ["Governance"], swiftSettings: strict),
        // Reading DfE and ONS files (CSV, encodings); no SQL.
        .target(name: "Interchange", dependencies: ["Governance"], swiftSettings: strict),
        .target(
            name: "Store",
            dependencies: [
                "Governance",
                "Interchange",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The board report: model, composer and renderers (pure), and printing (Chromium).
        .target(
            name: "Reports",
            dependencies: ["Governance", "Interchange", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        // The use cases, each written once: load through the store, compute with the domain and the
        // reports, record through the store. The command line, the service and its scheduler call these.
        .target(
            name: "Application",
            dependencies: [
                "Governance", "Store", "Reports", "Interchange", "DemoBorough",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: strict),
        // Configuration to typed settings (files, environment, flags), shared by every command and `serve`.
        .target(
            name: "Bootstrap",
            dependencies: [
                "Governance", "Store", "Reports", "Application",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strict),
        // The HTTP contract: types and the server protocol generated from openapi.yaml (a target of its
        // own, so that the generated code is compiled again only when the document changes).
        .target(
            name: "APIContract",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            swiftSettings: strict,
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]),
        // The HTTP service: routes, roles, scheduler, metrics. Same store and domain as the CLI.
        .target(
            name: "Server",
            dependencies: [
                "Governance", "Store", "Reports", "Application", "Interchange", "Bootstrap", "APIContract",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
            ],
            swiftSettings: strict),
        .target(
            name: "CLI",
            dependencies: [
                "Governance", "Store",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "Interchange", "DemoBorough", "Application", "Reports", "Server", "Bootstrap",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "govmon", dependencies: ["CLI"], swiftSettings: strict),
        // Writes national-size synthetic GIAS files for scripts/bench-import.sh.
        .executableTarget(
            name: "govmon-bench", dependencies: ["DemoBorough", "Governance"], path: "Sources/GovmonBench",
            swiftSettings: strict),
        .testTarget(name: "GovernanceTests", dependencies: ["Governance", "DemoBorough"], swiftSettings: strict),
        .testTarget(name: "InterchangeTests", dependencies: ["Interchange"], swiftSettings: strict),
        .testTarget(
            name: "ReportsTests", dependencies: ["Reports", "Governance"], exclude: ["Golden"], swiftSettings: strict),

        // Tests, one target per layer (README "Tests"): `swift test --filter StoreTests` runs one.
        // Fixtures, the test database, processes and the recording HTTP client the suites share.
        .target(
            name: "TestSupport",
            dependencies: [
                "Store", "Governance", "Server", "Bootstrap", "Reports",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/TestSupport", swiftSettings: strict),
        // The store over a real PostgreSQL: register reads and writes, imports, migrations, privileges.
        .testTarget(name: "StoreTests", dependencies: ["Store", "Governance", "TestSupport"], swiftSettings: strict),
        // The use cases, called as the edges call them.
        .testTarget(
            name: "ApplicationTests", dependencies: ["Application", "Store", "Governance", "TestSupport"],
            swiftSettings: strict),
        // The command line (as processes) and its configuration.
        .testTarget(
            name: "CLITests",
            dependencies: [
                "CLI", "Application", "Store", "Governance", "Reports", "Server", "Bootstrap", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict),
        // The service in process: the contract, every operation as every caller, the boundary matrix.
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "Application", "Store", "Governance", "Reports", "Bootstrap", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strict),
        // Slow, multi-process: services started and killed, PostgreSQL stopped under them, fuzzing,
        // SIGKILL during imports, the special-category scan (`swift test --filter IntegrationTests`).
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "Server", "Application", "Store", "Governance", "DemoBorough", "Bootstrap", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
