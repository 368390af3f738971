/// Where a record came from, so every diagnostic can point at it.
///
/// `line` is the physical line a CSV record starts on (header = 1); for JSON it is the
/// 0-based array index and `isJSONIndex` is set. `datasetKey` is the top-level key when the
/// record came from a combined `dataset.json`.
///
/// Every record carries one, so it is kept small: the file name and dataset key live once
/// per file in a shared, immutable `SourceFile` (a reader makes one per file and derives
/// each row's location with `atLine`), and the line is 32 bits.
package struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    private let source: SourceFile
    private let storedLine: Int32
    package let isJSONIndex: Bool

    private init(source: SourceFile, line: Int, isJSONIndex: Bool) {
        self.source = source
        storedLine = Int32(clamping: line)
        self.isJSONIndex = isJSONIndex
    }

    /// The same file at another line, sharing its name (one per row).
    package func atLine(_ line: Int) -> SourceLocation {
        SourceLocation(source: source, line: line, isJSONIndex: isJSONIndex)
    }

    package var file: String { source.file }
    package var datasetKey: String? { source.key }
    package var line: Int { Int(storedLine) }

    package init(file: String, line: Int, isJSONIndex: Bool = false, datasetKey: String? = nil) {
        source = SourceFile(file: file, key: datasetKey)
        storedLine = Int32(clamping: line)
        self.isJSONIndex = isJSONIndex
    }

    /// Two locations are equal when they name the same file, key and line, whichever
    /// reader made them.
    package static func == (a: SourceLocation, b: SourceLocation) -> Bool {
        a.storedLine == b.storedLine && a.isJSONIndex == b.isJSONIndex
            && (a.source === b.source || (a.source.file == b.source.file && a.source.key == b.source.key))
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(source.file)
        hasher.combine(source.key)
        hasher.combine(storedLine)
        hasher.combine(isJSONIndex)
    }

    /// `employees.csv:12`, `employees.json: [3]` or `dataset.json: employees[3]`: the prefix of a diagnostic.
    package var description: String {
        if isJSONIndex {
            if let key = datasetKey { return "\(file): \(key)[\(line)]" }
            return "\(file): [\(line)]"
        }
        return "\(file):\(line)"
    }

    /// How another message points here: `line 4`, `[3]` or `employees[3]`.
    package var reference: String {
        if isJSONIndex { return (datasetKey ?? "") + "[\(line)]" }
        return "line \(line)"
    }

    /// A location used for values built in code (tests, the synthetic generator).
    package static let synthetic = SourceLocation(file: "<memory>", line: 0)
}

/// The name of a file records come from (and the `dataset.json` key), shared by every
/// location in it: immutable, so the core keeps no table of names and takes no lock.
final class SourceFile: Sendable {
    let file: String
    let key: String?

    init(file: String, key: String?) {
        self.file = file
        self.key = key
    }
}

package enum Direction: String, Sendable, Hashable, Codable {
    case higher, lower

    /// True when `a` is strictly better than `b` in this direction.
    @inlinable package func isBetter(_ a: Double, than b: Double) -> Bool {
        self == .higher ? a > b : a < b
    }
}

package enum IndicatorKind: String, Sendable, Hashable, Codable {
    case quantitative, qualitative
}

package struct Employee: Hashable, Sendable {
    package var id: String
    package var name: String
    package var title: String?
    package var role: String
    package var department: String
    package var managerId: String?
    package var email: String?
    package var hireDate: Day?
    package var location: String?
    /// The employee's own document language (`language` column); nil: the policy's.
    package var language: Language?
    package var source: SourceLocation
    /// The values of the employees file's own columns (`Dataset.employeeExtraColumns`, same
    /// order; nil: blank); empty when the file has none, so they cost nothing then.
    package var extra: [String?] = []

    package init(
        id: String, name: String, title: String? = nil, role: String, department: String,
        managerId: String? = nil, email: String? = nil, hireDate: Day? = nil,
        location: String? = nil, language: Language? = nil, source: SourceLocation = .synthetic
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.role = role
        self.department = department
        self.managerId = managerId
        self.email = email
        self.hireDate = hireDate
        self.location = location
        self.language = language
        self.source = source
    }
}

package struct Indicator: Hashable, Sendable {
    package var id: String
    package var name: String
    package var unit: String?
    package var direction: Direction
    package var kind: IndicatorKind
    package var scaleMin: Double?
    package var scaleMax: Double?
    package var weight: Double
    package var threshold: Double?
    package var critical: Bool
    package var category: String?
    package var description: String?
    /// `decimals` as the indicators file gives it (0–6), or nil.
    package var givenDecimals: Int?
    /// `triggers_plan` (§7.46): false keeps the indicator in every figure and document, but
    /// its misses never flag anyone (absence and other health- or leave-related measures).
    package var triggersPlan: Bool = true
    /// The name in documents of another language (`name_de`, `name_es`, `name_fr`).
    package var translatedNames: [Language: String] = [:]
    /// The name a document in `language` prints: its translation, else `name`.
    package func name(in language: Language) -> String { translatedNames[language] ?? name }
    /// The unit in documents of another language (`unit_de`, `unit_es`, `unit_fr`): a word
    /// such as "days" reads "Tage"; codes and `%` need none. Only what people read takes
    /// it: `unit` stays the machine unit (the XML, `%` as percentage points, gaps.csv).
    package var translatedUnits: [Language: TranslatedUnit] = [:]
    /// The unit a document in `language` prints after most figures: its translation, else `unit`.
    package func unit(in language: Language) -> String? { translatedUnits[language]?.plural ?? unit }
    /// The precision people see and plan with (contract §6.30): `givenDecimals`, else the
    /// most decimal places written in the indicator's actuals, at most
    /// `maxDerivedDecimals`. `Dataset` resolves it against its actuals; an indicator made
    /// on its own, without given decimals, has 2 until then.
    package var decimals: Int
    package var source: SourceLocation

    /// The largest `decimals` a file may give.
    package static let maxDecimals = 6
    /// The most decimals derived from the actuals when the file gives none.
    package static let maxDerivedDecimals = 4

    package init(
        id: String, name: String, unit: String? = nil, direction: Direction,
        kind: IndicatorKind = .quantitative, scaleMin: Double? = nil, scaleMax: Double? = nil,
        weight: Double, threshold: Double? = nil, critical: Bool = false,
        category: String? = nil, description: String? = nil, decimals: Int? = nil,
        source: SourceLocation = .synthetic
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.direction = direction
        self.kind = kind
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        self.weight = weight
        self.threshold = threshold
        self.critical = critical
        self.category = category
        self.description = description
        self.givenDecimals = decimals
        self.decimals = decimals ?? 2
        self.source = source
    }

    /// `decimals` resolved (§6.30): the given ones, else those written in the actuals
    /// (`writtenDecimals`), at most `maxDerivedDecimals`.
    package mutating func resolveDecimals(writtenDecimals: Int) {
        decimals = givenDecimals ?? min(max(writtenDecimals, 0), Self.maxDerivedDecimals)
    }
}

/// Who a target row applies to. Prefixes are case-insensitive, names exact after trimming.
package enum TargetScope: Hashable, Sendable, CustomStringConvertible {
    case employee(String)
    case role(String)
    case department(String)
    case everyone

    /// Higher is more specific: employee > role > department > `*`.
    package var specificity: Int {
        switch self {
        case .employee: return 3
        case .role: return 2
        case .department: return 1
        case .everyone: return 0
        }
    }

    package var description: String {
        switch self {
        case .employee(let id): return "employee:\(id)"
        case .role(let r): return "role:\(r)"
        case .department(let d): return "department:\(d)"
        case .everyone: return "*"
        }
    }

    /// Parses `employee:ID`, `role:NAME`, `department:NAME` or `*`.
    package init?(parsing raw: String) {
        let text = raw.trimmingWhitespace()
        if text == "*" {
            self = .everyone
            return
        }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let prefix = text[..<colon].lowercased()
        let name = String(text[text.index(after: colon)...]).trimmingWhitespace()
        guard !name.isEmpty else { return nil }
        switch prefix {
        case "employee": self = .employee(name)
        case "role": self = .role(name)
        case "department": self = .department(name)
        default: return nil
        }
    }
}

/// Which months a target row covers.
package enum PeriodSpec: Hashable, Sendable, CustomStringConvertible {
    case month(Month)
    case range(Month, Month)
    case always

    /// Higher is more specific: month > range > `*`.
    package var specificity: Int {
        switch self {
        case .month: return 2
        case .range: return 1
        case .always: return 0
        }
    }

    package func contains(_ m: Month) -> Bool {
        switch self {
        case .month(let x): return x == m
        case .range(let a, let b): return a <= m && m <= b
        case .always: return true
        }
    }

    /// True when both specs cover at least one month in common.
    package func overlaps(_ other: PeriodSpec) -> Bool {
        func bounds(_ p: PeriodSpec) -> (Int, Int) {
            switch p {
            case .month(let m): return (m.index, m.index)
            case .range(let a, let b): return (a.index, b.index)
            case .always: return (Int.min, Int.max)
            }
        }
        let (a0, a1) = bounds(self)
        let (b0, b1) = bounds(other)
        return a0 <= b1 && b0 <= a1
    }

    package var description: String {
        switch self {
        case .month(let m): return m.description
        case .range(let a, let b): return "\(a)..\(b)"
        case .always: return "*"
        }
    }

    /// Parses `YYYY-MM`, `YYYY-MM..YYYY-MM` (inclusive, start ≤ end) or `*`.
    package init?(parsing raw: String) {
        let text = raw.trimmingWhitespace()
        if text == "*" {
            self = .always
            return
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1 {
            // "A..B" splits into [A, "", B].
            guard parts.count == 3, parts[1].isEmpty, let a = Month(parsing: parts[0]),
                let b = Month(parsing: parts[2]), a <= b
            else { return nil }
            self = .range(a, b)
            return
        }
        guard let m = Month(parsing: text) else { return nil }
        self = .month(m)
    }
}

package struct TargetRule: Hashable, Sendable {
    package var indicatorId: String
    package var scope: TargetScope
    package var period: PeriodSpec
    package var target: Double
    package var threshold: Double?
    package var weight: Double?
    package var source: SourceLocation

    package init(
        indicatorId: String, scope: TargetScope, period: PeriodSpec, target: Double,
        threshold: Double? = nil, weight: Double? = nil, source: SourceLocation = .synthetic
    ) {
        self.indicatorId = indicatorId
        self.scope = scope
        self.period = period
        self.target = target
        self.threshold = threshold
        self.weight = weight
        self.source = source
    }
}

package struct Actual: Hashable, Sendable {
    package var employeeId: String
    package var indicatorId: String
    package var period: Month
    package var value: Double
    package var note: String?
    package var dataSource: String?
    package var source: SourceLocation

    package init(
        employeeId: String, indicatorId: String, period: Month, value: Double,
        note: String? = nil, dataSource: String? = nil, source: SourceLocation = .synthetic
    ) {
        self.employeeId = employeeId
        self.indicatorId = indicatorId
        self.period = period
        self.value = value
        self.note = note
        self.dataSource = dataSource
        self.source = source
    }
}

package struct Benchmark: Hashable, Sendable {
    package var indicatorId: String
    package var value: Double
    /// `industry` by default; other scopes are kept but not used in the computations.
    package var scope: String
    package var dataSource: String?
    package var source: SourceLocation

    package init(
        indicatorId: String, value: Double, scope: String = "industry", dataSource: String? = nil,
        source: SourceLocation = .synthetic
    ) {
        self.indicatorId = indicatorId
        self.value = value
        self.scope = scope
        self.dataSource = dataSource
        self.source = source
    }
}

package enum PlanOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    case succeeded, extended, escalated, closed, active
}

/// One earlier (or current) improvement-plan cycle of an employee.
package struct PlanRecord: Hashable, Sendable {
    package var employeeId: String
    package var cycle: Int
    package var start: Month
    package var end: Month
    package var outcome: PlanOutcome
    package var source: SourceLocation

    package init(
        employeeId: String, cycle: Int, start: Month, end: Month, outcome: PlanOutcome,
        source: SourceLocation = .synthetic
    ) {
        self.employeeId = employeeId
        self.cycle = cycle
        self.start = start
        self.end = end
        self.outcome = outcome
        self.source = source
    }
}

package enum NoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    case cause, strength, action, support, comment
}

/// The cause categories, grouped by DOMAIN.md's three perspectives.
package enum CauseCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case attitude, skills, knowledge, external, supervisor, environment

    package enum Perspective: String, Sendable, CaseIterable { case employee, supervisor, environment }

    package var perspective: Perspective {
        switch self {
        case .attitude, .skills, .knowledge: return .employee
        case .supervisor: return .supervisor
        case .external, .environment: return .environment
        }
    }
}

package struct Note: Hashable, Sendable {
    package var employeeId: String
    package var period: Month
    package var kind: NoteKind
    package var text: String?
    package var category: CauseCategory?
    /// The indicator the note is about (§6.31): the plan shows it with that indicator's goal;
    /// nil, it belongs to the plan as a whole and appears once.
    package var indicatorId: String?
    package var source: SourceLocation

    package init(
        employeeId: String, period: Month, kind: NoteKind, text: String? = nil,
        category: CauseCategory? = nil, indicatorId: String? = nil, source: SourceLocation = .synthetic
    ) {
        self.employeeId = employeeId
        self.period = period
        self.kind = kind
        self.text = text
        self.category = category
        self.indicatorId = indicatorId
        self.source = source
    }
}
