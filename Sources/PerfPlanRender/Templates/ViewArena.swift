import PerfPlanCore

/// One document view in two flat arrays: every value a fixed-size `Value`, and all text in
/// one byte pool. Objects and lists are ranges of `values` (an object's members carry their
/// key), text values are ranges of `bytes`.
///
/// Why: a view of `TemplateValue` trees is about 400 small objects per employee, each with
/// arrays and strings to allocate and reference-count, and rendering copied values out of
/// them for every name looked up (together 40 % of generating a packet). An arena is built
/// with appends into two arrays and read with integer indexes: nothing to retain, nothing
/// to free but the two buffers.
struct ViewArena: Sendable {
    enum Kind: UInt8, Sendable { case text, bool, list, object, null }

    struct Value: Sendable {
        var kind: Kind
        /// Text: which escapers would change it (`EscapeNeeds`); bool: 1 for true.
        var flags: UInt8
        /// The member name's id (`ViewKeys`) inside an object; `ViewArena.noKey` in a list.
        var key: UInt16
        /// Text: range of `bytes`; list and object: range of `values`.
        var start: Int32
        var count: Int32

        static func list(start: Int, count: Int) -> Value {
            Value(kind: .list, flags: 0, key: ViewArena.noKey, start: Int32(start), count: Int32(count))
        }
    }

    static let noKey = UInt16.max

    var values: [Value] = []
    var bytes: [UInt8] = []
    /// The view itself (an object).
    var root = Value(kind: .object, flags: 0, key: noKey, start: 0, count: 0)

    /// The same view as a `TemplateValue` tree (for swift-mustache, when the templates need it,
    /// and for the tests that compare the two renderers).
    var templateValue: TemplateValue { templateValue(root) }

    func templateValue(_ v: Value) -> TemplateValue {
        values.withUnsafeBufferPointer { values in
            bytes.withUnsafeBufferPointer { bytes in Self.templateValue(v, values: values, bytes: bytes) }
        }
    }

    static func templateValue(_ v: Value, values: UnsafeBufferPointer<Value>, bytes: UnsafeBufferPointer<UInt8>) -> TemplateValue {
        switch v.kind {
        case .text: return .text(String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(v.start)..<Int(v.start + v.count)]), as: UTF8.self))
        case .bool: return .bool(v.flags != 0)
        case .null: return .null
        case .list: return .list((Int(v.start)..<Int(v.start + v.count)).map { templateValue(values[$0], values: values, bytes: bytes) })
        case .object:
            var o = TemplateObject()
            for k in Int(v.start)..<Int(v.start + v.count) {
                let name = ViewKeys.name(values[k].key)
                if o[name] == nil { o[name] = templateValue(values[k], values: values, bytes: bytes) }
            }
            return .object(o)
        }
    }

    /// An arena holding `value` (lazily generated lists are made in full).
    init(_ value: TemplateValue) {
        self = ViewBuilder.arena(holding: value)
    }

    init() {}
}

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
        arena.root = ViewArena.Value(kind: .object, flags: 0, key: ViewArena.noKey, start: Int32(start), count: Int32(count))
        return arena
    }

    private mutating func finishMembers() {
        arena.values.append(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }

    fileprivate static func arena(holding value: TemplateValue) -> ViewArena {
        var b = ViewBuilder(wants: .all)
        b.add(value, key: ViewArena.noKey)
        var arena = b.arena
        arena.root = b.pending.removeLast()
        return arena
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
        pending.append(ViewArena.Value(kind: .text, flags: EscapeNeeds.all, key: key.rawValue, start: Int32(start),
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
        let flags = arena.bytes.withUnsafeBufferPointer { EscapeNeeds.of(UnsafeBufferPointer(rebasing: $0[start...])) }
        pending.append(ViewArena.Value(kind: .text, flags: flags, key: key, start: Int32(start), count: Int32(count)))
    }

    @inline(__always)
    private mutating func container(_ kind: ViewArena.Kind, _ key: UInt16, _ body: (inout ViewBuilder) -> Void) {
        let mark = pending.count
        body(&self)
        let start = arena.values.count
        pending.withUnsafeBufferPointer { arena.values.append(contentsOf: UnsafeBufferPointer(rebasing: $0[mark...])) }
        pending.removeSubrange(mark...)
        pending.append(ViewArena.Value(kind: kind, flags: 0, key: key, start: Int32(start), count: Int32(arena.values.count - start)))
    }

    /// Adds a `TemplateValue` (any names) as a member `key` or a list item (`noKey`).
    private mutating func add(_ value: TemplateValue, key: UInt16) {
        switch value {
        case .text(let s): textValue(key) { $0.append(utf8: s) }
        case .bool(let b): pending.append(ViewArena.Value(kind: .bool, flags: b ? 1 : 0, key: key, start: 0, count: 0))
        case .null: pending.append(ViewArena.Value(kind: .null, flags: 0, key: key, start: 0, count: 0))
        case .list(let items):
            container(.list, key) { b in for v in items { b.add(v, key: ViewArena.noKey) } }
        case .generated(let count, let element):
            container(.list, key) { b in for k in 0..<count { b.add(element(k), key: ViewArena.noKey) } }
        case .object(let o):
            container(.object, key) { b in for e in o.entries { b.add(e.value, key: ViewKeys.id(e.key)) } }
        }
    }
}
