/// The organisation's policy (`perfplan.json`), merged key by key over these defaults.
package struct Policy: Hashable, Sendable {
    package struct RatingBand: Hashable, Sendable {
        package var min: Double
        package var label: String
        package init(min: Double, label: String) {
            self.min = min
            self.label = label
        }
    }

    package struct Triggers: Hashable, Sendable {
        /// nil switches the composite trigger off.
        package var compositeBelow: Double?
        package var compositeMonths: Int
        /// nil or 0 switches the miss-streak trigger off.
        package var missStreak: Int?
        package var criticalMissed: Bool

        package init(
            compositeBelow: Double? = 0.85, compositeMonths: Int = 3, missStreak: Int? = 3,
            criticalMissed: Bool = true
        ) {
            self.compositeBelow = compositeBelow
            self.compositeMonths = compositeMonths
            self.missStreak = missStreak
            self.criticalMissed = criticalMissed
        }
    }

    /// Whom employees and managers contact in HR (`hr_contact`, §6.32). Every field optional.
    package struct HRContact: Hashable, Sendable {
        package var name: String?
        package var email: String?
        package var phone: String?
        package init(name: String? = nil, email: String? = nil, phone: String? = nil) {
            self.name = name
            self.email = email
            self.phone = phone
        }
        /// No field given: documents leave a blank line to fill in.
        package var isEmpty: Bool { name == nil && email == nil && phone == nil }
    }

    /// Whether a flagged employee gets a plan at once or a proposal HR decides on (§7.44).
    package enum Approval: String, Hashable, Sendable, CaseIterable {
        case required, automatic
    }

    /// The plan's "what happens next" sentences in the company's words (§7.52); nil: the
    /// neutral built-in text (`Consequences`).
    package struct ConsequenceTexts: Hashable, Sendable {
        /// When a cycle before the last ends without every goal achieved.
        package var extend: String?
        /// When the last allowed cycle ends without every goal achieved.
        package var final: String?
        package init(extend: String? = nil, final: String? = nil) {
            self.extend = extend
            self.final = final
        }
    }

    package var organization: String = ""
    package var approval: Approval = .required
    package var consequences = ConsequenceTexts()
    package var attainmentCap: Double = 1.5
    package var atRiskTolerance: Double = 0.10
    package var baselineMonths: Int = 12
    package var trendMonths: Int = 6
    package var reviewMonths: Int = 3
    package var triggers = Triggers()
    package var maxFocus: Int = 3
    package var planMonths: Int = 3
    package var maxCycles: Int = 2
    package var checkinEveryWeeks: Int = 2
    /// Peer figures appear in an employee's documents only with at least this many other
    /// employees in the group (contract §6.32, §6.37).
    package var minPeerGroup: Int = 5
    /// Formal reviews of month m fall on or after this day of month m + 1 (§6.32, §6.38).
    package var reviewDay: Int = 10
    /// The organisation-wide HR contact (`hr_contact`).
    package var hrContact = HRContact()
    /// `hr_contact.by_department`: a department's entry replaces the organisation-wide
    /// contact as a whole (a department's HR partner is another person: their name must not
    /// be printed beside the central phone number). Keys are department names, exact.
    package var hrContactByDepartment: [String: HRContact] = [:]
    /// Meeting times for calendars and the outbox switch (`meeting_time`, `meeting_minutes`,
    /// `time_zone`, `outbox`, `outbox_from`).
    package var meetings = MeetingPolicy()
    package var ratingBands: [RatingBand] = [
        RatingBand(min: 1.10, label: "Exceeds"),
        RatingBand(min: 0.95, label: "Meets"),
        RatingBand(min: 0.80, label: "Partially meets"),
        RatingBand(min: 0, label: "Below"),
    ]

    /// How CSV input writes decimals (`decimal_separator`): `.` or `,` (JSON is unaffected).
    package var decimalSeparator: DecimalSeparator = .point
    /// The language of an employee's documents when their own `language` is not given.
    package var language: Language = .en
    /// `hr_language`: the language of the HR views; nil means `language`.
    package var hrLanguage: Language?

    package init() {}

    /// The language of an employee's own documents: theirs, else the policy's.
    package func language(for employee: Employee) -> Language { employee.language ?? language }

    /// The language of the HR views (worksheet, index, review list, summary).
    package var effectiveHRLanguage: Language { hrLanguage ?? language }

    /// The HR contact for an employee of `department`: its own entry when given, else the
    /// organisation-wide one; nil when neither names anything (a blank line to fill in).
    package func hrContact(forDepartment department: String) -> HRContact? {
        // Per employee: no hashing of the department name when no department has its own.
        let c = hrContactByDepartment.isEmpty ? hrContact : hrContactByDepartment[department] ?? hrContact
        return c.isEmpty ? nil : c
    }

    package static let `default` = Policy()

    /// The policy of the synthetic data `perfplan sample` writes: the defaults, with plans
    /// issued automatically (`approval: automatic`), so benchmarks and tests on generated
    /// data render every flagged employee's plan without a decisions file.
    package static let synthetic: Policy = {
        var p = Policy()
        p.approval = .automatic
        return p
    }()
}
