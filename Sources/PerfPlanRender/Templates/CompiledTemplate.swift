import Mustache

/// A Mustache template parsed once into a token tree, which `ArenaProgram` flattens for the
/// arena renderer.
///
/// Why not swift-mustache's parse: its tree is internal to it. This parser follows
/// swift-mustache's own rules — standalone lines, whitespace
/// before tags, partial indentation, `{{% CONTENT_TYPE }}` — so output is byte-identical
/// (tested against it on every shipped template and on edge cases). Templates using what
/// it does not handle (set delimiters, transforms, inheritance, dynamic partials) make
/// `parse` return nil, and `TemplateSet` then renders everything with swift-mustache.
struct CompiledTemplate: Sendable {
    enum Token: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, [Token])
        case inverted(Name, [Token])
        case partial(String, indentation: String?)
        case contentType(Escaping)
    }

    /// A variable name split once: `.` (the current object), `.a.b` (current object only) or
    /// `a.b` (first part looked up the context stack).
    struct Name: Sendable {
        var parts: [String]
        var isCurrent: Bool
        var fromTop: Bool

        init(_ text: String) {
            isCurrent = text == "."
            fromTop = text.first == "."
            parts = text.split(separator: ".").map(String.init)
        }
    }

    /// How `{{name}}` escapes: the content types this project registers, plus swift-mustache's.
    enum Escaping: Sendable {
        case html, text, markdown, safeHTML

        init?(named name: String) {
            switch name {
            case "HTML": self = .html
            case "TEXT": self = .text
            case "MARKDOWN": self = .markdown
            case "SAFE_HTML": self = .safeHTML
            default: return nil
            }
        }

        /// True when `escape(s)` is `s` itself, by the rule the arena's values use
        /// (`EscapeNeeds`): the renderers then copy a value's bytes as they are.
        func leavesUnchanged(_ s: String) -> Bool {
            if self == .text { return true }
            var text = s
            return text.withUTF8(EscapeNeeds.of) & EscapeNeeds.bit(self) == 0
        }

        func escape(_ s: String) -> String {
            switch self {
            case .text: return s
            case .markdown: return MarkdownContentType.escape(s)
            case .safeHTML: return SafeHTMLContentType().escapeText(s)
            case .html: return Self.html(s)
            }
        }

        /// swift-mustache's HTML escaping (its default content type, used in partials).
        static func html(_ s: String) -> String {
            guard s.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
                return s
            }
            var out = ""
            for c in s {
                switch c {
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "&": out += "&amp;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.append(c)
                }
            }
            return out
        }
    }

    let tokens: [Token]

    /// nil when the template uses something only swift-mustache handles, or does not parse.
    static func parse(_ text: String) -> CompiledTemplate? {
        var parser = Parser(Array(text))
        guard let tokens = try? parser.parse(section: nil, newLine: true), parser.atEnd else { return nil }
        return CompiledTemplate(tokens: tokens)
    }

    private struct Unsupported: Error {}

    /// Mirrors swift-mustache's parser over Characters (so `\r\n` is one), with `{{`/`}}`.
    private struct Parser {
        let chars: [Character]
        var pos = 0
        init(_ chars: [Character]) { self.chars = chars }

        var atEnd: Bool { pos >= chars.count }
        var current: Character? { atEnd ? nil : chars[pos] }

        static let nameChars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
        static let partialChars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*/")

        mutating func read(while set: Set<Character>) -> String {
            let start = pos
            while let c = current, set.contains(c) { pos += 1 }
            return String(chars[start..<pos])
        }

        mutating func skipWhitespace() { while let c = current, c.isWhitespace { pos += 1 } }

        mutating func expect(_ s: String) throws {
            for c in s {
                guard current == c else { throw Unsupported() }
                pos += 1
            }
        }

        /// Text up to a newline (left unread) or past a `{{` (consumed).
        mutating func readText() -> String {
            var text = ""
            while let c = current {
                if c == "\n" || c == "\r\n" { break }
                if c == "{" {
                    if pos + 1 < chars.count, chars[pos + 1] == "{" {
                        pos += 2
                        break
                    }
                    text.append(c)
                    pos += 1
                    continue
                }
                text.append(c)
                pos += 1
            }
            return text
        }

        /// Only spaces or tabs, then a line break (consumed) or the end.
        mutating func lineFinished() -> Bool {
            if atEnd { return true }
            var p = pos
            while p < chars.count, chars[p] == " " || chars[p] == "\t" { p += 1 }
            if p < chars.count, chars[p].isNewline {
                pos = p + 1
                return true
            }
            return false
        }

        mutating func name() throws -> String {
            skipWhitespace()
            let text = read(while: Self.nameChars)
            skipWhitespace()
            if current == "(" { throw Unsupported() }  // a transform
            try expect("}}")
            return text
        }

        mutating func parse(section: String?, newLine start: Bool) throws -> [Token] {
            var tokens: [Token] = []
            var newLine = start
            var whiteSpaceBefore = ""
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
            }
            while !atEnd {
                if newLine { whiteSpaceBefore = read(while: [" ", "\t"]) }
                let text = readText()
                if let c = current, c.isNewline {
                    tokens.append(.text(whiteSpaceBefore + text + String(c)))
                    pos += 1
                    newLine = true
                    continue
                }
                if !text.isEmpty {
                    tokens.append(.text(whiteSpaceBefore + text))
                    whiteSpaceBefore = ""
                    newLine = false
                }
                guard let kind = current else { break }
                var setNewLine = false
                switch kind {
                case "#", "^":
                    pos += 1
                    let n = try name()
                    let standalone = newLine && lineFinished()
                    if standalone { setNewLine = true } else { flushWhiteSpace() }
                    let inner = try parse(section: n, newLine: setNewLine)
                    tokens.append(kind == "#" ? .section(Name(n), inner) : .inverted(Name(n), inner))
                case "/":
                    pos += 1
                    let n = try name()
                    guard n == section else { throw Unsupported() }
                    if !(newLine && lineFinished()) { flushWhiteSpace() }
                    return tokens
                case "!":
                    pos += 1
                    // Up to and past the closing `}}`.
                    while !atEnd, !(chars[pos] == "}" && pos + 1 < chars.count && chars[pos + 1] == "}") { pos += 1 }
                    try expect("}}")
                    setNewLine = newLine && lineFinished()
                case "{":
                    flushWhiteSpace()
                    pos += 1
                    let n = try name()
                    try expect("}")
                    tokens.append(.variable(Name(n), escaped: false))
                case "&":
                    flushWhiteSpace()
                    pos += 1
                    tokens.append(.variable(Name(try name()), escaped: false))
                case ">":
                    pos += 1
                    skipWhitespace()
                    if current == "*" { throw Unsupported() }  // a dynamic partial
                    let n = read(while: Self.partialChars)
                    skipWhitespace()
                    try expect("}}")
                    if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
                    if newLine && lineFinished() {
                        setNewLine = true
                        tokens.append(.partial(n, indentation: whiteSpaceBefore))
                    } else {
                        tokens.append(.partial(n, indentation: nil))
                    }
                    whiteSpaceBefore = ""
                case "%":
                    pos += 1
                    skipWhitespace()
                    let variable = read(while: Self.nameChars)
                    skipWhitespace()
                    try expect(":")
                    skipWhitespace()
                    let value = read(while: Self.nameChars)
                    skipWhitespace()
                    try expect("}}")
                    guard variable == "CONTENT_TYPE", let escaping = Escaping(named: value) else { throw Unsupported() }
                    tokens.append(.contentType(escaping))
                    setNewLine = newLine && lineFinished()
                case "=", "$", "<":
                    throw Unsupported()  // set delimiters, inheritance
                default:
                    flushWhiteSpace()
                    tokens.append(.variable(Name(try name()), escaped: true))
                }
                newLine = setNewLine
            }
            guard section == nil else { throw Unsupported() }  // an unclosed section
            return tokens
        }
    }
}
