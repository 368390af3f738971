/// The compiled templates of a run as one flat program for `ArenaRenderer`: every
/// template's tokens become fixed-size operations in one array (a section knows where its
/// body ends), text lives in one byte pool and names are lists of `ViewKeys` ids, so
/// rendering walks integers and copies bytes — no reference counting, no hashing, no
/// string comparison.
///
/// Unsafe: the arrays are copied once into buffers allocated for the life of the template
/// set and read through raw pointers while rendering (no bounds or uniqueness checks in the
/// renderer's inner loop). What keeps it correct: the buffers are immutable after `init`,
/// freed only in `deinit`, and every index stored in an operation was produced by the
/// builder below from the same arrays.
final class ArenaProgram: @unchecked Sendable {
    /// One step of a template.
    enum Operation {
        /// Copy `count` bytes of the text pool from `start`.
        case text(start: Int32, count: Int32)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}`: `name` indexes `names`.
        case variable(name: Int32, escaped: Bool)
        /// `{{#name}}`: the body is the operations up to `end` (exclusive).
        case section(name: Int32, end: Int32)
        /// `{{^name}}`: the body is the operations up to `end` (exclusive).
        case inverted(name: Int32, end: Int32)
        /// `{{> name}}`: `template` indexes `ranges` (-1: no such template, renders nothing);
        /// `indentation` indexes `indentations` (-1: the partial is not standalone).
        case partial(template: Int32, indentation: Int32)
        /// `{{% CONTENT_TYPE: X }}`: the escaping from here to the end of the enclosing range.
        case contentType(CompiledTemplate.Escaping)
    }

    /// A variable or section name: `.` (the current value), `.a.b` (the current value only)
    /// or `a.b` (first part looked up the context stack), its parts `parts[firstPart ..<
    /// firstPart + partCount]`.
    struct Name {
        var isCurrent: Bool
        var fromTop: Bool
        var firstPart: Int32
        var partCount: Int32
    }

    let operations: UnsafeMutableBufferPointer<Operation>
    let text: UnsafeMutableBufferPointer<UInt8>
    let names: UnsafeMutableBufferPointer<Name>
    /// The `ViewKeys` id of each part of every name.
    let parts: UnsafeMutableBufferPointer<UInt16>
    /// The indentation of each standalone partial tag.
    let indentations: [[UInt8]]
    /// Each template's operations, by template number (names sorted).
    let ranges: [Range<Int>]
    let templateNumbers: [String: Int]
    /// The ids of the names each template (with the partials it reaches) can look up.
    let keysByTemplate: [String: ViewKeySet]

    init(templates: [String: CompiledTemplate]) {
        let sorted = templates.keys.sorted()
        var numbers: [String: Int] = [:]
        for (k, n) in sorted.enumerated() { numbers[n] = k }
        var builder = Builder(templateNumbers: numbers)
        var ranges: [Range<Int>] = []
        var ids: [Set<UInt16>] = []
        var partials: [Set<String>] = []
        for n in sorted {
            let start = builder.operations.count
            builder.partials = []
            builder.ids = []
            builder.emit(templates[n]!.tokens)
            ranges.append(start..<builder.operations.count)
            ids.append(builder.ids)
            partials.append(builder.partials)
        }
        func copy<T>(_ a: [T]) -> UnsafeMutableBufferPointer<T> {
            let p = UnsafeMutableBufferPointer<T>.allocate(capacity: max(a.count, 1))
            _ = p.initialize(from: a)
            return UnsafeMutableBufferPointer(rebasing: p[0..<a.count])
        }
        operations = copy(builder.operations)
        text = copy(builder.text)
        names = copy(builder.names)
        parts = copy(builder.parts)
        indentations = builder.indentations
        self.ranges = ranges
        templateNumbers = numbers
        var keys: [String: ViewKeySet] = [:]
        for (k, n) in sorted.enumerated() {
            // The template's own names and those of every partial it reaches.
            var seen: Set<Int> = [k]
            var queue = [k]
            var all = Set<UInt16>()
            while let t = queue.popLast() {
                all.formUnion(ids[t])
                for p in partials[t] { if let q = numbers[p], seen.insert(q).inserted { queue.append(q) } }
            }
            keys[n] = ViewKeySet(ids: all)
        }
        keysByTemplate = keys
    }

    deinit {
        // Allocated with their full capacity, rebased to the used count: free the bases.
        operations.baseAddress?.deallocate()
        text.baseAddress?.deallocate()
        names.baseAddress?.deallocate()
        parts.baseAddress?.deallocate()
    }

    /// Flattens token trees into the arrays.
    private struct Builder {
        let templateNumbers: [String: Int]
        var operations: [Operation] = []
        var text: [UInt8] = []
        var names: [Name] = []
        var parts: [UInt16] = []
        var indentations: [[UInt8]] = []
        /// Of the template being emitted: the ids its names use and the partials it names.
        var ids: Set<UInt16> = []
        var partials: Set<String> = []

        init(templateNumbers: [String: Int]) { self.templateNumbers = templateNumbers }

        mutating func name(_ n: CompiledTemplate.Name) -> Int32 {
            let start = parts.count
            for p in n.parts {
                let id = ViewKeys.id(p)
                parts.append(id)
                ids.insert(id)
            }
            names.append(
                Name(
                    isCurrent: n.isCurrent, fromTop: n.fromTop, firstPart: Int32(start), partCount: Int32(n.parts.count)
                ))
            return Int32(names.count - 1)
        }

        mutating func emit(_ tokens: [CompiledTemplate.Token]) {
            for token in tokens {
                switch token {
                case .text(let s):
                    let start = text.count
                    text.append(contentsOf: s.utf8)
                    operations.append(.text(start: Int32(start), count: Int32(text.count - start)))
                case .variable(let n, let escaped):
                    operations.append(.variable(name: name(n), escaped: escaped))
                case .section(let n, let inner), .inverted(let n, let inner):
                    let at = operations.count
                    let nameNumber = name(n)
                    operations.append(.text(start: 0, count: 0))  // replaced once the body's end is known
                    emit(inner)
                    let end = Int32(operations.count)
                    if case .section = token {
                        operations[at] = .section(name: nameNumber, end: end)
                    } else {
                        operations[at] = .inverted(name: nameNumber, end: end)
                    }
                case .partial(let n, let indentation):
                    partials.insert(n)
                    var indentationNumber: Int32 = -1
                    if let indentation {
                        indentationNumber = Int32(indentations.count)
                        indentations.append(Array(indentation.utf8))
                    }
                    operations.append(
                        .partial(template: Int32(templateNumbers[n] ?? -1), indentation: indentationNumber))
                case .contentType(let e):
                    operations.append(.contentType(e))
                }
            }
        }
    }
}
