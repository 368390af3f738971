import PerfPlanCore

/// Reads `perfplan.json` and merges it key by key over the defaults (§5.24): `triggers`
/// merges too, `rating_bands` replaces the list, unknown keys warn, wrong types or ranges err.
struct PolicyDecoder {
    let file: String
    var diags = DiagnosticList()
    /// True when the file gives `decimal_separator` (messages then say so).
    var setsDecimalSeparator = false

    init(file: String) { self.file = file }

    mutating func decode(_ root: JSONNode) -> Policy {
        var policy = Policy.default
        guard case .object(let members) = root.value else {
            diags.error(at(root), "the policy must be a JSON object, found \(root.value.typeName)")
            return policy
        }
        for m in members {
            let n = m.node
            switch m.key {
            case "organization":
                if case .string(let s) = n.value {
                    policy.organization = s.trimmingWhitespace()
                } else if case .null = n.value {
                } else {
                    wrongType(m.key, n, "a string")
                }
            case "attainment_cap": number(m.key, n, PolicyRanges.attainmentCap).map { policy.attainmentCap = $0 }
            case "at_risk_tolerance": number(m.key, n, PolicyRanges.atRiskTolerance).map { policy.atRiskTolerance = $0 }
            case "baseline_months": integer(m.key, n, PolicyRanges.months).map { policy.baselineMonths = $0 }
            case "trend_months": integer(m.key, n, PolicyRanges.trendMonths).map { policy.trendMonths = $0 }
            case "review_months": integer(m.key, n, PolicyRanges.months).map { policy.reviewMonths = $0 }
            case "max_focus": integer(m.key, n, PolicyRanges.maxFocus).map { policy.maxFocus = $0 }
            case "plan_months": integer(m.key, n, PolicyRanges.planMonths).map { policy.planMonths = $0 }
            case "max_cycles": integer(m.key, n, PolicyRanges.maxCycles).map { policy.maxCycles = $0 }
            case "checkin_every_weeks":
                integer(m.key, n, PolicyRanges.checkinEveryWeeks).map { policy.checkinEveryWeeks = $0 }
            case "min_peer_group": integer(m.key, n, PolicyRanges.minPeerGroup).map { policy.minPeerGroup = $0 }
            case "review_day": integer(m.key, n, PolicyRanges.reviewDay).map { policy.reviewDay = $0 }
            case "hr_contact": decodeHRContact(n, into: &policy)
            case "approval":
                if case .string(let s) = n.value, let a = Policy.Approval(rawValue: s.trimmingWhitespace()) {
                    policy.approval = a
                } else {
                    wrongType(m.key, n, "\"required\" or \"automatic\"")
                }
            case "consequences": decodeConsequences(n, into: &policy.consequences)
            case "triggers": decodeTriggers(n, into: &policy.triggers)
            case "rating_bands": decodeBands(n).map { policy.ratingBands = $0 }
            case "decimal_separator":
                decodeDecimalSeparator(n).map {
                    policy.decimalSeparator = $0
                    setsDecimalSeparator = true
                }
            case "language": language(m.key, n).map { policy.language = $0 }
            case "hr_language": language(m.key, n).map { policy.hrLanguage = $0 }
            default:
                if !decodeMeetingKey(m.key, n, into: &policy.meetings) {
                    diags.warning(at(n), "unknown policy key \(Quote.cell(m.key)) ignored")
                }
            }
        }
        return policy
    }

    private func at(_ n: JSONNode) -> SourceLocation { SourceLocation(file: file, line: n.line) }

    /// `consequences`: `{"extend": "…", "final": "…"}`, each optional text (§7.52).
    private mutating func decodeConsequences(_ n: JSONNode, into c: inout Policy.ConsequenceTexts) {
        guard case .object(let members) = n.value else {
            wrongType("consequences", n, "an object with \"extend\" and \"final\" texts")
            return
        }
        for m in members {
            var text: String?
            switch m.node.value {
            case .string(let s): text = s.trimmingWhitespace().isEmpty ? nil : s.trimmingWhitespace()
            case .null: text = nil
            default:
                wrongType("consequences." + m.key, m.node, "a string")
                continue
            }
            if let t = text, t.lowercased().contains("replacement") {
                diags.error(
                    at(m.node),
                    "\"consequences.\(m.key)\" may not speak of replacement: say what HR will decide, neutrally")
                continue
            }
            switch m.key {
            case "extend": c.extend = text
            case "final": c.final = text
            default: diags.warning(at(m.node), "unknown policy key \(Quote.cell("consequences." + m.key)) ignored")
            }
        }
    }

    private mutating func wrongType(_ key: String, _ n: JSONNode, _ expected: String) {
        diags.error(at(n), "\"\(key)\" must be \(expected), found \(n.value.typeName)")
    }

    private mutating func number(_ key: String, _ n: JSONNode, _ range: PolicyRanges.Number) -> Double? {
        guard case .number(let v, let text) = n.value else {
            wrongType(key, n, "a number")
            return nil
        }
        guard range.contains(v) else {
            diags.error(at(n), "\"\(key)\" must be \(range.description) (found \(text))")
            return nil
        }
        return v
    }

    private mutating func integer(_ key: String, _ n: JSONNode, _ range: ClosedRange<Int>) -> Int? {
        guard case .number(let v, let text) = n.value else {
            wrongType(key, n, "a whole number")
            return nil
        }
        // Compared as doubles first: `Int(v)` would trap on 1e300 or NaN.
        guard v.isFinite, v == v.rounded(), v >= Double(range.lowerBound), v <= Double(range.upperBound) else {
            diags.error(
                at(n),
                "\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound) (found \(text))")
            return nil
        }
        return Int(v)
    }

    private mutating func decodeTriggers(_ n: JSONNode, into t: inout Policy.Triggers) {
        guard case .object(let members) = n.value else {
            wrongType("triggers", n, "an object")
            return
        }
        for m in members {
            let v = m.node
            switch m.key {
            case "composite_below":
                if case .null = v.value {
                    t.compositeBelow = nil
                } else if let x = number("triggers.composite_below", v, PolicyRanges.compositeBelow) {
                    t.compositeBelow = x
                }
            case "composite_months":
                integer("triggers.composite_months", v, PolicyRanges.months).map { t.compositeMonths = $0 }
            case "miss_streak":
                if case .null = v.value {
                    t.missStreak = nil
                } else if let x = integer("triggers.miss_streak", v, PolicyRanges.missStreak) {
                    t.missStreak = x == 0 ? nil : x
                }
            case "critical_missed":
                if case .bool(let b) = v.value {
                    t.criticalMissed = b
                } else {
                    wrongType("triggers.critical_missed", v, "true or false")
                }
            default: diags.warning(at(v), "unknown trigger key \(Quote.cell(m.key)) ignored")
            }
        }
    }

    /// `hr_contact`: `{"name", "email", "phone", "by_department": {NAME: {"name", "email",
    /// "phone"}}}`, every member optional; text is trimmed and empty text is absent (§5.18).
    /// A department's entry replaces the organisation-wide contact as a whole.
    private mutating func decodeHRContact(_ n: JSONNode, into policy: inout Policy) {
        if case .null = n.value { return }
        guard case .object(let members) = n.value else {
            wrongType("hr_contact", n, "an object")
            return
        }
        let (organisation, departments) = contact(members, key: "hr_contact", departments: true)
        policy.hrContact = organisation
        guard let departments else { return }
        guard case .object(let entries) = departments.value else {
            wrongType("hr_contact.by_department", departments, "an object")
            return
        }
        for d in entries {
            let key = "hr_contact.by_department.\(d.key)"
            guard case .object(let fields) = d.node.value else {
                wrongType(key, d.node, "an object")
                continue
            }
            let name = d.key.trimmingWhitespace()
            guard !name.isEmpty else {
                diags.error(at(d.node), "\"hr_contact.by_department\" has an empty department name")
                continue
            }
            policy.hrContactByDepartment[name] = contact(fields, key: key, departments: false).contact
        }
    }

    /// Trimmed text, nil when empty or null; another type is an error naming `key`.
    private mutating func optionalText(_ key: String, _ n: JSONNode) -> String? {
        switch n.value {
        case .string(let s):
            let t = s.trimmingWhitespace()
            return t.isEmpty ? nil : t
        case .null: return nil
        default:
            wrongType(key, n, "a string")
            return nil
        }
    }

    /// One contact's fields; `by_department`'s node when `departments` and given.
    private mutating func contact(_ members: [JSONMember], key: String, departments: Bool)
        -> (contact: Policy.HRContact, byDepartment: JSONNode?)
    {
        var c = Policy.HRContact()
        var byDepartment: JSONNode?
        for m in members {
            let v = m.node
            switch m.key {
            case "name": c.name = optionalText("\(key).name", v)
            case "email": c.email = optionalText("\(key).email", v)
            case "phone": c.phone = optionalText("\(key).phone", v)
            case "by_department" where departments:
                if case .null = v.value {} else { byDepartment = v }
            default: diags.warning(at(v), "unknown \(key) key \(Quote.cell(m.key)) ignored")
            }
        }
        return (c, byDepartment)
    }

    private mutating func decodeBands(_ n: JSONNode) -> [Policy.RatingBand]? {
        guard case .array(let items) = n.value, !items.isEmpty else {
            diags.error(at(n), "\"rating_bands\" must be a non-empty array of {\"min\": number, \"label\": text}")
            return nil
        }
        var bands: [Policy.RatingBand] = []
        var ok = true
        for item in items {
            guard case .object(let members) = item.value,
                case .number(let min, _)? = members.first(where: { $0.key == "min" })?.node.value,
                PolicyRanges.bandMin.contains(min),
                case .string(let label)? = members.first(where: { $0.key == "label" })?.node.value,
                !label.trimmingWhitespace().isEmpty
            else {
                diags.error(
                    at(item), "each rating band must be {\"min\": number from 0 to 100, \"label\": non-empty text}")
                ok = false
                continue
            }
            // The first band a composite reaches is its rating: a band whose min is not below
            // the one before it could never be reached (or would hide the ones after it).
            if let above = bands.last, !(min < above.min) {
                diags.error(
                    at(item),
                    "rating band \(Quote.cell(label.trimmingWhitespace())) (min \(NumberFormat.machine(min))) must have a lower min than the band before it, \(Quote.cell(above.label)) (min \(NumberFormat.machine(above.min))): list the bands from the highest min down"
                )
                ok = false
            }
            bands.append(Policy.RatingBand(min: min, label: label.trimmingWhitespace()))
        }
        return ok ? bands : nil
    }
}
