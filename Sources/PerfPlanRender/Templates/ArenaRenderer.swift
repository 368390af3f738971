/// Renders `ViewArena` views (the employee documents and the index) with the compiled
/// templates flattened into an `ArenaProgram`.
///
/// Why a renderer of our own: swift-mustache looks every name up through `Any`, with
/// several dynamic casts per name and context level, which was half the cost of a packet;
/// here a lookup compares small integers in a flat array (docs/architecture.md, "Fast paths
/// and their references", has the measured figure). The semantics are swift-mustache's,
/// operation for operation: the context stack searched from the top, lists iterated, flags
/// tested, other values pushed, partials rendered as HTML and indented line by line.
/// ArenaRendererDifferentialTests renders every shipped document and a corpus of user
/// templates through both and compares the bytes.
///
/// Unsafe (measured: every rendered document): the view's arrays are read through
/// `ArenaBuffers`, valid inside `ViewArena.withBuffers` only (the render runs inside it and
/// the arena is not changed meanwhile); `program` is `unowned(unsafe)`, the `ArenaProgram`
/// being held by the renderer for the whole render. Value ranges were written by
/// `ViewBuilder` within the arena's arrays.
struct ArenaRenderer: Sendable {
    private let program: ArenaProgram

    init(templates: [String: CompiledTemplate]) {
        program = ArenaProgram(templates: templates)
    }

    /// The `ViewKey`s that rendering these templates can look up.
    package func keys(for names: [String]) -> ViewKeySet {
        names.reduce(ViewKeySet.none) { $0.union(program.keysByTemplate[$1] ?? .none) }
    }

    /// Appends the rendering of template `name` to `out`; false when there is no such template.
    func render(_ view: ViewArena, _ name: String, into out: inout ByteBuffer) -> Bool {
        guard let t = program.templateNumbers[name] else { return false }
        let range = program.ranges[t]
        view.withBuffers { arena in
            var rendering = Rendering(program: program, root: ContextValue(value: view.root, arena: arena))
            rendering.render(range, &out)
        }
        return true
    }
}

/// A view's arrays, read through pointers while it is rendered (valid inside
/// `ViewArena.withBuffers` only; the arena is not changed meanwhile).
struct ArenaBuffers {
    let values: UnsafeBufferPointer<ViewArena.Value>
    let bytes: UnsafeBufferPointer<UInt8>
    let lazyLists: UnsafeBufferPointer<ViewArena.LazyList>
}

extension ViewArena {
    func withBuffers<R>(_ body: (UnsafePointer<ArenaBuffers>) -> R) -> R {
        values.withUnsafeBufferPointer { values in
            bytes.withUnsafeBufferPointer { bytes in
                lazyLists.withUnsafeBufferPointer { lazyLists in
                    var buffers = ArenaBuffers(values: values, bytes: bytes, lazyLists: lazyLists)
                    return withUnsafePointer(to: &buffers) { body($0) }
                }
            }
        }
    }
}

/// A value on the context stack with the arena it lives in: the view's own, or the arena
/// a lazy list's item was built into.
struct ContextValue {
    var value: ViewArena.Value
    let arena: UnsafePointer<ArenaBuffers>
}

/// One rendering in progress: the program, the context stack, the escaping in force and
/// the indentation of the partials entered.
private struct Rendering {
    unowned(unsafe) let program: ArenaProgram
    var stack: [ContextValue]
    var escaping: CompiledTemplate.Escaping = .html
    var indentation: [UInt8]?

    init(program: ArenaProgram, root: ContextValue) {
        self.program = program
        stack = [root]
        stack.reserveCapacity(8)
    }

    /// Renders operations `range` (a template or a section body); a content-type tag inside
    /// lasts to the range's end, so the escaping in force on entry is restored.
    mutating func render(_ range: Range<Int>, _ out: inout ByteBuffer) {
        let escaping = self.escaping
        defer { self.escaping = escaping }
        if let indentation, !indentation.isEmpty {
            // Inside an indented partial each level builds its own text first, because
            // swift-mustache indents a token only when the text rendered so far *at that
            // level* ends a line (a Character "\n": "\r\n" is one Character and does not).
            var level = ByteBuffer(capacity: 256)
            var piece = ByteBuffer(capacity: 256)
            var at = range.lowerBound
            while at < range.upperBound {
                piece.removeAll()
                at = render(at, &piece)
                if !piece.isEmpty, level.endsWithLineFeedCharacter { level.append(indentation) }
                level.append(piece)
            }
            out.append(level)
        } else {
            var at = range.lowerBound
            while at < range.upperBound { at = render(at, &out) }
        }
    }

    /// Renders the operation at `at` (a section with its body); returns the next one's.
    private mutating func render(_ at: Int, _ out: inout ByteBuffer) -> Int {
        switch program.operations[at] {
        case .text(let start, let count):
            out.append(UnsafeBufferPointer(rebasing: program.text[Int(start)..<Int(start + count)]))
        case .contentType(let e):
            escaping = e
        case .variable(let name, let escaped):
            guard let v = lookup(program.names[Int(name)]) else { break }
            let escaping = escaped ? self.escaping : .text
            switch v.value.kind {
            case .text: append(v, escaping, to: &out)
            case .bool: out.append(v.value.flags != 0 ? "true" : "false")
            case .null: out.append("nil")
            case .list, .object, .lazyList:
                let text = arena(of: v).description(v.value)
                out.append(Array((escaping.leavesUnchanged(text) ? text : escaping.escape(text)).utf8))
            }
        case .section(let name, let end):
            let body = at + 1..<Int(end)
            guard let v = lookup(program.names[Int(name)]) else { return body.upperBound }
            let a = v.arena.pointee
            switch v.value.kind {
            case .list:
                for k in Int(v.value.start)..<Int(v.value.start + v.value.count) {
                    pushing(ContextValue(value: a.values[k], arena: v.arena), body, &out)
                }
            case .lazyList:
                let list = a.lazyLists[Int(v.value.start)]
                var builder = ViewBuilder(wants: list.wants)
                for k in 0..<Int(v.value.count) {
                    let item = list.build(k, with: &builder)
                    item.withBuffers { pushing(ContextValue(value: item.root, arena: $0), body, &out) }
                }
            case .bool:
                if v.value.flags != 0 { render(body, &out) }
            default:
                pushing(v, body, &out)
            }
            return body.upperBound
        case .inverted(let name, let end):
            let body = at + 1..<Int(end)
            if let v = lookup(program.names[Int(name)]) {
                switch v.value.kind {
                case .list where v.value.count == 0, .lazyList where v.value.count == 0:
                    pushing(ContextValue(value: .list(start: 0, count: 0), arena: v.arena), body, &out)
                case .bool where v.value.flags == 0: render(body, &out)
                default: break
                }
            } else {
                render(body, &out)
            }
            return body.upperBound
        case .partial(let template, let indented):
            guard template >= 0 else { break }
            let indentation = self.indentation
            let escaping = self.escaping
            defer {
                self.indentation = indentation
                self.escaping = escaping
            }
            if indented >= 0 { self.indentation = (indentation ?? []) + program.indentations[Int(indented)] }
            self.escaping = .html
            render(program.ranges[Int(template)], &out)
        }
        return at + 1
    }

    @inline(__always)
    private mutating func pushing(_ v: ContextValue, _ body: Range<Int>, _ out: inout ByteBuffer) {
        stack.append(v)
        render(body, &out)
        stack.removeLast()
    }

    /// The arena `v` lives in, as a value (for the rare slow paths).
    private func arena(of v: ContextValue) -> ViewArena {
        let a = v.arena.pointee
        var arena = ViewArena()
        arena.values = Array(a.values)
        arena.bytes = Array(a.bytes)
        arena.lazyLists = Array(a.lazyLists)
        return arena
    }

    /// Appends a text value escaped for the content type: copied as it is unless its
    /// `EscapeNeeds` say this escaper would change it.
    @inline(__always)
    private func append(_ v: ContextValue, _ escaping: CompiledTemplate.Escaping, to out: inout ByteBuffer) {
        let text = UnsafeBufferPointer(
            rebasing: v.arena.pointee.bytes[Int(v.value.start)..<Int(v.value.start + v.value.count)])
        if v.value.flags & EscapeNeeds.bit(escaping) == 0 {
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
    private func lookup(_ name: ArenaProgram.Name) -> ContextValue? {
        if name.isCurrent || name.partCount == 0 { return stack.last }
        let first = program.parts[Int(name.firstPart)]
        var value: ContextValue?
        if name.fromTop {
            value = member(stack[stack.count - 1], first)
        } else {
            var k = stack.count - 1
            while k >= 0 {
                if let v = member(stack[k], first) {
                    value = v
                    break
                }
                k -= 1
            }
        }
        var n = 1
        while n < Int(name.partCount) {
            guard let v = value else { return nil }
            value = member(v, program.parts[Int(name.firstPart) + n])
            n += 1
        }
        return value
    }

    /// The member `key` of an object (the first, as in a dictionary literal); nil for
    /// anything else.
    @inline(__always)
    private func member(_ o: ContextValue, _ key: UInt16) -> ContextValue? {
        guard o.value.kind == .object else { return nil }
        let values = o.arena.pointee.values
        var k = Int(o.value.start)
        let end = k + Int(o.value.count)
        while k < end {
            if values[k].key == key { return ContextValue(value: values[k], arena: o.arena) }
            k += 1
        }
        return nil
    }
}
