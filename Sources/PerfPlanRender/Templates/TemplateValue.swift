/// A view value as the compiled templates see it: the `[String: Any]` views are converted
/// once per document, so rendering does no dynamic casting (which was half of swift-mustache's
/// time: several protocol-conformance casts per variable and per context level).
enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    /// A list whose elements are made when a section reaches them and dropped after: the
    /// index of 100 000 employees never holds every row's view at once.
    case generated(count: Int, element: @Sendable (Int) -> TemplateValue)
    /// An `Optional.none` stored in a view: found (it stops the context lookup) and, like
    /// swift-mustache, printed as `nil` and treated as a value by sections.
    case null

    init(_ any: Any) {
        switch any {
        case let s as String: self = .text(s)
        case let b as Bool: self = .bool(b)
        case let d as [String: Any]: self = .converting(d)
        // The views' lists are lists of objects; test that exact type first, since a cast
        // to `[Any]` converts the array element by element.
        case let a as [[String: Any]]: self = .list(a.map { TemplateValue.converting($0) })
        case let a as [String]: self = .list(a.map { .text($0) })
        case let a as [Any]: self = .list(a.map(TemplateValue.init))
        case let o as OptionalValue:
            if let wrapped = o.wrappedAny { self = TemplateValue(wrapped) } else { self = .null }
        default: self = .text(String(describing: any))
        }
    }

    static func converting(_ d: [String: Any]) -> TemplateValue {
        .object(TemplateObject(d.map { ($0.key, TemplateValue($0.value)) }))
    }

    /// The same value as swift-mustache takes it (templates it alone can render).
    var any: Any {
        switch self {
        case .text(let s): return s
        case .bool(let b): return b
        case .list(let items): return items.map(\.any)
        case .generated(let count, let element): return (0..<count).map { element($0).any }
        case .object(let d): return Dictionary(d.entries.map { ($0.key, $0.value.any) }, uniquingKeysWith: { a, _ in a })
        case .null: return Optional<String>.none as Any
        }
    }

    /// The member `name` of an object; nil for anything else (as swift-mustache's mirror
    /// lookup gives for strings, flags and lists).
    @inline(__always) func member(_ name: String, hash: UInt32) -> TemplateValue? {
        if case .object(let d) = self { return d[name, hash] }
        return nil
    }
}

/// Lets `TemplateValue(_:)` see through an optional stored as `Any`.
private protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedAny: Any? {
        switch self {
        case .some(let v): return v
        case .none: return nil
        }
    }
}
