/// A JSON value with the line it starts on, so loader messages can point into the file.
package indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// The value and its literal text (ids given as JSON integers become this text, §5.18).
    case number(Double, String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    package var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

package struct JSONNode: Sendable {
    package var value: JSONValue
    package var line: Int
}

package struct JSONMember: Sendable {
    package var key: String
    package var node: JSONNode
}

package struct JSONSyntaxError: Error, Sendable {
    package var line: Int
    package var message: String
}

/// A strict RFC 8259 parser over bytes that tracks line numbers.
///
/// Foundation's `JSONSerialization` loses line numbers and turns ids like `1001` into
/// `NSNumber`; users need `employees.json:14: invalid JSON …`, so we parse ourselves.
/// Nesting is capped so a hostile file cannot overflow the stack.
package struct JSONParser {
    static let maxDepth = 256

    let bytes: [UInt8]
    var pos = 0
    var line = 1
    var depth = 0

    package static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if let bad = CSVReader.firstInvalidUTF8Line(body[...]) {
            throw JSONSyntaxError(
                line: bad, message: "invalid JSON: the file is not UTF-8 text (first invalid byte on this line)")
        }
        var parser = JSONParser(bytes: body)
        parser.skipSpace()
        let node = try parser.value()
        parser.skipSpace()
        if parser.pos < parser.bytes.count { throw parser.error("unexpected text after the end of the document") }
        return node
    }

    func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(line: line, message: "invalid JSON: " + message)
    }

    var found: String {
        guard pos < bytes.count else { return "the end of the file" }
        let b = bytes[pos]
        if b >= 0x21, b < 0x7F { return "'\(Character(UnicodeScalar(b)))'" }
        return "byte 0x" + String(b, radix: 16)
    }

    mutating func skipSpace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x0A:
                line += 1
                pos += 1
            case 0x20, 0x09, 0x0D: pos += 1
            default: return
            }
        }
    }

    mutating func value() throws(JSONSyntaxError) -> JSONNode {
        let startLine = line
        guard pos < bytes.count else { throw error("expected a value, found the end of the file") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return JSONNode(value: try object(), line: startLine)
        case UInt8(ascii: "["): return JSONNode(value: try array(), line: startLine)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try string()), line: startLine)
        case UInt8(ascii: "t"):
            try literal("true")
            return JSONNode(value: .bool(true), line: startLine)
        case UInt8(ascii: "f"):
            try literal("false")
            return JSONNode(value: .bool(false), line: startLine)
        case UInt8(ascii: "n"):
            try literal("null")
            return JSONNode(value: .null, line: startLine)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: try number(), line: startLine)
        default: throw error("expected a value, found \(found)")
        }
    }

    mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, Array(bytes[pos..<pos + w.count]) == w else {
            throw error("expected a value, found \(found)")
        }
        pos += w.count
    }

    mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maxDepth { throw error("nested more than \(JSONParser.maxDepth) levels deep") }
    }

    mutating func object() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        pos += 1
        var members: [JSONMember] = []
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else {
                throw error("expected a key in quotes, found \(found)")
            }
            let key = try string()
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else {
                throw error("expected ':' after key \"\(key)\", found \(found)")
            }
            pos += 1
            skipSpace()
            if members.contains(where: { $0.key == key }) { throw error("key \"\(key)\" appears twice in one object") }
            members.append(JSONMember(key: key, node: try value()))
            skipSpace()
            guard pos < bytes.count else { throw error("expected ',' or '}', found the end of the file") }
            if bytes[pos] == UInt8(ascii: ",") {
                pos += 1
                continue
            }
            if bytes[pos] == UInt8(ascii: "}") {
                pos += 1
                return .object(members)
            }
            throw error("expected ',' or '}', found \(found)")
        }
    }

    mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        pos += 1
        var items: [JSONNode] = []
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard pos < bytes.count else { throw error("expected ',' or ']', found the end of the file") }
            if bytes[pos] == UInt8(ascii: ",") {
                pos += 1
                continue
            }
            if bytes[pos] == UInt8(ascii: "]") {
                pos += 1
                return .array(items)
            }
            throw error("expected ',' or ']', found \(found)")
        }
    }

    mutating func string() throws(JSONSyntaxError) -> String {
        pos += 1
        var out: [UInt8] = []
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case UInt8(ascii: "\""):
                pos += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                pos += 1
                guard pos < bytes.count else { break }
                let e = bytes[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"),
                            bytes[pos + 1] == UInt8(ascii: "u")
                        else {
                            throw error("unpaired surrogate \\u\(String(scalar, radix: 16)) in a string")
                        }
                        pos += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in a string") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw error("unpaired surrogate \\u\(String(scalar, radix: 16)) in a string")
                    }
                    out.append(contentsOf: Array(String(Character(UnicodeScalar(scalar)!)).utf8))
                default:
                    throw error("invalid escape '\\\(Character(UnicodeScalar(e)))' in a string")
                }
            case 0x00..<0x20:
                throw error(b == 0x0A ? "line break inside a string (write \\n)" : "control character inside a string")
            default:
                out.append(b)
                pos += 1
            }
        }
        throw error("a string is never closed (missing '\"')")
    }

    mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard pos + 4 <= bytes.count else { throw error("\\u needs four hex digits") }
        var v: UInt32 = 0
        for b in bytes[pos..<pos + 4] {
            let d: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - 55)
            default: throw error("\\u needs four hex digits")
            }
            v = v * 16 + d
        }
        pos += 4
        return v
    }

    mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = pos
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 }
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        guard isDigit(pos) else { throw error("a number needs digits after '-'") }
        if bytes[pos] == UInt8(ascii: "0") { pos += 1 } else { while isDigit(pos) { pos += 1 } }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            guard isDigit(pos) else { throw error("a number needs digits after '.'") }
            while isDigit(pos) { pos += 1 }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard isDigit(pos) else { throw error("a number needs digits in its exponent") }
            while isDigit(pos) { pos += 1 }
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        // Out-of-range values (1e400) stay infinite here; the field reader reports them in context.
        return .number(Double(text) ?? .infinity, text)
    }
}
