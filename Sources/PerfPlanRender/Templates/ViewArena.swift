import PerfPlanCore

/// One document view in two flat arrays: every value a fixed-size `Value`, and all text in
/// one byte pool. Objects and lists are ranges of `values` (an object's members carry their
/// key), text values are ranges of `bytes`. A lazy list (the index's rows) is a count and a
/// function that builds item k into an arena of its own when the renderer reaches it.
///
/// Why: a view of small objects (dictionaries, or trees of enums) is about 400 objects per
/// employee, each with arrays and strings to allocate and reference-count, and rendering
/// copied values out of them for every name looked up (together a large share of
/// generating a packet). An arena is built with appends into two arrays and read with integer indexes:
/// nothing to retain, nothing to free but the two buffers.
package struct ViewArena: Sendable {
    enum Kind: UInt8, Sendable { case text, bool, list, object, null, lazyList }

    struct Value: Sendable {
        var kind: Kind
        /// Text: which escapers would change it (`EscapeNeeds`); bool: 1 for true.
        var flags: UInt8
        /// The member name's id (`ViewKeys`) inside an object; `ViewArena.noKey` in a list.
        var key: UInt16
        /// Text: range of `bytes`; list and object: range of `values`; lazy list: `start`
        /// indexes `lazyLists`, `count` is its item count.
        var start: Int32
        var count: Int32

        static func list(start: Int, count: Int) -> Value {
            Value(kind: .list, flags: 0, key: ViewArena.noKey, start: Int32(start), count: Int32(count))
        }
    }

    /// A list whose items are built when a section reaches them and dropped after: the
    /// index of 100 000 employees never holds every row's view at once.
    struct LazyList: Sendable {
        /// The members templates can look up in an item (those of the view it is in).
        var wants: ViewKeySet
        /// Adds the members of item `k` (an object) to an empty builder.
        var item: @Sendable (_ k: Int, _ into: inout ViewBuilder) -> Void

        /// Item `k` as an arena of its own, built with `builder` (emptied first, so one
        /// builder's buffers serve every item).
        package func build(_ k: Int, with builder: inout ViewBuilder) -> ViewArena {
            builder.removeAll()
            item(k, &builder)
            return builder.finish()
        }
    }

    static let noKey = UInt16.max

    var values: [Value] = []
    var bytes: [UInt8] = []
    var lazyLists: [LazyList] = []
    /// The view itself (an object).
    var root = Value(kind: .object, flags: 0, key: noKey, start: 0, count: 0)

    package init() {}
}
