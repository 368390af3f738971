/// Renders `ViewArena` views with the compiled templates, flattened: every template's
/// tokens become one array of fixed-size operations (a section knows where its body ends,
/// text lives in one byte pool, names are lists of `ViewKeys` ids), so rendering walks
/// integers and copies bytes — no reference counting, no hashing, no string comparison.
///
/// The semantics are `CompiledRenderer`'s (swift-mustache's), operation for operation:
/// the context stack searched from the top, lists iterated, flags tested, other values
/// pushed, partials rendered as HTML and indented line by line. CompiledTemplateTests
/// renders every shipped document and the edge cases through both and swift-mustache.
struct ArenaRenderer: Sendable {
    private let program: Program
    private let templateIndex: [String: Int]
    /// The ids of the names each template (with the partials it reaches) can look up.
    private let keysByTemplate: [String: ViewKeySet]

    init(templates: [String: CompiledTemplate]) {
        let names = templates.keys.sorted()
        var index: [String: Int] = [:]
        for (k, n) in names.enumerated() { index[n] = k }
        var builder = ProgramBuilder(templateIndex: index)
        var ranges: [(Int32, Int32)] = []
        var ids: [Set<UInt16>] = []
        var partials: [Set<String>] = []
        for n in names {
            let start = builder.ops.count
            builder.partials = []; builder.ids = []
            builder.emit(templates[n]!.tokens)
            ranges.append((Int32(start), Int32(builder.ops.count)))
            ids.append(builder.ids); partials.append(builder.partials)
        }
        program = Program(builder, ranges: ranges)
        templateIndex = index
        var keys: [String: ViewKeySet] = [:]
        for (k, n) in names.enumerated() {
            // The template's own names and those of every partial it reaches.
            var seen: Set<Int> = [k], queue = [k], all = Set<UInt16>()
            while let t = queue.popLast() {
                all.formUnion(ids[t])
                for p in partials[t] { if let q = index[p], seen.insert(q).inserted { queue.append(q) } }
            }
            keys[n] = ViewKeySet(ids: all)
        }
        keysByTemplate = keys
    }

    /// The `ViewKey`s that rendering these templates can look up.
    func keys(for names: [String]) -> ViewKeySet {
        names.reduce(ViewKeySet.none) { $0.union(keysByTemplate[$1] ?? .none) }
    }

    /// Appends the rendering of template `name` to `out`; false when there is no such template.
    func render(_ view: ViewArena, _ name: String, into out: inout ByteBuffer) -> Bool {
        guard let t = templateIndex[name] else { return false }
        let p = program
        view.values.withUnsafeBufferPointer { values in
            view.bytes.withUnsafeBufferPointer { bytes in
                let memory = Memory(p: p, values: values, bytes: bytes)
                var state = State(stack: [view.root], escaping: .html, indentation: nil)
                state.stack.reserveCapacity(8)
                memory.render(Int(p.ranges[t].0), Int(p.ranges[t].1), &state, &out)
            }
        }
        return true
    }

    // MARK: - The flat program

    struct Op {
        enum Code: UInt8 { case text, variable, section, inverted, partial, contentType }
        var code: Code
        /// variable: 1 when escaped; contentType: the escaping (`escapingCodes`).
        var flag: UInt8
        /// text: start in the text pool; variable/section/inverted: name; partial: template or -1.
        var a: Int32
        /// text: length; section/inverted: the operation after the body; partial: indentation or -1.
        var b: Int32
    }

    struct Name {
        var isCurrent: Bool
        var fromTop: Bool
        var start: Int32
        var count: Int32
    }

    static let escapingCodes: [CompiledTemplate.Escaping] = [.html, .text, .markdown, .safeHTML]

    private struct ProgramBuilder {
        let templateIndex: [String: Int]
        var ops: [Op] = []
        var text: [UInt8] = []
        var names: [Name] = []
        var parts: [UInt16] = []
        var indentations: [[UInt8]] = []
        /// Of the template being emitted: the ids its names use and the partials it names.
        var ids: Set<UInt16> = []
        var partials: Set<String> = []

        init(templateIndex: [String: Int]) { self.templateIndex = templateIndex }

        mutating func name(_ n: CompiledTemplate.Name) -> Int32 {
            let start = parts.count
            for p in n.parts {
                let id = ViewKeys.id(p)
                parts.append(id); ids.insert(id)
            }
            names.append(Name(isCurrent: n.isCurrent, fromTop: n.fromTop, start: Int32(start), count: Int32(n.parts.count)))
            return Int32(names.count - 1)
        }

        mutating func emit(_ tokens: [CompiledTemplate.Token]) {
            for token in tokens {
                switch token {
                case .text(let s):
                    let start = text.count
                    text.append(contentsOf: s.utf8)
                    ops.append(Op(code: .text, flag: 0, a: Int32(start), b: Int32(text.count - start)))
                case .variable(let n, let escaped):
                    ops.append(Op(code: .variable, flag: escaped ? 1 : 0, a: name(n), b: 0))
                case .section(let n, let inner), .inverted(let n, let inner):
                    let at = ops.count
                    let code: Op.Code
                    if case .section = token { code = .section } else { code = .inverted }
                    ops.append(Op(code: code, flag: 0, a: name(n), b: 0))
                    emit(inner)
                    ops[at].b = Int32(ops.count)
                case .partial(let n, let indentation):
                    partials.insert(n)
                    var b: Int32 = -1
                    if let indentation {
                        b = Int32(indentations.count)
                        indentations.append(Array(indentation.utf8))
                    }
                    ops.append(Op(code: .partial, flag: 0, a: Int32(templateIndex[n] ?? -1), b: b))
                case .contentType(let e):
                    let code = ArenaRenderer.escapingCodes.firstIndex { $0 == e }!
                    ops.append(Op(code: .contentType, flag: UInt8(code), a: 0, b: 0))
                }
            }
        }
    }

    /// The program in buffers allocated once for the life of the template set, read through
    /// raw pointers while rendering.
    private final class Program: @unchecked Sendable {
        let ops: UnsafeMutableBufferPointer<Op>
        let text: UnsafeMutableBufferPointer<UInt8>
        let names: UnsafeMutableBufferPointer<Name>
        let parts: UnsafeMutableBufferPointer<UInt16>
        let indentations: [[UInt8]]
        let ranges: [(Int32, Int32)]

        init(_ b: ProgramBuilder, ranges: [(Int32, Int32)]) {
            func copy<T>(_ a: [T]) -> UnsafeMutableBufferPointer<T> {
                let p = UnsafeMutableBufferPointer<T>.allocate(capacity: max(a.count, 1))
                _ = p.initialize(from: a)
                return UnsafeMutableBufferPointer(rebasing: p[0..<a.count])
            }
            ops = copy(b.ops); text = copy(b.text); names = copy(b.names); parts = copy(b.parts)
            indentations = b.indentations
            self.ranges = ranges
        }

        deinit {
            ops.deallocate(); text.deallocate(); names.deallocate(); parts.deallocate()
        }
    }

    // MARK: - Rendering

    private struct State {
        var stack: [ViewArena.Value]
        var escaping: CompiledTemplate.Escaping
        var indentation: [UInt8]?
    }

    private struct Memory {
        unowned(unsafe) let p: Program
        let values: UnsafeBufferPointer<ViewArena.Value>
        let bytes: UnsafeBufferPointer<UInt8>

        /// Renders operations `lo ..< hi` (a template or a section body); a content-type tag
        /// inside lasts to the range's end, so the escaping in force on entry is restored.
        func render(_ lo: Int, _ hi: Int, _ s: inout State, _ out: inout ByteBuffer) {
            let escaping = s.escaping
            defer { s.escaping = escaping }
            if let indentation = s.indentation, !indentation.isEmpty {
                // Inside an indented partial each level builds its own text first, because
                // swift-mustache indents a token only when the text rendered so far *at that
                // level* ends a line (a Character "\n": "\r\n" is one Character and does not).
                var level = ByteBuffer(capacity: 256)
                var piece = ByteBuffer(capacity: 256)
                var pc = lo
                while pc < hi {
                    piece.removeAll()
                    pc = render(pc, &s, &piece)
                    if !piece.isEmpty, level.endsWithLineFeedCharacter { level.append(indentation) }
                    level.append(piece)
                }
                out.append(level)
            } else {
                var pc = lo
                while pc < hi { pc = render(pc, &s, &out) }
            }
        }

        /// Renders the operation at `pc` (a section with its body); returns the next one's.
        private func render(_ pc: Int, _ s: inout State, _ out: inout ByteBuffer) -> Int {
            let op = p.ops[pc]
            switch op.code {
            case .text:
                out.append(UnsafeBufferPointer(rebasing: p.text[Int(op.a)..<Int(op.a + op.b)]))
            case .contentType:
                s.escaping = ArenaRenderer.escapingCodes[Int(op.flag)]
            case .variable:
                guard let v = lookup(p.names[Int(op.a)], s.stack) else { break }
                let escaping = op.flag != 0 ? s.escaping : .text
                switch v.kind {
                case .text: append(v, escaping, to: &out)
                case .bool: out.append(v.flags != 0 ? "true" : "false")
                case .null: out.append("nil")
                case .list, .object:
                    let text = "\(ViewArena.templateValue(v, values: values, bytes: bytes))"
                    out.append(Array((escaping.leavesUnchanged(text) ? text : escaping.escape(text)).utf8))
                }
            case .section:
                let end = Int(op.b)
                guard let v = lookup(p.names[Int(op.a)], s.stack) else { return end }
                switch v.kind {
                case .list:
                    for k in Int(v.start)..<Int(v.start + v.count) { pushing(values[k], pc + 1, end, &s, &out) }
                case .bool:
                    if v.flags != 0 { render(pc + 1, end, &s, &out) }
                default:
                    pushing(v, pc + 1, end, &s, &out)
                }
                return end
            case .inverted:
                let end = Int(op.b)
                if let v = lookup(p.names[Int(op.a)], s.stack) {
                    switch v.kind {
                    case .list where v.count == 0: pushing(.list(start: 0, count: 0), pc + 1, end, &s, &out)
                    case .bool where v.flags == 0: render(pc + 1, end, &s, &out)
                    default: break
                    }
                } else {
                    render(pc + 1, end, &s, &out)
                }
                return end
            case .partial:
                guard op.a >= 0 else { break }
                let range = p.ranges[Int(op.a)]
                let indentation = s.indentation, escaping = s.escaping
                defer { s.indentation = indentation; s.escaping = escaping }
                if op.b >= 0 { s.indentation = (indentation ?? []) + p.indentations[Int(op.b)] }
                s.escaping = .html
                render(Int(range.0), Int(range.1), &s, &out)
            }
            return pc + 1
        }

        @inline(__always)
        private func pushing(_ v: ViewArena.Value, _ lo: Int, _ hi: Int, _ s: inout State, _ out: inout ByteBuffer) {
            s.stack.append(v)
            render(lo, hi, &s, &out)
            s.stack.removeLast()
        }

        /// Appends a text value escaped for the content type: copied as it is unless its
        /// `EscapeNeeds` say this escaper would change it.
        @inline(__always)
        private func append(_ v: ViewArena.Value, _ escaping: CompiledTemplate.Escaping, to out: inout ByteBuffer) {
            let text = UnsafeBufferPointer(rebasing: bytes[Int(v.start)..<Int(v.start + v.count)])
            if v.flags & EscapeNeeds.bit(escaping) == 0 {
                out.append(text)
            } else if escaping == .safeHTML {
                var escaped: [UInt8] = []
                SafeHTMLContentType.escape(text, to: &escaped)
                out.append(escaped)
            } else {
                out.append(Array(escaping.escape(String(decoding: text, as: UTF8.self)).utf8))
            }
        }

        @inline(__always)
        private func lookup(_ name: Name, _ stack: [ViewArena.Value]) -> ViewArena.Value? {
            if name.isCurrent || name.count == 0 { return stack.last }
            let first = p.parts[Int(name.start)]
            var value: ViewArena.Value?
            if name.fromTop {
                value = member(stack[stack.count - 1], first)
            } else {
                var k = stack.count - 1
                while k >= 0 {
                    if let v = member(stack[k], first) { value = v; break }
                    k -= 1
                }
            }
            var n = 1
            while n < Int(name.count) {
                guard let v = value else { return nil }
                value = member(v, p.parts[Int(name.start) + n])
                n += 1
            }
            return value
        }

        /// The member `key` of an object (the first, as in a dictionary literal); nil for
        /// anything else.
        @inline(__always)
        private func member(_ o: ViewArena.Value, _ key: UInt16) -> ViewArena.Value? {
            guard o.kind == .object else { return nil }
            var k = Int(o.start)
            let end = k + Int(o.count)
            while k < end {
                if values[k].key == key { return values[k] }
                k += 1
            }
            return nil
        }
    }
}
