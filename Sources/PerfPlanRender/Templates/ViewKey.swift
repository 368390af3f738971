import Foundation
import Synchronization

/// The member names of the employee documents' and the index's views, as small integers:
/// a view is built into a `ViewArena` with these ids and the templates' names are turned
/// into the same ids when they are compiled, so looking a name up compares two integers
/// instead of hashing and comparing strings. docs/templates.md lists what each name holds.
enum ViewKey: UInt16, CaseIterable, Sendable {
    // The employee document.
    case organization, hasOrganization, asOf, asOfCode, generated, employee, manager, managerName, hrContact
    case hasHrContact, hrName, hasHrName, hrEmail, hasHrEmail, hrPhone, hasHrPhone, planDeadline, hasManager
    case composite, compositePercent, rating, flagged, cycle, maxCycles, lastCycle, escalate
    case planStart, planEnd, planMonths, planLink
    case indicators, hasIndicators, reasons, causesEmployee, causesSupervisor, causesEnvironment
    case hasCausesEmployee, hasCausesSupervisor, hasCausesEnvironment, goals, hasGoals, checkins
    case strengths, hasStrengths, deficiencies, objectives, actions, support, comments, method
    // The plan's notes outside the goals (§6.31) and why the goals are what they are.
    case sharedCausesEmployee, sharedCausesSupervisor, sharedCausesEnvironment, hasSharedCausesEmployee
    case hasSharedCausesSupervisor, hasSharedCausesEnvironment, hasGoalCauses, sharedStrengths, hasSharedStrengths
    case sharedActions, hasSharedActions, sharedSupport, hasSharedSupport, hasShared, focusNote, hasFocusNote
    // Members of nested objects.
    case id, name, title, role, department, email, location, text, category, date, kind, formal, focus
    case unit, critical, direction, weight, actual, target, threshold, gap, shortfall, attainment
    case status, statusClass, met, notMet, prev, yoy, annual, best3, worst3, trend, missStreak
    case peerMean, peerMedian, peerN, percentile, gapToPeer, benchmark, gapToBenchmark, evidence, chart, chartRows,
        month
    case peersShown
    case why, current, expected, deadline, stretch, milestones, value, measure, methods, responsible
    case hasMethods, hasSupport, causes, hasCauses, currentBasis, currentInputs, targetChange, hasTargetChange,
        weightText, hasWeightText
    case cap, capPercent, tolerance, atRiskFrom, baselineMonths, trendMonths, compositeRule, streakRule
    case criticalRule, bands, checkinWeeks
    // The interview's conversation, the worksheet, earlier cycles.
    case triggers, reviewPeriod, reviewMonths, review, average, monthsOnTarget, observations, hasObservations
    case nextMeeting, nextMeetingPurpose, earlierPlans, hasEarlierPlans, priorCycles, period, outcome
    case peerOthers, minPeerGroup, farBelow, targetsMet, roleDiffers, scaleNote, hasScaleNote, hasScaleNotes
    // Dated evidence: each month's result in the interview, the review period's earlier misses.
    case monthly, earlierMisses, hasEarlierMisses, hasDeficiencies
    // Printed pages: the running head (a CSS string, `CSSString`).
    case pageHead
    // The worksheet: the colleagues' average without the employee.
    case colleaguesMean, gapToColleagues
    // The index.
    case employeeCount, planCount, departments, managers, rows, links, mdLinks, label, href, primary, needsPlan,
        hasPlans
    // People decide: drafts, coaching, cautions, signatures and consequences (contract §7).
    case proposalCount, issuedCount, decisionSummary, draft, coaching, coachingTopics, hasCoachingTopics, cautions,
        hasCautions
    case consequenceExtend, consequenceFinal, decisionNote, hasDecisionNote, planIssued
    // The index's "Everyone" table: what the run did for each person, in words.
    case disposition

    /// The name a template uses.
    var name: String { "\(self)" }
}

/// Ids for member names: the `ViewKey`s first (id = raw value), then any other name met
/// when compiling a template or converting a view, numbered as it comes. Names are few
/// (those the templates and views use), so the table stays small; should a hostile
/// template set name more than 65 000, the rest share one `overflow` id rather than stop
/// the run (they can only meet each other, never a real view member).
enum ViewKeys {
    /// The table: names by id and ids by name, up to `capacity` ids.
    final class Table: Sendable {
        private struct Names {
            var ids: [String: UInt16] = [:]
            var names: [String] = []
        }
        private let names: Mutex<Names>
        private let capacity: Int

        init(capacity: Int = Int(overflow)) {
            self.capacity = capacity
            var initial = Names()
            for k in ViewKey.allCases {
                initial.ids[k.name] = k.rawValue
                initial.names.append(k.name)
            }
            names = Mutex(initial)
        }

        func id(_ name: String) -> UInt16 {
            names.withLock { t in
                if let id = t.ids[name] { return id }
                guard t.names.count < capacity else { return overflow }
                let id = UInt16(t.names.count)
                t.ids[name] = id
                t.names.append(name)
                return id
            }
        }

        func name(_ id: UInt16) -> String {
            names.withLock { t in Int(id) < t.names.count ? t.names[Int(id)] : "?" }
        }
    }

    private static let table = Table()

    static func id(_ name: String) -> UInt16 { table.id(name) }
    static func name(_ id: UInt16) -> String { table.name(id) }

    /// The id of every name past the table's capacity (below `ViewArena.noKey`).
    static let overflow = UInt16.max - 1
}

/// Which `ViewKey`s some template can look up: a view builder leaves out the members no
/// template names (the interview shows 8 of an indicator's 33 figures), which cannot change
/// what renders, since Mustache finds values only by name.
package struct ViewKeySet: Sendable {
    /// One bit per key, in four words: no array, so a builder holding the set (one per
    /// document, on both render threads) counts no references, and a test is a shift.
    private var words: (UInt64, UInt64, UInt64, UInt64)
    static let capacity = 256

    static let all = ViewKeySet(ids: ViewKey.allCases.map(\.rawValue))
    static let none = ViewKeySet(ids: [])

    private init(words: (UInt64, UInt64, UInt64, UInt64)) { self.words = words }

    /// The keys among `ids` (ids of other names are ignored).
    init(ids: some Sequence<UInt16>) {
        precondition(ViewKey.allCases.count <= Self.capacity, "ViewKeySet holds \(Self.capacity) keys")
        words = (0, 0, 0, 0)
        for id in ids where Int(id) < ViewKey.allCases.count {
            let bit = UInt64(1) << UInt64(id & 63)
            switch id >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }
    }

    @inline(__always) func contains(_ k: ViewKey) -> Bool {
        let id = k.rawValue
        let word: UInt64
        switch id >> 6 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: word = words.3
        }
        return word >> UInt64(id & 63) & 1 != 0
    }

    func union(_ other: ViewKeySet) -> ViewKeySet {
        ViewKeySet(
            words: (words.0 | other.words.0, words.1 | other.words.1, words.2 | other.words.2, words.3 | other.words.3))
    }
}
