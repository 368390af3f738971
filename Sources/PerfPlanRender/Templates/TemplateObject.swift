/// The members of an object in a template view, in a small open-addressing table keyed by
/// an FNV-1a hash of the name.
///
/// Why not `[String: TemplateValue]`: Swift's per-process seeded SipHash ran for every key
/// of every view object built (about 400 per employee) and for every `{{name}}` looked up
/// down the context stack — about 5 % of generating a packet. FNV-1a over the short ASCII
/// names views use is a few multiplications, and the template side hashes each name once,
/// when the template is compiled.
struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    struct Entry: Sendable {
        var hash: UInt32
        var key: String
        var value: TemplateValue
    }

    private(set) var entries: [Entry] = []
    /// Positions in `entries` by hash (power-of-two size, -1 empty); empty for small objects,
    /// which are scanned.
    private var slots: [Int32] = []

    init() {}

    /// Keys of a literal are distinct (as for a dictionary literal; on a repeat the first
    /// wins): the entries are appended and hashed into slots once.
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries.reserveCapacity(elements.count)
        for (k, v) in elements { entries.append(Entry(hash: Self.hash(k), key: k, value: v)) }
        rebuildSlots()
    }

    init(_ pairs: some Sequence<(String, TemplateValue)>) {
        for (k, v) in pairs { self[k] = v }
    }

    static func hash(_ key: String) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for b in key.utf8 { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return h
    }

    var count: Int { entries.count }

    subscript(key: String) -> TemplateValue? {
        get { self[key, Self.hash(key)] }
        set {
            let h = Self.hash(key)
            if let k = position(key, h) {
                if let newValue { entries[k].value = newValue } else { entries.remove(at: k); rebuildSlots() }
                return
            }
            guard let newValue else { return }
            entries.append(Entry(hash: h, key: key, value: newValue))
            if entries.count > Self.scanLimit { entries.count * 2 > slots.count ? rebuildSlots() : insertSlot(entries.count - 1) }
        }
    }

    /// The member `key`, whose hash the caller computed once (a compiled template's name).
    @inline(__always)
    subscript(key: String, hash: UInt32) -> TemplateValue? {
        guard let k = position(key, hash) else { return nil }
        return entries[k].value
    }

    private static let scanLimit = 8

    @inline(__always)
    private func position(_ key: String, _ hash: UInt32) -> Int? {
        entries.withUnsafeBufferPointer { e in
            if slots.isEmpty {
                for k in e.indices where e[k].hash == hash && e[k].key == key { return k }
                return nil
            }
            return slots.withUnsafeBufferPointer { s in
                let mask = s.count - 1
                var i = Int(hash) & mask
                while true {
                    let k = Int(s[i])
                    if k < 0 { return nil }
                    if e[k].hash == hash && e[k].key == key { return k }
                    i = (i + 1) & mask
                }
            }
        }
    }

    private mutating func rebuildSlots() {
        guard entries.count > Self.scanLimit else { slots = []; return }
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        for k in entries.indices { insertSlot(k) }
    }

    private mutating func insertSlot(_ k: Int) {
        let mask = slots.count - 1
        var i = Int(entries[k].hash) & mask
        while slots[i] >= 0 {
            if entries[Int(slots[i])].hash == entries[k].hash, entries[Int(slots[i])].key == entries[k].key { return }  // first wins
            i = (i + 1) & mask
        }
        slots[i] = Int32(k)
    }
}
