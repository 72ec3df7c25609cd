// swift-tools-version:6.0
import PackageDescription

/// The product's targets built for speed: Swift's run-time check that no two accesses to a class's
/// stored property overlap (exclusivity) was a tenth of judging a national store
/// (`Docs/performance.md`). The debug build, which every test runs, keeps the check.
let productSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
]

let package = Package(
    name: "talks",
    products: [
        .executable(name: "talks", targets: ["talks"])
    ],
    targets: [
        // SQLite from the operating system (libsqlite3-dev); no third-party package.
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // zlib from the operating system (zlib1g-dev): DEFLATE and CRC-32 for Office files' ZIP containers.
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libpq from the operating system (libpq-dev): the client of a shared PostgreSQL store.
        .systemLibrary(
            name: "CLibPQ",
            path: "Sources/CLibPQ",
            providers: [.apt(["libpq-dev"])]
        ),
        // Value types of the regulation's domain, the dataset format and its validation.
        .target(name: "TalkModel", swiftSettings: productSettings),
        // The rule language, the calendar and the engine that judges records against the rule packs.
        .target(name: "TalkRules", dependencies: ["TalkModel"], swiftSettings: productSettings),
        // The store protocol, typed queries and errors; `SQLite/` its first backend (schema, migrations,
        // SQL), `PostgreSQL/` its second (a database shared by an office's clerks).
        .target(
            name: "TalkStore", dependencies: ["TalkModel", "CSQLite", "CLibPQ"], swiftSettings: productSettings),
        // What people read: aligned tables, record listings, findings.
        .target(name: "TalkText", dependencies: ["TalkModel", "TalkRules"], swiftSettings: productSettings),
        // Office Open XML: the ZIP container, an XML writer, Excel workbooks out and in, the report as Word.
        .target(
            name: "OfficeOpenXML", dependencies: ["TalkModel", "TalkText", "CZlib"], swiftSettings: productSettings),
        // The use cases: what each command does, one transaction each, for every front end.
        .target(
            name: "TalkOffice", dependencies: ["TalkModel", "TalkRules", "TalkStore", "TalkText", "OfficeOpenXML"],
            swiftSettings: productSettings),
        // The command line: argument parsing, a call of a use case, and printing only.
        .executableTarget(
            name: "talks",
            dependencies: ["TalkModel", "TalkRules", "TalkStore", "TalkText", "OfficeOpenXML", "TalkOffice"],
            swiftSettings: productSettings),
        // Writes TalkModel's table of wide characters from Unicode's EastAsianWidth.txt (`make width-table`).
        .executableTarget(name: "GenerateWidthTable"),
        // `make bench`: synthetic national stores and whole-process timings against an SQL baseline.
        .executableTarget(name: "Bench", dependencies: ["TalkModel", "TestSupport"], exclude: ["overdue.sql"]),

        .target(name: "TestSupport", dependencies: ["TalkModel"], path: "Tests/TestSupport"),
        .testTarget(name: "TalkModelTests", dependencies: ["TalkModel", "TestSupport"]),
        .testTarget(name: "TalkStoreTests", dependencies: ["TalkStore", "TalkModel", "TestSupport"]),
        .testTarget(name: "TalkTextTests", dependencies: ["TalkText", "TalkModel", "TestSupport"]),
        .testTarget(
            name: "OfficeOpenXMLTests", dependencies: ["OfficeOpenXML", "TalkModel", "TalkText", "TestSupport"]),
        .testTarget(name: "TalkRulesTests", dependencies: ["TalkRules", "TalkModel", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["talks", "TalkModel", "OfficeOpenXML", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
