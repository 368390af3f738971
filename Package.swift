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
        // The model and the gap engine: pure values in, pure values out, no file I/O.
        .target(name: "PerfPlanCore"),
        // Reading CSV/JSON input, diagnostics, and the dataset loader.
        .target(name: "PerfPlanIO", dependencies: ["PerfPlanCore"]),
        // View models, templates, XML (libxml2), SVG charts and the packet writer.
        .target(
            name: "PerfPlanRender",
            dependencies: [
                "PerfPlanCore", "PerfPlanIO", "CLibXML2",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
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
                "PerfPlanCore", "PerfPlanIO", "PerfPlanRender", "CSQLite",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The thin command line: parse options, call the libraries.
        .executableTarget(
            name: "perfplan",
            dependencies: [
                "PerfPlanCore", "PerfPlanIO", "PerfPlanRender", "PerfPlanRegister",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // `perfplan init` writes the sample data: `SampleData` links to the top-level SampleData/.
            resources: [.embedInCode("SampleData")]
        ),
        .testTarget(
            name: "PerfPlanCoreTests",
            dependencies: [
                "PerfPlanCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "PerfPlanIOTests", dependencies: ["PerfPlanIO", "PerfPlanCore"]),
        .testTarget(name: "PerfPlanRenderTests", dependencies: ["PerfPlanRender", "PerfPlanIO", "PerfPlanCore", "CLibXML2"]),
        .testTarget(name: "PerfPlanRegisterTests", dependencies: ["PerfPlanRegister", "PerfPlanCore"]),
        .testTarget(name: "PerfPlanCLITests", dependencies: ["PerfPlanCore"]),
    ],
    swiftLanguageModes: [.v6]
)
