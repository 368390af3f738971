/// Between arena views and the values swift-mustache renders (`String`, `Bool`, `[Any]`,
/// `[String: Any]`, `Optional.none`): when a template set uses what only swift-mustache
/// handles, an arena view is converted and rendered by it; the differential tests go the
/// other way, to render one view with both.
extension ViewArena {
    /// The view as swift-mustache takes it; lazy lists are built in full.
    var mustacheValue: Any { mustacheValue(root) }

    func mustacheValue(_ v: Value) -> Any {
        switch v.kind {
        case .text: return text(v)
        case .bool: return v.flags != 0
        case .null: return Optional<String>.none as Any
        case .list: return (Int(v.start)..<Int(v.start + v.count)).map { mustacheValue(values[$0]) }
        case .lazyList: return items(of: v).map(\.mustacheValue)
        case .object:
            var o: [String: Any] = [:]
            for k in Int(v.start)..<Int(v.start + v.count) {
                let name = ViewKeys.name(values[k].key)
                if o[name] == nil { o[name] = mustacheValue(values[k]) }  // the first wins, as in the renderer
            }
            return o
        }
    }

    /// The text of a text value.
    func text(_ v: Value) -> String {
        String(decoding: bytes[Int(v.start)..<Int(v.start + v.count)], as: UTF8.self)
    }

    /// Every item of a lazy list, built.
    func items(of v: Value) -> [ViewArena] {
        let list = lazyLists[Int(v.start)]
        return (0..<Int(v.count)).map { k in
            var builder = ViewBuilder(wants: list.wants)
            return list.build(k, with: &builder)
        }
    }

    /// What `{{name}}` prints for a list or an object: what swift-mustache prints for the
    /// same value (`String(describing:)` of `[Any]`), with an object's members in view order
    /// (a `[String: Any]` prints in a per-process order).
    func description(_ v: Value) -> String {
        switch v.kind {
        case .text: return text(v).debugDescription
        case .bool: return v.flags != 0 ? "true" : "false"
        case .null: return "nil"
        case .list:
            return "[" + (Int(v.start)..<Int(v.start + v.count)).map { description(values[$0]) }.joined(separator: ", ")
                + "]"
        case .lazyList: return "[" + items(of: v).map { $0.description($0.root) }.joined(separator: ", ") + "]"
        case .object:
            var seen = Set<UInt16>()
            var members: [String] = []
            for k in Int(v.start)..<Int(v.start + v.count) where seen.insert(values[k].key).inserted {
                members.append(ViewKeys.name(values[k].key).debugDescription + ": " + description(values[k]))
            }
            return members.isEmpty ? "[:]" : "[" + members.joined(separator: ", ") + "]"
        }
    }

    /// An arena holding a swift-mustache view (any member names; `Optional.none` as null).
    init(mustacheView: Any) {
        var b = ViewBuilder(wants: .all)
        b.add(mustacheView, key: ViewArena.noKey)
        self = b.finishValue()
    }
}

extension ViewBuilder {
    /// Adds a swift-mustache value as a member `key` (any name's id) or a list item (`noKey`).
    mutating func add(_ any: Any, key: UInt16) {
        switch any {
        case let s as String: rawText(key) { $0.append(contentsOf: s.utf8) }
        case let b as Bool: rawValue(ViewArena.Value(kind: .bool, flags: b ? 1 : 0, key: key, start: 0, count: 0))
        case let d as [String: Any]:
            rawContainer(.object, key) { b in
                for (name, v) in d.sorted(by: { $0.key < $1.key }) { b.add(v, key: ViewKeys.id(name)) }
            }
        case let a as [Any]:
            rawContainer(.list, key) { b in for v in a { b.add(v, key: ViewArena.noKey) } }
        case let o as OptionalValue:
            if let wrapped = o.wrappedAny {
                add(wrapped, key: key)
            } else {
                rawValue(ViewArena.Value(kind: .null, flags: 0, key: key, start: 0, count: 0))
            }
        default: add(String(describing: any), key: key)
        }
    }
}

/// Lets `ViewBuilder.add(_:key:)` see through an optional stored as `Any`.
protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedAny: Any? {
        switch self {
        case .some(let v): return v
        case .none: return nil
        }
    }
}
