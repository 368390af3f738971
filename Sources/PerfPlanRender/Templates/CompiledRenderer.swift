/// Renders `CompiledTemplate`s with swift-mustache's semantics: a context stack searched
/// from the top for a name's first part, sections that iterate lists, test flags and push
/// any other value, inverted sections for false/empty/missing, partials that reset the
/// content type to HTML and indent every token that starts a line.
struct CompiledRenderer {
    let templates: [String: CompiledTemplate]

    struct Context {
        var stack: [TemplateValue]
        var escaping: CompiledTemplate.Escaping
        var indentation: String?

        func pushing(_ v: TemplateValue) -> Context {
            var c = self
            c.stack.append(v)
            return c
        }
    }

    func render(_ view: TemplateValue, _ name: String) -> String? {
        guard let t = templates[name] else { return nil }
        return render(t.tokens, Context(stack: [view], escaping: .html, indentation: nil))
    }

    func render(_ tokens: [CompiledTemplate.Token], _ context: Context) -> String {
        var out = ""
        render(tokens, context, into: &out)
        return out
    }

    /// Appends to one buffer. Inside an indented partial each section builds its own string
    /// first, because swift-mustache indents a token only when the text rendered so far *at
    /// that level* ends a line.
    func render(_ tokens: [CompiledTemplate.Token], _ context: Context, into out: inout String) {
        var context = context
        if let indentation = context.indentation, !indentation.isEmpty {
            var level = ""
            for token in tokens {
                var piece = ""
                render(token, &context, into: &piece)
                if !piece.isEmpty, level.last == "\n" { level += indentation }
                level += piece
            }
            out += level
        } else {
            for token in tokens { render(token, &context, into: &out) }
        }
    }

    private func render(_ token: CompiledTemplate.Token, _ context: inout Context, into out: inout String) {
        switch token {
        case .text(let s):
            out += s
        case .contentType(let e):
            context.escaping = e
        case .variable(let name, let escaped):
            guard let v = lookup(name, context) else { return }
            let s: String
            switch v {
            case .text(let t): s = t
            case .bool(let b): s = b ? "true" : "false"
            case .null: s = "nil"
            case .list, .object, .generated: s = "\(v)"
            }
            out += escaped ? context.escaping.escape(s) : s
        case .section(let name, let inner):
            switch lookup(name, context) {
            case .list(let items)?:
                for item in items { render(inner, context.pushing(item), into: &out) }
            case .generated(let count, let element)?:
                for k in 0..<count { render(inner, context.pushing(element(k)), into: &out) }
            case .bool(let b)?:
                if b { render(inner, context, into: &out) }
            case let v?:
                render(inner, context.pushing(v), into: &out)
            case nil:
                break
            }
        case .inverted(let name, let inner):
            switch lookup(name, context) {
            case .list(let items)?: if items.isEmpty { render(inner, context.pushing(.list([])), into: &out) }
            case .generated(let count, _)?: if count == 0 { render(inner, context.pushing(.list([])), into: &out) }
            case .bool(let b)?: if !b { render(inner, context, into: &out) }
            case .some: break
            case nil: render(inner, context, into: &out)
            }
        case .partial(let name, let indented):
            guard let t = templates[name] else { return }
            var c = context
            if let indented { c.indentation = (context.indentation ?? "") + indented }
            c.escaping = .html
            render(t.tokens, c, into: &out)
        }
    }

    @inline(__always)
    private func lookup(_ name: CompiledTemplate.Name, _ context: Context) -> TemplateValue? {
        if name.isCurrent { return context.stack.last }
        var parts = name.parts[...]
        guard let first = parts.popFirst() else { return context.stack.last }
        var value: TemplateValue?
        if name.fromTop {
            value = context.stack.last?.member(first)
        } else {
            for object in context.stack.reversed() {
                if let v = object.member(first) { value = v; break }
            }
        }
        for part in parts {
            guard let v = value else { return nil }
            value = v.member(part)
        }
        return value
    }
}
