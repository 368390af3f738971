/// Which templates each template includes (`{{> name}}`, `{{< parent}}`), checked before a
/// run writes anything.
///
/// swift-mustache resolves a partial when it renders: a name it cannot find renders as
/// nothing (a typo in `{{> style.css}}` silently drops the stylesheet of every document), and
/// a partial that reaches itself recurses until the stack overflows. Both are mistakes in
/// a user's `--templates` folder, so they are found here, with the names, and reported as
/// usage errors. The scanner follows swift-mustache's tag syntax (set delimiters, comments,
/// triple mustaches, the partial-name characters); dynamic partials (`{{> *name}}`) name a
/// template only at render time and are not followed.
package enum PartialGraph {
    package struct Failure: Error, CustomStringConvertible, Sendable, Equatable {
        package var description: String
    }

    /// The static partial names `text` includes, in order of appearance (duplicates kept).
    package static func partials(in text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var open: [Unicode.Scalar] = ["{", "{"]
        var close: [Unicode.Scalar] = ["}", "}"]
        var names: [String] = []
        var i = 0
        func matches(_ pattern: [Unicode.Scalar], at k: Int) -> Bool {
            guard k + pattern.count <= s.count else { return false }
            for (n, c) in pattern.enumerated() where s[k + n] != c { return false }
            return true
        }
        func find(_ pattern: [Unicode.Scalar], from k: Int) -> Int? {
            var k = k
            while k + pattern.count <= s.count {
                if matches(pattern, at: k) { return k }
                k += 1
            }
            return nil
        }
        while let start = find(open, from: i) {
            var k = start + open.count
            guard k < s.count else { break }
            let sigil = s[k]
            if sigil == "{" && open == ["{", "{"] {
                // {{{ name }}}: an unescaped variable, closed by "}}}".
                guard let end = find(["}", "}", "}"], from: k) else { break }
                i = end + 3
                continue
            }
            if sigil == "=" {
                // {{=<% %>=}}: new delimiters from here on.
                guard let end = find(["="] + close, from: k + 1) else { break }
                let inner = String(String.UnicodeScalarView(s[(k + 1)..<end])).split(whereSeparator: {
                    $0 == " " || $0 == "\t"
                })
                i = end + 1 + close.count  // the tag ends with the delimiter it replaces
                if inner.count == 2 {
                    open = Array(inner[0].unicodeScalars)
                    close = Array(inner[1].unicodeScalars)
                }
                continue
            }
            guard let end = find(close, from: k) else { break }
            if sigil == ">" || sigil == "<" {
                k += 1
                while k < end, s[k] == " " || s[k] == "\t" || s[k] == "\n" || s[k] == "\r" { k += 1 }
                if k < end, s[k] != "*" {
                    var name = ""
                    while k < end, partialNameCharacters.contains(s[k]) {
                        name.unicodeScalars.append(s[k])
                        k += 1
                    }
                    if !name.isEmpty { names.append(name) }
                }
            }
            i = end + close.count
        }
        return names
    }

    /// swift-mustache's partial-name characters.
    static let partialNameCharacters = Set(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/".unicodeScalars)

    /// Checks that every partial a template names exists and that no template reaches itself.
    /// `origin` says where a template came from (a file path) for the message.
    package static func check(_ texts: [String: String], origin: (String) -> String) throws(Failure) {
        let edges = texts.mapValues { partials(in: $0) }
        for name in texts.keys.sorted() {
            for p in edges[name]! where texts[p] == nil {
                throw Failure(
                    description: "\(origin(name)): includes the partial {{> \(p)}}, but there is no template \(p) "
                        + "(no \(p).mustache among the built-in templates or in --templates)")
            }
        }
        // Depth-first search for a cycle, in name order so the message is deterministic.
        enum Mark { case active, done }
        var marks: [String: Mark] = [:]
        var path: [String] = []
        func visit(_ name: String) throws(Failure) {
            if marks[name] == .done { return }
            if marks[name] == .active {
                let loop = path[path.lastIndex(of: name)!...] + [name]
                throw Failure(
                    description: "\(origin(name)): the partials include themselves in a cycle: "
                        + loop.map { "{{> \($0)}}" }.joined(separator: " → "))
            }
            marks[name] = .active
            path.append(name)
            for p in edges[name]! { try visit(p) }
            path.removeLast()
            marks[name] = .done
        }
        for name in texts.keys.sorted() { try visit(name) }
    }
}
