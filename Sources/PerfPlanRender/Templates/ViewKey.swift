import Foundation

/// The member names of the employee documents' view, as small integers: the view is built
/// into a `ViewArena` with these ids and the templates' names are turned into the same ids
/// when they are compiled, so looking a name up compares two integers instead of hashing
/// and comparing strings. docs/templates.md lists what each name holds.
enum ViewKey: UInt16, CaseIterable, Sendable {
    // The employee document.
    case organization, hasOrganization, asOf, asOfCode, generated, employee, manager, managerName, hrContact
    case composite, compositePercent, rating, flagged, cycle, maxCycles, lastCycle, escalate
    case planStart, planEnd, planMonths, planLink
    case indicators, hasIndicators, reasons, causesEmployee, causesSupervisor, causesEnvironment
    case hasCausesEmployee, hasCausesSupervisor, hasCausesEnvironment, goals, hasGoals, checkins
    case strengths, hasStrengths, deficiencies, objectives, actions, support, comments, method
    // Members of nested objects.
    case id, name, title, role, department, email, location, text, category, date, kind, formal, focus
    case unit, critical, direction, weight, actual, target, threshold, gap, shortfall, attainment
    case status, statusClass, met, notMet, prev, yoy, annual, best3, worst3, trend, missStreak
    case peerMean, peerMedian, peerN, percentile, gapToPeer, benchmark, gapToBenchmark, evidence, chart, chartRows, month
    case why, current, expected, deadline, stretch, milestones, value, measure, methods, responsible, resources
    case cap, capPercent, tolerance, atRiskFrom, baselineMonths, trendMonths, compositeRule, streakRule
    case criticalRule, bands, checkinWeeks

    /// The name a template uses.
    var name: String { "\(self)" }
}

/// Ids for member names: the `ViewKey`s first (id = raw value), then any other name met
/// when compiling a template or converting a view, numbered as it comes. Names are few
/// (those the templates and views use), so the table stays small.
enum ViewKeys {
    private final class Table: @unchecked Sendable {
        let lock = NSLock()
        var ids: [String: UInt16] = [:]
        var names: [String] = []
        init() {
            for k in ViewKey.allCases { ids[k.name] = k.rawValue; names.append(k.name) }
        }
    }
    private static let table = Table()

    static func id(_ name: String) -> UInt16 {
        let t = table
        t.lock.lock()
        defer { t.lock.unlock() }
        if let id = t.ids[name] { return id }
        precondition(t.names.count < Int(UInt16.max), "too many distinct view member names")
        let id = UInt16(t.names.count)
        t.ids[name] = id
        t.names.append(name)
        return id
    }

    static func name(_ id: UInt16) -> String {
        let t = table
        t.lock.lock()
        defer { t.lock.unlock() }
        return t.names[Int(id)]
    }
}

/// Which `ViewKey`s some template can look up: a view builder leaves out the members no
/// template names (the interview shows 8 of an indicator's 33 figures), which cannot change
/// what renders, since Mustache finds values only by name.
struct ViewKeySet: Sendable {
    private var bits: [Bool]

    static let all = ViewKeySet(bits: [Bool](repeating: true, count: ViewKey.allCases.count))
    static let none = ViewKeySet(bits: [Bool](repeating: false, count: ViewKey.allCases.count))

    private init(bits: [Bool]) { self.bits = bits }

    /// The keys among `ids` (ids of other names are ignored).
    init(ids: some Sequence<UInt16>) {
        bits = [Bool](repeating: false, count: ViewKey.allCases.count)
        for id in ids where Int(id) < bits.count { bits[Int(id)] = true }
    }

    @inline(__always) func contains(_ k: ViewKey) -> Bool { bits[Int(k.rawValue)] }

    func union(_ other: ViewKeySet) -> ViewKeySet {
        ViewKeySet(bits: zip(bits, other.bits).map { $0 || $1 })
    }
}
