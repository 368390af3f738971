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
        var context = context
        var out = ""
        if let indentation = context.indentation, !indentation.isEmpty {
            for token in tokens {
                let piece = render(token, &context)
                if !piece.isEmpty, out.last == "\n" { out += indentation }
                out += piece
            }
        } else {
            for token in tokens {
                switch token {
                case .text(let s): out += s
                default: out += render(token, &context)
                }
            }
        }
        return out
    }

    private func render(_ token: CompiledTemplate.Token, _ context: inout Context) -> String {
        switch token {
        case .text(let s):
            return s
        case .contentType(let e):
            context.escaping = e
            return ""
        case .variable(let name, let escaped):
            guard let v = lookup(name, context) else { return "" }
            let s: String
            switch v {
            case .text(let t): s = t
            case .bool(let b): s = b ? "true" : "false"
            case .null: s = "nil"
            case .list, .object, .generated: s = "\(v)"
            }
            return escaped ? context.escaping.escape(s) : s
        case .section(let name, let inner):
            switch lookup(name, context) {
            case .list(let items)?:
                var out = ""
                for item in items { out += render(inner, context.pushing(item)) }
                return out
            case .generated(let count, let element)?:
                var out = ""
                for k in 0..<count { out += render(inner, context.pushing(element(k))) }
                return out
            case .bool(let b)?:
                return b ? render(inner, context) : ""
            case let v?:
                return render(inner, context.pushing(v))
            case nil:
                return ""
            }
        case .inverted(let name, let inner):
            switch lookup(name, context) {
            case .list(let items)?: return items.isEmpty ? render(inner, context.pushing(.list([]))) : ""
            case .generated(let count, _)?: return count == 0 ? render(inner, context.pushing(.list([]))) : ""
            case .bool(let b)?: return b ? "" : render(inner, context)
            case .some: return ""
            case nil: return render(inner, context)
            }
        case .partial(let name, let indented):
            guard let t = templates[name] else { return "" }
            var c = context
            if let indented { c.indentation = (context.indentation ?? "") + indented }
            c.escaping = .html
            return render(t.tokens, c)
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
