// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "perfplan",
    // Linux (glibc) only: file output, locks and signals call Glibc directly, so no Apple
    // platform is declared (SwiftPM's `platforms` can only name Apple ones).
    products: [
        .executable(name: "perfplan", targets: ["perfplan"]),
        .library(name: "PerfPlanCore", targets: ["PerfPlanCore"]),
        .library(name: "PerfPlanIO", targets: ["PerfPlanIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The system's SQLite for the plan register (docs/register.md says why not a package).
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The model, the gap and progress engines, validation: pure values in, pure values
        // out, single-threaded, no C library, no global mutable state.
        .target(name: "PerfPlanCore"),
        // The one wall around C interop: threads and the executor, the file system, the
        // output folder and its lock, staging and publishing, signals, the console, file
        // reading, the allocator's settings and the C library's log-gamma (Fisher's exact test).
        .target(
            name: "PerfPlanSystem",
            dependencies: [
                "PerfPlanCore",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Input only: reading CSV/JSON, diagnostics (FILE:LINE), and the dataset loader.
        .target(name: "PerfPlanIO", dependencies: ["PerfPlanCore", "PerfPlanSystem"]),
        // View models, templates, documents, XML (libxml2), SVG charts: bytes out, no I/O.
        .target(
            name: "PerfPlanRender",
            dependencies: [
                "PerfPlanCore", "CLibXML2",
                .product(name: "Mustache", package: "swift-mustache"),
                // The HR workbook (hr-workbook.xlsx) is a ZIP of XML parts.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The built-in templates and the schema, compiled into the binary (so perfplan
            // works from any directory): `BuiltInTemplates` links to the top-level Templates/.
            resources: [.embedInCode("BuiltInTemplates")]
        ),
        // The plan register: what generate issued and progress decided, in SQLite; the pure
        // combination with the `plans` data apart from the database I/O.
        .target(
            name: "PerfPlanRegister",
            dependencies: [
                "PerfPlanCore", "PerfPlanSystem", "CSQLite",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // One action per command, each perform() listing its steps; the packet and progress
        // generators, merge and the reading of plan packets. It calls the executor itself.
        .target(
            name: "PerfPlanCommands",
            dependencies: [
                "PerfPlanCore", "PerfPlanSystem", "PerfPlanIO", "PerfPlanRender", "PerfPlanRegister", "CLibXML2",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The thin command line: typed options parsed once, an action per subcommand.
        .executableTarget(
            name: "perfplan",
            dependencies: [
                "PerfPlanCore", "PerfPlanSystem", "PerfPlanRender", "PerfPlanRegister", "PerfPlanCommands",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // `perfplan init` writes the sample data: `SampleData` links to the top-level SampleData/.
            resources: [.embedInCode("SampleData")]
        ),
        .testTarget(
            name: "PerfPlanCoreTests",
            dependencies: [
                "PerfPlanCore", "PerfPlanSystem",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "PerfPlanSystemTests", dependencies: ["PerfPlanSystem", "PerfPlanCore"]),
        .testTarget(name: "PerfPlanIOTests", dependencies: ["PerfPlanIO", "PerfPlanSystem", "PerfPlanCore"]),
        // The differential tests read `--templates` folders the way the commands do.
        .testTarget(
            name: "PerfPlanRenderTests",
            dependencies: ["PerfPlanRender", "PerfPlanCommands", "PerfPlanIO", "PerfPlanCore", "CLibXML2"]
        ),
        .testTarget(name: "PerfPlanRegisterTests", dependencies: ["PerfPlanRegister", "PerfPlanSystem", "PerfPlanCore"]),
        .testTarget(
            name: "PerfPlanCommandsTests",
            dependencies: ["PerfPlanCommands", "PerfPlanRender", "PerfPlanSystem", "PerfPlanIO", "PerfPlanCore", "CLibXML2"]
        ),
        .testTarget(name: "PerfPlanCLITests", dependencies: ["PerfPlanCore"]),
    ],
    swiftLanguageModes: [.v6]
)
