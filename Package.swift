// swift-tools-version:6.0
import PackageDescription

/// Strict settings for every target: Swift 6 language mode plus the upcoming
/// features swift-log uses, so mistakes surface as errors, not surprises.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "helpdesk",
    products: [
        .executable(name: "helpdesk", targets: ["helpdesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
    ],
    targets: [
        // Domain: pure Swift, no I/O, clock injected.
        .target(name: "HelpDeskCore", dependencies: ["ColumnWidth"], swiftSettings: strict),
        // Management reports over the event journal, with their text, CSV,
        // JSON and HTML renderers: read-only consumers of the domain.
        .target(name: "HelpDeskReports", dependencies: ["ColumnWidth", "HelpDeskCore"], swiftSettings: strict),
        // The caller simulator: Poisson arrivals, patience, virtual agents.
        .target(name: "HelpDeskSimulation", dependencies: ["HelpDeskCore"], swiftSettings: strict),
        // OpenCC (libopencc-dev): the test that keeps the phrase guard's traditional → simplified table equal to OpenCC's.
        .systemLibrary(name: "COpenCC", path: "Sources/COpenCC"),
        // The JSON-file store: journal, snapshot, locks, live watch.
        .target(name: "HelpDeskStore", dependencies: ["CStatFS", "HelpDeskCore", .product(name: "Logging", package: "swift-log")],
                swiftSettings: strict),
        // statfs(2), for the store's refusal of network file systems.
        .systemLibrary(name: "CStatFS", path: "Sources/CStatFS"),
        // swift-log's file handler and the notice board that shows warnings on screen.
        .target(name: "HelpDeskLog", dependencies: [.product(name: "Logging", package: "swift-log")], swiftSettings: strict),
        // Terminal columns of text, measured as glibc's wcwidth (and so ncurses) does:
        // shared by the screens and the domain's text reports.
        .target(name: "ColumnWidth", swiftSettings: strict),
        // Cells, grid, sanitising, diff, widgets: no terminal.
        .target(name: "TermRender", dependencies: ["ColumnWidth"], swiftSettings: strict),
        // The system ncursesw, wide API (see shim.h for why not pkgConfig).
        .systemLibrary(name: "CNcursesW", path: "Sources/CNcursesW"),
        // C helpers ncurses needs from C: the fatal-signal handler.
        .target(name: "CTermSupport", path: "Sources/CTermSupport"),
        // The only module that talks to ncurses.
        .target(name: "NcursesTerminal", dependencies: ["CNcursesW", "CTermSupport", "ColumnWidth", "TermRender"], swiftSettings: strict),
        // Agent console and wallboard: state, update, view.
        .target(name: "HelpDeskUI", dependencies: ["ColumnWidth", "HelpDeskCore", "HelpDeskLog", "TermRender"], swiftSettings: strict),
        // ICU's break iterators (libicu-dev), only for the benchmark's weighing of ICU segmentation.
        .target(name: "CICUBreak", path: "Sources/CICUBreak", linkerSettings: [.linkedLibrary("icuuc")]),
        // libpq, the PostgreSQL client (see docs/storage.md for why not postgres-nio).
        .target(name: "CLibPQ", path: "Sources/CLibPQ"),
        // The PostgreSQL floor: the same FloorStore over a database server.
        .target(name: "HelpDeskPostgres", dependencies: ["CLibPQ", "HelpDeskCore"], swiftSettings: strict),
        // SQLite, only for the benchmark's side-by-side comparison.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .executableTarget(
            name: "helpdesk",
            dependencies: [
                "ColumnWidth", "HelpDeskCore", "HelpDeskLog", "HelpDeskPostgres", "HelpDeskReports", "HelpDeskSimulation",
                "HelpDeskStore", "HelpDeskUI", "NcursesTerminal", "TermRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "helpdesk-bench",
            dependencies: ["HelpDeskCore", "HelpDeskPostgres", "HelpDeskReports", "HelpDeskSimulation", "HelpDeskStore", "HelpDeskUI",
                           "NcursesTerminal", "TermRender", "CSQLite", "CICUBreak",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // What the store and end-to-end tests share: child processes, the built binary.
        .target(name: "TestSupport", dependencies: ["HelpDeskCore"], path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "HelpDeskCoreTests", dependencies: ["HelpDeskCore", "HelpDeskReports", "HelpDeskSimulation", "COpenCC"],
                    swiftSettings: strict),
        .testTarget(name: "HelpDeskStoreTests", dependencies: ["HelpDeskCore", "HelpDeskStore", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "HelpDeskLogTests", dependencies: ["HelpDeskLog", .product(name: "Logging", package: "swift-log")],
                    swiftSettings: strict),
        // One contract for every FloorStore backend, and the PostgreSQL floor's own tests.
        .testTarget(name: "StoreContractTests", dependencies: ["HelpDeskCore", "HelpDeskStore", "HelpDeskPostgres", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "TermRenderTests", dependencies: ["ColumnWidth", "TermRender"], swiftSettings: strict),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TermRender"], swiftSettings: strict),
        .testTarget(name: "HelpDeskUITests", dependencies: ["ColumnWidth", "HelpDeskUI", "HelpDeskCore", "HelpDeskLog", "TermRender"], exclude: ["Snapshots"], swiftSettings: strict),
        .testTarget(name: "EndToEndTests", dependencies: ["HelpDeskCore", "TestSupport"], swiftSettings: strict),
    ]
)
