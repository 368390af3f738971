/// Which employees a run covers (contract §3 scope, §5.27): repeated `--employee` add up;
/// different options narrow each other; `--manager` covers the reports, transitively, not
/// the manager; `--shard K/N` keeps the ids whose FNV-1a 64-bit hash mod N is K − 1.
package struct Scope: Sendable, Equatable {
    package var employeeIds: [String] = []
    package var manager: String?
    package var department: String?
    package var shard: (k: Int, n: Int)?

    package init(
        employeeIds: [String] = [], manager: String? = nil, department: String? = nil, shard: (k: Int, n: Int)? = nil
    ) {
        self.employeeIds = employeeIds
        self.manager = manager
        self.department = department
        self.shard = shard
    }

    package static func == (a: Scope, b: Scope) -> Bool {
        a.employeeIds == b.employeeIds && a.manager == b.manager && a.department == b.department
            && a.shard?.k == b.shard?.k && a.shard?.n == b.shard?.n
    }

    /// Parses `K/N` with 1 ≤ K ≤ N.
    package static func parseShard(_ text: String) -> (k: Int, n: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 1, k <= n else { return nil }
        return (k, n)
    }

    package struct UnknownId: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// The selected employee ids in code-point order.
    package func select(from employees: [Employee]) throws(UnknownId) -> [String] {
        // Every id hashed only when an option names ids (a packet of everyone needs none).
        let known = employeeIds.isEmpty && manager == nil ? [] : Set(employees.map(\.id))
        for id in employeeIds where !known.contains(id) {
            throw UnknownId(description: "unknown employee id \"\(id)\" (--employee)")
        }
        var keep = employees
        if !employeeIds.isEmpty {
            let wanted = Set(employeeIds)
            keep = keep.filter { wanted.contains($0.id) }
        }
        if let manager {
            guard known.contains(manager) else {
                throw UnknownId(description: "unknown employee id \"\(manager)\" (--manager)")
            }
            let reports = Self.reports(of: manager, in: employees)
            keep = keep.filter { reports.contains($0.id) }
        }
        if let department {
            guard employees.contains(where: { $0.department == department }) else {
                throw UnknownId(description: "no employee is in department \"\(department)\" (--department)")
            }
            keep = keep.filter { $0.department == department }
        }
        if let shard {
            keep = keep.filter { Int(Self.fnv1a64($0.id) % UInt64(shard.n)) == shard.k - 1 }
        }
        var seen = Set<String>()
        return keep.map(\.id).filter { seen.insert($0).inserted }.sorted(by: codePointLess)
    }

    /// Everyone under `manager`, transitively (a breadth-first walk; cycles cannot loop).
    static func reports(of manager: String, in employees: [Employee]) -> Set<String> {
        var children: [String: [String]] = [:]
        for e in employees { if let m = e.managerId { children[m, default: []].append(e.id) } }
        var out = Set<String>()
        var queue = [manager]
        while let next = queue.popLast() {
            for c in children[next] ?? [] where c != manager && out.insert(c).inserted { queue.append(c) }
        }
        return out
    }

    /// FNV-1a 64-bit over the UTF-8 bytes: stable across machines, runs and Swift versions
    /// (unlike `Hasher`, which is seeded per process).
    package static func fnv1a64(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }
}
