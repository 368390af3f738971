import PerfPlanCore

/// Builds a `ViewArena`: members and list items go on a scratch stack while their container
/// is open, and move into `values` as one contiguous range when it closes. Members whose key
/// no template uses (`wants`) are skipped, and so is the work of formatting them.
struct ViewBuilder {
    var arena = ViewArena()
    let wants: ViewKeySet
    private var pending: [ViewArena.Value] = []

    /// `capacity`: values to reserve room for; `bytes`: text bytes (16 per value if nil).
    init(wants: ViewKeySet, capacity: Int = 0, bytes: Int? = nil) {
        self.wants = wants
        arena.values.reserveCapacity(capacity)
        arena.bytes.reserveCapacity(bytes ?? capacity * 16)
        pending.reserveCapacity(64)
    }

    /// The finished view: the members added at the top level form the root object.
    mutating func finish() -> ViewArena {
        let start = arena.values.count
        let count = pending.count
        finishMembers()
        arena.root = ViewArena.Value(
            kind: .object, flags: 0, key: ViewArena.noKey, start: Int32(start), count: Int32(count))
        return arena
    }

    private mutating func finishMembers() {
        arena.values.append(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Empties the builder, keeping its buffers (a lazy list's items are built one after
    /// another in one builder).
    package mutating func removeAll() {
        arena.values.removeAll(keepingCapacity: true)
        arena.bytes.removeAll(keepingCapacity: true)
        arena.lazyLists.removeAll(keepingCapacity: true)
        pending.removeAll(keepingCapacity: true)
    }

    /// The one value added at the top level, as the view's root (a view converted whole).
    mutating func finishValue() -> ViewArena {
        var arena = self.arena
        arena.root = pending.removeLast()
        return arena
    }

    /// A text value under any key id (`add(_:key:)`).
    mutating func rawText(_ key: UInt16, _ write: (inout [UInt8]) -> Void) { textValue(key, write) }

    /// Any value under any key id.
    mutating func rawValue(_ v: ViewArena.Value) { pending.append(v) }

    /// A list or object under any key id.
    mutating func rawContainer(_ kind: ViewArena.Kind, _ key: UInt16, _ body: (inout ViewBuilder) -> Void) {
        container(kind, key, body)
    }

    @inline(__always) func wants(_ key: ViewKey) -> Bool { wants.contains(key) }

    /// A text member written by `write` straight into the byte pool. Returns the value
    /// (nil when no template wants it), which `text(_:same:)` can place again.
    @inline(__always) @discardableResult
    mutating func text(_ key: ViewKey, _ write: (inout [UInt8]) -> Void) -> ViewArena.Value? {
        guard wants.contains(key) else { return nil }
        textValue(key.rawValue, write)
        return pending.last
    }

    /// Markup we build for templates to place unescaped (`{{{chart}}}`, kilobytes of SVG):
    /// not scanned for what each escaper would change, but marked as changed by all of them,
    /// which stays right if a template escapes it anyway (the escaper then runs).
    @inline(__always)
    mutating func markup(_ key: ViewKey, _ write: (inout [UInt8]) -> Void) {
        guard wants.contains(key) else { return }
        let start = arena.bytes.count
        write(&arena.bytes)
        pending.append(
            ViewArena.Value(
                kind: .text, flags: EscapeNeeds.all, key: key.rawValue, start: Int32(start),
                count: Int32(arena.bytes.count - start)))
    }

    /// A text member with the same text as `value` (sharing its bytes).
    mutating func text(_ key: ViewKey, same value: ViewArena.Value) {
        guard wants.contains(key) else { return }
        var v = value
        v.key = key.rawValue
        pending.append(v)
    }

    @inline(__always)
    mutating func text(_ key: ViewKey, _ s: @autoclosure () -> String) {
        guard wants.contains(key) else { return }
        textValue(key.rawValue) { $0.append(utf8: s()) }
    }

    /// A count for readers, thousands grouped as every other number in the documents
    /// (`10,000 employees`). Counts below 1 000 (every per-employee one: cycles, months,
    /// streaks, most peer groups) need no separator and keep the cheap integer writer.
    mutating func int(_ key: ViewKey, _ n: Int) {
        if (-999...999).contains(n) {
            text(key) { ByteFormat.append(integer: Int64(n), to: &$0) }
        } else {
            text(key) { HumanNumber.append(Double(n), decimals: 0, to: &$0) }
        }
    }

    mutating func bool(_ key: ViewKey, _ b: @autoclosure () -> Bool) {
        guard wants.contains(key) else { return }
        pending.append(ViewArena.Value(kind: .bool, flags: b() ? 1 : 0, key: key.rawValue, start: 0, count: 0))
    }

    mutating func null(_ key: ViewKey) {
        guard wants.contains(key) else { return }
        pending.append(ViewArena.Value(kind: .null, flags: 0, key: key.rawValue, start: 0, count: 0))
    }

    /// An object member whose members `body` adds.
    @inline(__always)
    mutating func object(_ key: ViewKey, _ body: (inout ViewBuilder) -> Void) {
        guard wants.contains(key) else { return }
        container(.object, key.rawValue, body)
    }

    /// A list member whose items `body` adds (with `item`, `textItem`).
    @inline(__always)
    mutating func list(_ key: ViewKey, _ body: (inout ViewBuilder) -> Void) {
        guard wants.contains(key) else { return }
        container(.list, key.rawValue, body)
    }

    /// A list member of `count` objects, item k's members added by `item(k, &builder)` when
    /// a template reaches it (with the same wanted members as this view).
    mutating func lazyList(_ key: ViewKey, count: Int, item: @escaping @Sendable (Int, inout ViewBuilder) -> Void) {
        guard wants.contains(key) else { return }
        arena.lazyLists.append(ViewArena.LazyList(wants: wants, item: item))
        pending.append(
            ViewArena.Value(
                kind: .lazyList, flags: 0, key: key.rawValue, start: Int32(arena.lazyLists.count - 1),
                count: Int32(count)))
    }

    /// An object item of the list being built.
    @inline(__always)
    mutating func item(_ body: (inout ViewBuilder) -> Void) {
        container(.object, ViewArena.noKey, body)
    }

    /// A list of `{text}` objects (the views' bullet lists).
    mutating func texts(_ key: ViewKey, _ items: [String]) {
        list(key) { b in
            for s in items { b.item { $0.text(.text, s) } }
        }
    }

    @inline(__always)
    private mutating func textValue(_ key: UInt16, _ write: (inout [UInt8]) -> Void) {
        let start = arena.bytes.count
        write(&arena.bytes)
        let count = arena.bytes.count - start
        let flags = EscapeNeeds.of(arena.bytes, from: start)
        pending.append(ViewArena.Value(kind: .text, flags: flags, key: key, start: Int32(start), count: Int32(count)))
    }

    @inline(__always)
    private mutating func container(_ kind: ViewArena.Kind, _ key: UInt16, _ body: (inout ViewBuilder) -> Void) {
        let mark = pending.count
        body(&self)
        let start = arena.values.count
        arena.values.append(contentsOf: pending[mark...])
        pending.removeSubrange(mark...)
        pending.append(
            ViewArena.Value(
                kind: kind, flags: 0, key: key, start: Int32(start), count: Int32(arena.values.count - start)))
    }
}
