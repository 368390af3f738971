import PerfPlanCore

/// How CSV number cells are read: the decimal separator (`perfplan.json`
/// `decimal_separator`) and whether the policy set it, which the messages say.
package struct NumberReading: Hashable, Sendable {
    package var separator: DecimalSeparator
    package var setByPolicy: Bool

    package init(separator: DecimalSeparator = .point, setByPolicy: Bool = false) {
        self.separator = separator
        self.setByPolicy = setByPolicy
    }

    /// The reading a policy asks for.
    package init(policy: Policy, setByPolicy: Bool) {
        self.init(separator: policy.decimalSeparator, setByPolicy: setByPolicy)
    }
}

/// Why a cell is not a number, for the message `FIELD "TEXT" WHY`. When the text is digits
/// with the other separator, or with grouping (`1.250,5`, `1,250.5`, `1 250,5`), it says
/// which decimal separator was expected and, for grouping, what to write instead: a
/// number is never guessed at (`1.250` could be 1250 or 1.25).
enum NumberProblem {
    /// Spaces and apostrophes that locales group digits with: space, U+00A0, U+202F
    /// (French), U+2009, `'` and U+2019 (Swiss).
    static let groupingMarks: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "'", "\u{2019}"]

    static func describe(_ text: String, _ reading: NumberReading) -> String {
        let scalars = Array(text.unicodeScalars)
        let numeric = scalars.allSatisfy {
            ("0"..."9").contains($0) || $0 == "." || $0 == "," || $0 == "-" || $0 == "+" || groupingMarks.contains($0)
        }
        guard numeric, scalars.contains(where: { ("0"..."9").contains($0) }) else { return "is not a number" }
        let expected = Character(reading.separator.rawValue)
        let other = Character(reading.separator.other.rawValue)
        let marks = scalars.filter { groupingMarks.contains($0) }.count
        let others = text.filter { $0 == other }.count
        let expecteds = text.filter { $0 == expected }.count
        let grouped = marks > 0 || (others > 0 && expecteds > 0) || others >= 2
        guard grouped || others > 0 else { return "is not a number" }
        var why = "is not a number (decimal separator is '\(expected)'"
        if reading.setByPolicy { why += " as perfplan.json sets" }
        if grouped {
            why += "; grouping separators are not accepted"
            if let plain = ungrouped(scalars, expected: expected) { why += ": write \(plain)" }
        } else if reading.separator == .point, !reading.setByPolicy {
            why += "; for decimal commas set \"decimal_separator\": \",\" in perfplan.json"
        }
        return why + ")"
    }

    /// The number without its grouping, written with the expected separator, when which mark
    /// is the decimal one is clear: the last of `.` and `,` when both occur, a single one
    /// after grouping spaces, none when one kind repeats (`1.250.000`). Nil otherwise.
    static func ungrouped(_ scalars: [Unicode.Scalar], expected: Character) -> String? {
        let separators = scalars.enumerated().filter { $0.element == "." || $0.element == "," }
        let kinds = Set(separators.map(\.element))
        var decimalAt: Int?
        if kinds.count == 2 {
            decimalAt = separators.last!.offset
            // Grouping is one kind, the decimal mark the other, used once.
            let last = separators.last!.element
            guard separators.filter({ $0.element == last }).count == 1 else { return nil }
        } else if separators.count == 1 {
            decimalAt = separators[0].offset
        }
        var out = ""
        for (k, s) in scalars.enumerated() {
            if k == decimalAt {
                out.append(expected)
            } else if ("0"..."9").contains(s) || s == "-" || s == "+" {
                out.unicodeScalars.append(s)
            }
        }
        let reading = NumberReading(separator: expected == "," ? .comma : .point)
        guard case .value = NumberText.parse(out, reading) else { return nil }
        return out
    }
}
