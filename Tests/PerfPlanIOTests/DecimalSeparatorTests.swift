import Foundation
import PerfPlanCore
import PerfPlanSystem
import Testing

@testable import PerfPlanIO

/// `"decimal_separator": ","`: CSV numbers read with a decimal comma, and every way a
/// number can be written with the other separator or with grouping, with its message.
@Suite struct DecimalSeparatorTests {
    static let comma = NumberReading(separator: .comma, setByPolicy: true)
    static let pointSet = NumberReading(separator: .point, setByPolicy: true)

    @Test func commaNumbers() {
        #expect(NumberText.parse("96,9", Self.comma) == .value(96.9))
        #expect(NumberText.parse("1250,5", Self.comma) == .value(1250.5))
        #expect(NumberText.parse("-0,25", Self.comma) == .value(-0.25))
        #expect(NumberText.parse(",5", Self.comma) == .value(0.5))
        #expect(NumberText.parse("12", Self.comma) == .value(12))
        #expect(NumberText.parse("+3,5", Self.comma) == .value(3.5))
        #expect(NumberText.parse("1,5e3", Self.comma) == .value(1500))
        #expect(NumberText.parse("0,1234567890123456789", Self.comma) == .value(0.1234567890123456789))
        #expect(NumberText.writtenDecimals("12,50", separator: .comma) == 2)
        #expect(NumberText.writtenDecimals("12.50", separator: .comma) == 0)
        #expect(NumberText.fastPath("96,9".utf8, point: UInt8(ascii: ",")) == 96.9)
        #expect(NumberText.fastPath("96.9".utf8, point: UInt8(ascii: ",")) == nil)
        #expect(NumberText.fastPath("96,9".utf8) == nil)
    }

    @Test func wrongSeparatorSaysWhichWasExpected() {
        #expect(
            NumberText.parse("96.9", Self.comma)
                == .invalid("is not a number (decimal separator is ',' as perfplan.json sets)"))
        #expect(
            NumberText.parse("1.250", Self.comma)
                == .invalid("is not a number (decimal separator is ',' as perfplan.json sets)"))
        #expect(
            NumberText.parse("96,9")
                == .invalid(
                    "is not a number (decimal separator is '.'; for decimal commas set \"decimal_separator\": \",\" in perfplan.json)"
                ))
        #expect(
            NumberText.parse("96,9", Self.pointSet)
                == .invalid("is not a number (decimal separator is '.' as perfplan.json sets)"))
        #expect(NumberText.parse("abc", Self.comma) == .invalid("is not a number"))
        #expect(NumberText.parse("1,2,3", Self.comma) == .invalid("is not a number"))
        #expect(NumberText.parse("1e999", Self.comma) == .invalid("is out of range"))
    }

    @Test func groupingIsNeverAccepted() {
        #expect(
            NumberText.parse("1.250,5", Self.comma)
                == .invalid(
                    "is not a number (decimal separator is ',' as perfplan.json sets; grouping separators are not accepted: write 1250,5)"
                ))
        #expect(
            NumberText.parse("1.250.000", Self.comma)
                == .invalid(
                    "is not a number (decimal separator is ',' as perfplan.json sets; grouping separators are not accepted: write 1250000)"
                ))
        #expect(
            NumberText.parse("1\u{202F}250,5", Self.comma)
                == .invalid(
                    "is not a number (decimal separator is ',' as perfplan.json sets; grouping separators are not accepted: write 1250,5)"
                ))
        #expect(
            NumberText.parse("-1 250", Self.comma)
                == .invalid(
                    "is not a number (decimal separator is ',' as perfplan.json sets; grouping separators are not accepted: write -1250)"
                ))
        #expect(
            NumberText.parse("1,250.5")
                == .invalid(
                    "is not a number (decimal separator is '.'; grouping separators are not accepted: write 1250.5)"))
        #expect(
            NumberText.parse("1.234,5")
                == .invalid(
                    "is not a number (decimal separator is '.'; grouping separators are not accepted: write 1234.5)"))
        // Which mark is the decimal one is not clear: no suggestion.
        #expect(
            NumberText.parse("1.2.3,4,5", Self.comma)
                == .invalid(
                    "is not a number (decimal separator is ',' as perfplan.json sets; grouping separators are not accepted)"
                ))
    }

    static let policy = "{\n  \"decimal_separator\": \",\"\n}\n"

    /// The fixture in `;` and `,`, as Excel in Germany writes it.
    static func semicolonFiles() -> [String: String] {
        var files: [String: String] = [:]
        for (name, text) in Fixture.csvFiles {
            files[name] = CSVRestyler.restyle(
                text, dataset: String(name.dropLast(4)), from: .pointAndComma, to: .commaAndSemicolon)
        }
        files["perfplan.json"] = policy
        return files
    }

    @Test func theFixtureReadsTheSameInBothStyles() throws {
        let files = Self.semicolonFiles()
        #expect(files["actuals.csv"]!.contains("E2;csat;2026-10;3,5;;survey"))
        #expect(files["employees.csv"]!.contains("M1;Núñez, Ana;"))
        let comma = try Fixture.load(files)
        let point = try Fixture.load(Fixture.csvFiles)
        #expect(comma.diagnostics.map(\.description) == [])
        let a = try #require(comma.dataset)
        let b = try #require(point.dataset)
        #expect(Array(a.actuals) == Array(b.actuals))
        #expect(
            a.targets == b.targets && a.indicators == b.indicators && a.benchmarks == b.benchmarks && a.plans == b.plans
        )
        #expect(a.policy.decimalSeparator == .comma)
        // And back: the `,`/`.` text again, byte for byte (the notes quote a cell that needs
        // no quotes, which the restyler leaves unquoted).
        for (name, text) in Fixture.csvFiles where name != "notes.csv" {
            let back = CSVRestyler.restyle(
                files[name]!, dataset: String(name.dropLast(4)), from: .commaAndSemicolon, to: .pointAndComma)
            #expect(back == text + "\n", "\(name)")
        }
    }

    static func messages(_ files: [String: String]) throws -> [String] {
        try Fixture.load(files).diagnostics.map(\.description)
    }

    @Test func everyFileReportsTheOtherSeparatorAtItsLine() throws {
        var files = Self.semicolonFiles()
        files["actuals.csv"] = files["actuals.csv"]!.replacingOccurrences(of: "3,5", with: "3.5")
        files["targets.csv"] = files["targets.csv"]!.replacingOccurrences(
            of: "220000;10000;4", with: "220000;10000;4.5")
        files["indicators.csv"] = files["indicators.csv"]!.replacingOccurrences(
            of: ";1;5;2;1;", with: ";1;5;2;1.250,5;")
        files["benchmarks.csv"] = files["benchmarks.csv"]!.replacingOccurrences(of: "300000", with: "300 000")
        #expect(
            try Self.messages(files) == [
                "actuals.csv:5: value \"3.5\" is not a number (decimal separator is ',' as perfplan.json sets)",
                "benchmarks.csv:2: value \"300 000\" is not a number (decimal separator is ',' as perfplan.json sets; grouping separators are not accepted: write 300000)",
                "indicators.csv:4: threshold \"1.250,5\" is not a number (decimal separator is ',' as perfplan.json sets; grouping separators are not accepted: write 1250,5)",
                "targets.csv:4: weight \"4.5\" is not a number (decimal separator is ',' as perfplan.json sets)",
            ])
    }

    @Test func theActualsStreamReadsCommasAtEveryPieceSize() throws {
        let text =
            "employee_id;indicator_id;period;value\nE1;x;2026-01;1,5\nE1;x;2026-02;2\nE1;x;2026-03;-0,25\nE1;x;2026-04;96.9\nE1;x;2026-05;\"7,125\"\n"
        let bytes = Array(text.utf8)
        for size in Array(1...12) + [64, 1 << 20] {
            var diags = DiagnosticList()
            var decoders = RecordDecoders()
            var table = ActualsTable()
            _ = ActualsCSVReader.read(
                ByteStream(bytes: bytes), file: "actuals.csv", pieceSize: size, numbers: Self.comma,
                into: &table, decoders: &decoders, diags: &diags)
            diags.append(contentsOf: decoders.diags.items)
            #expect(Array(table).map(\.value) == [1.5, 2, -0.25, 7.125], "piece size \(size)")
            #expect(table.writtenDecimals("x") == 3, "piece size \(size)")
            #expect(
                diags.sorted.map(\.description) == [
                    "actuals.csv:5: value \"96.9\" is not a number (decimal separator is ',' as perfplan.json sets)"
                ])
        }
    }

    @Test func commaDelimitedFilesNeedQuotedDecimalsAndEveryColumn() throws {
        var files = Fixture.csvFiles
        files["perfplan.json"] = Self.policy
        // Quoted decimal commas (as Google Sheets writes them) read; so do whole numbers unquoted.
        files["actuals.csv"] = Fixture.actuals.replacingOccurrences(of: "3.5,,survey", with: "\"3,5\",,survey")
        let ok = try Fixture.load(files)
        #expect(ok.diagnostics.map(\.description) == [])
        #expect(Array(try #require(ok.dataset).actuals).map(\.value) == [205000, 219000, 2, 3.5])

        files["actuals.csv"] = Fixture.actuals.replacingOccurrences(of: "3.5,,survey", with: "3,5,,survey")
            .replacingOccurrences(of: "2,,finance", with: "2,5,,finance")
        files["targets.csv"] = Fixture.targets + "\ncsat,employee:E1,2026-10,4,5"
        #expect(
            try Self.messages(files) == [
                "actuals.csv:4: 7 cells but the header has 6 columns: with \"decimal_separator\": \",\" (perfplan.json) a number with a decimal comma must be quoted (\"96,9\") in a file whose cells are separated by ','; or save the file with ';' between the cells",
                "actuals.csv:5: 7 cells but the header has 6 columns: with \"decimal_separator\": \",\" (perfplan.json) a number with a decimal comma must be quoted (\"96,9\") in a file whose cells are separated by ','; or save the file with ';' between the cells",
                "targets.csv:7: 5 cells but the header has 6 columns: with \"decimal_separator\": \",\" (perfplan.json) in a file whose cells are separated by ',', every row must have every column (empty ones as ,,) so that an unquoted decimal comma cannot shift the cells unnoticed; or save the file with ';' between the cells",
            ])
    }

    @Test func theLanguageColumn() throws {
        var files = Fixture.csvFiles
        files["employees.csv"] = """
            employee_id,name,title,role,department,manager_id,email,hire_date,location,language
            M1,"Núñez, Ana",Head of Sales,Sales Manager,Sales,,ana@example.com,2019-03-01,Madrid,ES
            E1,Bob Stone,Representative,Sales Representative,Sales,M1,bob@example.com,2022-06-15,Madrid,
            E2,"Chloé ""Cleo"" Martin",Representative,Sales Representative,Sales,M1,,,,fr
            """
        let result = try Fixture.load(files)
        #expect(result.diagnostics.map(\.description) == [])
        let dataset = try #require(result.dataset)
        #expect(dataset.employees.map(\.language) == [.es, nil, .fr])
        #expect(dataset.employees.map { dataset.policy.language(for: $0) } == [.es, .en, .fr])
        files["employees.csv"] = files["employees.csv"]!.replacingOccurrences(of: ",ES", with: ",de-CH")
            .replacingOccurrences(of: ",fr", with: ",pt")
        #expect(
            try Self.messages(files) == [
                "employees.csv:2: language \"de-CH\" is not a supported language (give en, de, es or fr, a BCP 47 primary language tag without a region)",
                "employees.csv:4: language \"pt\" is not a supported language (give en, de, es or fr, a BCP 47 primary language tag without a region)",
            ])
    }

    @Test func policyKeys() throws {
        var files = Fixture.csvFiles
        files["perfplan.json"] = "{\n  \"language\": \"DE\",\n  \"hr_language\": \"en\"\n}\n"
        let policy = try #require(try Fixture.load(files).dataset).policy
        #expect(policy.language == .de && policy.hrLanguage == .en && policy.effectiveHRLanguage == .en)
        #expect(policy.decimalSeparator == .point)
        files["perfplan.json"] = "{\n  \"language\": \"es\"\n}\n"
        let spanish = try #require(try Fixture.load(files).dataset).policy
        #expect(spanish.effectiveHRLanguage == .es)
        #expect(
            Policy.default.language == .en && Policy.default.effectiveHRLanguage == .en
                && Policy.default.decimalSeparator == .point)
        files["perfplan.json"] =
            "{\n  \"decimal_separator\": \";\",\n  \"language\": \"pt-BR\",\n  \"hr_language\": 1\n}\n"
        #expect(
            try Self.messages(files) == [
                "perfplan.json:2: \"decimal_separator\" must be \".\" or \",\" (found \";\")",
                "perfplan.json:3: \"language\" \"pt-BR\" is not a supported language (give en, de, es or fr, a BCP 47 primary language tag without a region)",
                "perfplan.json:4: \"hr_language\" must be a string (en, de, es or fr), found a number",
            ])
    }

    /// JSON numbers are JSON's whatever the policy says.
    @Test func jsonIsUnaffected() throws {
        var files = Fixture.csvFiles
        files["actuals.csv"] = nil
        files["actuals.json"] =
            "[{\"employee_id\": \"E1\", \"indicator_id\": \"sales_revenue\", \"period\": \"2026-10\", \"value\": 219000.5}]"
        files["perfplan.json"] = Self.policy
        let result = try Fixture.load(files)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(Array(try #require(result.dataset).actuals).map(\.value) == [219000.5])
    }
}

/// SampleData converted to `;` and `,` and back: the same bytes, and the same dataset read.
@Suite struct SampleDataStylesTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("SampleData")

    static func sampleFiles() throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path)
        where name.hasSuffix(".csv") || name.hasSuffix(".json") {
            files[name] = try String(contentsOf: sample.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    @Test func bothWaysByteForByte() throws {
        let files = try Self.sampleFiles()
        let german = LocalizedStarter.files(files, language: .de)
        #expect(german["actuals.csv"]!.hasPrefix("employee_id;indicator_id;period;value;note;source\n"))
        #expect(
            german["perfplan.json"]!.hasPrefix(
                "{\n  \"language\": \"de\",\n  \"decimal_separator\": \",\",\n  \"organization\""))
        var changed = 0
        for (name, text) in files where name.hasSuffix(".csv") {
            let back = CSVRestyler.restyle(
                german[name]!, dataset: String(name.dropLast(4)), from: .commaAndSemicolon, to: .pointAndComma)
            #expect(back == text, "\(name)")
            if german[name]! != text.replacingOccurrences(of: ",", with: ";") { changed += 1 }
        }
        #expect(changed > 0)
        let point = try Fixture.load(files)
        let comma = try Fixture.load(german)
        #expect(comma.diagnostics.map(\.description) == [])
        let a = try #require(point.dataset)
        let b = try #require(comma.dataset)
        #expect(Array(a.actuals) == Array(b.actuals))
        #expect(
            a.indicators == b.indicators && a.targets == b.targets && a.benchmarks == b.benchmarks && a.plans == b.plans
        )
        #expect(a.employees == b.employees && a.notes == b.notes)
        for indicator in a.indicators {
            #expect(a.actuals.writtenDecimals(indicator.id) == b.actuals.writtenDecimals(indicator.id))
        }
        #expect(b.policy.language == .de && b.policy.decimalSeparator == .comma)
    }
}
