/// Renders `CompiledTemplate`s with swift-mustache's semantics: a context stack searched
/// from the top for a name's first part, sections that iterate lists, test flags and push
/// any other value, inverted sections for false/empty/missing, partials that reset the
/// content type to HTML and indent every token that starts a line.
///
/// Output is UTF-8 bytes appended to the caller's buffer, and the context is one mutable
/// stack pushed and popped around sections: copying the stack for every list item and
/// growing `String`s were most of rendering's cost (reference counting and allocation).
struct CompiledRenderer {
    let templates: [String: CompiledTemplate]

    struct Context {
        var stack: [TemplateValue]
        var escaping: CompiledTemplate.Escaping
        var indentation: [UInt8]?
    }

    func render(_ view: TemplateValue, _ name: String) -> String? {
        var out: [UInt8] = []
        guard render(view, name, into: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the rendering of template `name` to `out`; false when there is no such template.
    func render(_ view: TemplateValue, _ name: String, into out: inout [UInt8]) -> Bool {
        guard let t = templates[name] else { return false }
        var context = Context(stack: [view], escaping: .html, indentation: nil)
        render(t.tokens, &context, into: &out)
        return true
    }

    /// Renders a token list; a content-type tag inside it lasts to the list's end, so the
    /// escaping (and indentation) in force on entry is restored on return.
    func render(_ tokens: [CompiledTemplate.Token], _ context: inout Context, into out: inout [UInt8]) {
        let escaping = context.escaping
        defer { context.escaping = escaping }
        if let indentation = context.indentation, !indentation.isEmpty {
            // Inside an indented partial each level builds its own text first, because
            // swift-mustache indents a token only when the text rendered so far *at that
            // level* ends a line (a Character "\n": "\r\n" is one Character and does not).
            var level: [UInt8] = []
            var piece: [UInt8] = []
            for token in tokens {
                piece.removeAll(keepingCapacity: true)
                render(token, &context, into: &piece)
                if !piece.isEmpty, Self.endsWithLineFeedCharacter(level) { level += indentation }
                level += piece
            }
            out += level
        } else {
            for token in tokens { render(token, &context, into: &out) }
        }
    }

    @inline(__always)
    static func endsWithLineFeedCharacter(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer(endsWithLineFeedCharacter)
    }

    @inline(__always)
    static func endsWithLineFeedCharacter(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = text.last, last == 0x0A else { return false }
        return text.count < 2 || text[text.count - 2] != 0x0D
    }

    private func render(_ token: CompiledTemplate.Token, _ context: inout Context, into out: inout [UInt8]) {
        switch token {
        case .text(let s):
            out.append(contentsOf: s.utf8)
        case .contentType(let e):
            context.escaping = e
        case .variable(let name, let escaped):
            guard let v = lookup(name, context) else { return }
            switch v {
            case .text(let t): append(t, escaped ? context.escaping : .text, to: &out)
            case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
            case .null: out.append(contentsOf: "nil".utf8)
            case .list, .object, .generated: append("\(v)", escaped ? context.escaping : .text, to: &out)
            }
        case .section(let name, let inner):
            switch lookup(name, context) {
            case .list(let items)?:
                for item in items { renderPushing(item, inner, &context, into: &out) }
            case .generated(let count, let element)?:
                for k in 0..<count { renderPushing(element(k), inner, &context, into: &out) }
            case .bool(let b)?:
                if b { render(inner, &context, into: &out) }
            case let v?:
                renderPushing(v, inner, &context, into: &out)
            case nil:
                break
            }
        case .inverted(let name, let inner):
            switch lookup(name, context) {
            case .list(let items)?: if items.isEmpty { renderPushing(.list([]), inner, &context, into: &out) }
            case .generated(let count, _)?: if count == 0 { renderPushing(.list([]), inner, &context, into: &out) }
            case .bool(let b)?: if !b { render(inner, &context, into: &out) }
            case .some: break
            case nil: render(inner, &context, into: &out)
            }
        case .partial(let name, let indented):
            guard let t = templates[name] else { return }
            let indentation = context.indentation, escaping = context.escaping
            defer { context.indentation = indentation; context.escaping = escaping }
            if let indented { context.indentation = (indentation ?? []) + Array(indented.utf8) }
            context.escaping = .html
            render(t.tokens, &context, into: &out)
        }
    }

    @inline(__always)
    private func renderPushing(_ value: TemplateValue, _ tokens: [CompiledTemplate.Token], _ context: inout Context,
                               into out: inout [UInt8]) {
        context.stack.append(value)
        render(tokens, &context, into: &out)
        context.stack.removeLast()
    }

    /// Appends `s` escaped for the content type; values with nothing to escape (nearly all)
    /// are copied as they are, without building an escaped string.
    @inline(__always)
    private func append(_ s: String, _ escaping: CompiledTemplate.Escaping, to out: inout [UInt8]) {
        if escaping.leavesUnchanged(s) {
            out.append(contentsOf: s.utf8)
        } else {
            out.append(contentsOf: escaping.escape(s).utf8)
        }
    }

    @inline(__always)
    private func lookup(_ name: CompiledTemplate.Name, _ context: Context) -> TemplateValue? {
        if name.isCurrent { return context.stack.last }
        guard let first = name.parts.first else { return context.stack.last }
        let firstHash = name.hashes[0]
        var value: TemplateValue?
        if name.fromTop {
            value = context.stack.last?.member(first, hash: firstHash)
        } else {
            var k = context.stack.count - 1
            while k >= 0 {
                if let v = context.stack[k].member(first, hash: firstHash) { value = v; break }
                k -= 1
            }
        }
        var n = 1
        while n < name.parts.count {
            guard let v = value else { return nil }
            value = v.member(name.parts[n], hash: name.hashes[n])
            n += 1
        }
        return value
    }
}
