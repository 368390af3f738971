import PerfPlanCore
import Testing

/// What reaches a terminal, and the one id rule.
struct TerminalTextAndIdRuleTests {
    @Test func controlsAreShownEscapedAndPlainTextIsUntouched() {
        #expect(TerminalText.escaped("Ana Núñez — Sales\n\tok") == "Ana Núñez — Sales\n\tok")
        #expect(TerminalText.escaped("a\u{1B}]0;t\u{7}b") == "a\\u{1b}]0;t\\u{7}b")
        #expect(TerminalText.escaped("\u{0}\u{7F}\u{85}\u{9B}\r") == "\\u{0}\\u{7f}\\u{85}\\u{9b}\\u{d}")
        #expect(TerminalText.escaped("\u{202A}\u{202E}\u{2066}\u{2069}") == "\\u{202a}\\u{202e}\\u{2066}\\u{2069}")
        // Joiners in names (emoji, Indic scripts) are not terminal controls.
        #expect(TerminalText.escaped("a\u{200D}b") == "a\u{200D}b")
    }

    @Test func oneIdRuleForEveryPath() {
        #expect(IdRule.problem(with: "E001") == nil)
        #expect(IdRule.problem(with: "Émile-7") == nil)
        #expect(IdRule.problem(with: "") == "is empty")
        #expect(IdRule.problem(with: "a\u{200B}b") == "contains an invisible format character (U+200B)")
        #expect(IdRule.problem(with: "a\u{202E}b") == "contains an invisible format character (U+202E)")
        #expect(IdRule.problem(with: "a\u{0}b") == "cannot be used as a folder name (it contains a control character)")
        #expect(IdRule.problem(with: "../..") == "cannot be used as a folder name (it contains '/')")
        #expect(IdRule.problem(with: "..") == "cannot be used as a folder name (it is ..)")
        #expect(IdRule.problem(with: "a b") == "must not contain spaces")
        #expect(IdRule.problem(with: "a\u{3000}b") == "must not contain spaces")
        #expect(
            IdRule.problem(with: String(repeating: "é", count: 65))
                == "is longer than 128 bytes and cannot be used as a folder name")
        #expect(IdRule.problem(with: String(repeating: "é", count: 64)) == nil)
    }
}

/// Log records in JSON stay JSON: the same characters escaped the JSON way.
struct TerminalJSONTests {
    @Test func jsonLogLinesEscapeTheJSONWay() {
        #expect(TerminalText.jsonEscaped(#"{"message": "plain é"}"#) == #"{"message": "plain é"}"#)
        #expect(TerminalText.jsonEscaped("{\"m\": \"a\u{9B}b\u{202E}c\"}") == #"{"m": "a\u009bb\u202ec"}"#)
    }
}
