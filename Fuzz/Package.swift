// swift-tools-version: 6.1
// libFuzzer targets for the input readers. A separate package so the main build and
// `swift test` never need the fuzzer runtime. See Fuzz/README.md for the commands.
import PackageDescription

let package = Package(
    name: "perfplan-fuzz",
    dependencies: [.package(name: "perfplan", path: "..")],
    targets: [
        .executableTarget(name: "FuzzCSV", dependencies: [.product(name: "PerfPlanIO", package: "perfplan")],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(name: "FuzzJSON", dependencies: [.product(name: "PerfPlanIO", package: "perfplan")],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ],
    swiftLanguageModes: [.v6]
)
