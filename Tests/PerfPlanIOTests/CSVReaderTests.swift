import Testing

@testable import PerfPlanIO

@Suite struct CSVReaderTests {
    func read(_ text: String) -> CSVTable { CSVReader.read(Array(text.utf8)) }
    func rows(_ t: CSVTable) -> [[String]] { t.records.map { r in (0..<r.fieldCount).map { t.field(r, $0)! } } }

    @Test func quotedCommasQuotesAndLineBreaks() {
        let t = read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n")
        #expect(t.header == ["a", "b"])
        #expect(rows(t) == [["x, y", "say \"hi\""], ["two\nlines", "z"], ["last", "row"]])
        // The record after a two-line field starts on physical line 5.
        #expect(t.records.map(\.line) == [2, 3, 5])
        #expect(t.problems.isEmpty)
    }

    /// Found by FuzzCSV: a blank record at the very end (`,` with no line break) has an empty
    /// field at the end of the input copy; dropping it must not drop the quoted fields of
    /// earlier records, which live after that copy.
    @Test func blankLastRecordKeepsEarlierQuotedFields() {
        let t = read("a,b\n\"x\ny\",\"q\"\"\"\n,")
        #expect(rows(t) == [["x\ny", "q\""]])
        let u = read("a,b\n\"x\",\"y\"z\n\"kept\",k\n ,")
        #expect(rows(u) == [["kept", "k"]])
        #expect(u.problems.map(\.line) == [2])
    }

    @Test func bomCRLFAndSemicolonSniffing() {
        let t = read("\u{FEFF}id;name;note\r\n1;\"A; B\";x,y\r\n")
        #expect(t.delimiter == UInt8(ascii: ";"))
        #expect(t.header == ["id", "name", "note"])
        #expect(rows(t) == [["1", "A; B", "x,y"]])
    }

    @Test func delimiterTieIsComma() {
        #expect(read("a;b,c\n").delimiter == UInt8(ascii: ","))
        #expect(read("\"a;b;c\",d\n").delimiter == UInt8(ascii: ","))  // inside quotes does not count
    }

    @Test func blankLinesAreSkippedAndLinesStillCount() {
        let t = read("a,b\n\n1,2\n   \n;;\n,\n3,4")
        #expect(rows(t) == [["1", "2"], [";;"], ["3", "4"]])
        #expect(t.records.map(\.line) == [3, 5, 7])
    }

    @Test func unterminatedQuoteStopsWithTheOpeningLine() {
        let t = read("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(rows(t) == [["1", "2"]])
        #expect(t.problems.count == 1)
        #expect(t.problems.first?.line == 3)
        #expect(t.problems.first?.message.contains("never closed") == true)
    }

    @Test func malformedRecordIsSkippedAndReadingGoesOn() {
        let t = read("a,b\n\"x\"y,1\n2,3\n")
        #expect(rows(t) == [["2", "3"]])
        #expect(t.problems.map(\.line) == [2])
    }

    @Test func invalidUTF8IsReportedWithItsLine() {
        var bytes = Array("a,b\n1,2\n".utf8)
        bytes += [0x66, 0xFF, 0x0A]
        let t = CSVReader.read(bytes)
        #expect(t.records.isEmpty)
        #expect(t.problems.first?.line == 3)
        #expect(t.problems.first?.message.contains("not UTF-8") == true)
    }
}

@Suite struct NumberTextTests {
    @Test func acceptsTheContractForms() {
        #expect(NumberText.parse("1") == .value(1))
        #expect(NumberText.parse("1.5") == .value(1.5))
        #expect(NumberText.parse(".5") == .value(0.5))
        #expect(NumberText.parse("1e3") == .value(1000))
        #expect(NumberText.parse("-2.5E-1") == .value(-0.25))
        #expect(NumberText.parse("5.") == .value(5))
    }

    @Test func rejectsWithAReason() {
        #expect(
            NumberText.parse("1,5")
                == .invalid(
                    "is not a number (decimal separator is '.'; for decimal commas set \"decimal_separator\": \",\" in perfplan.json)"
                ))
        #expect(
            NumberText.parse("1.234,5")
                == .invalid(
                    "is not a number (decimal separator is '.'; grouping separators are not accepted: write 1234.5)"))
        for bad in ["nan", "NaN", "inf", "-Infinity", "1_000", "0x10", "abc", "1e", "--1", "."] {
            #expect(NumberText.parse(bad) == .invalid("is not a number"), "\(bad)")
        }
        #expect(NumberText.parse("1e400") == .invalid("is out of range"))
    }
}

@Suite struct JSONParserTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode { try JSONParser.parse(Array(text.utf8)) }

    @Test func syntaxErrorsCarryTheirLine() {
        #expect(throws: JSONSyntaxError.self) { try parse("[\n{\"a\": 1},\n{\"a\": 2,}\n]") }
        do { _ = try parse("[\n{\"a\": 1},\n{\"a\": 2,}\n]") } catch {
            #expect(error.line == 3)
            #expect(error.message == "invalid JSON: expected a key in quotes, found '}'")
        }
    }

    @Test func numbersKeepTheirLiteralAndEscapesDecode() throws {
        let node = try parse(#"{"id": 1001, "s": "a\u00e9\ud83d\ude00\n"}"#)
        guard case .object(let m) = node.value, case .number(let v, let text) = m[0].node.value,
            case .string(let s) = m[1].node.value
        else {
            Issue.record("shape")
            return
        }
        #expect(v == 1001 && text == "1001")
        #expect(s == "aé😀\n")
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try parse(deep) }
    }

    /// The one-scan reading of plain records must give exactly what the general reader gives:
    /// random inputs built from the characters that matter (delimiters, quotes, CR, LF,
    /// spaces), whole and as the pieces of a stream, with both paths compared field by field.
    @Test func plainRecordScanMatchesTheGeneralReader() {
        var state: UInt64 = 17
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        let alphabet = Array("ab1,;\"\r\n \t".utf8)
        for round in 0..<3000 {
            var bytes = Array("h1,h2,h3\n".utf8)
            if round % 3 == 0 { bytes = Array("h1;h2;h3\r\n".utf8) }
            for _ in 0..<next(120) { bytes.append(alphabet[next(alphabet.count)]) }
            for isFinal in [true, false] {
                let delimiter = CSVReader.sniffDelimiter(bytes[...])
                var fast = CSVReader.Parser(bytes: bytes[...], delimiter: delimiter, isFinal: isFinal)
                var slow = CSVReader.Parser(bytes: bytes[...], delimiter: delimiter, isFinal: isFinal)
                slow.readsPlainRecords = false
                fast.run()
                slow.run()
                let input = String(decoding: bytes, as: UTF8.self).debugDescription
                #expect(fast.header == slow.header, "\(input)")
                #expect(
                    fast.records.map { [$0.line, $0.fieldCount, $0.firstField] }
                        == slow.records.map { [$0.line, $0.fieldCount, $0.firstField] }, "\(input)")
                #expect(fast.bounds == slow.bounds && fast.storage == slow.storage, "\(input)")
                #expect(
                    fast.problems.map { "\($0.line) \($0.message)" }
                        == slow.problems.map { "\($0.line) \($0.message)" }, "\(input)")
                #expect(fast.pos == slow.pos && fast.line == slow.line, "\(input)")
            }
        }
    }
}
