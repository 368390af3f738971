/// The calibration of a run (`calibration.*` in each month folder): how the flags fall by
/// department and by manager, against the organisation, and optionally by a group column
/// (`--group-by`). Pure counting and testing; no individual's figures appear, only counts
/// of units of calibration (departments, managers) and of groups.
package struct Calibration: Sendable, Equatable {
    /// What calibration needs of one employee in scope.
    package struct Person: Sendable {
        package var department: String
        /// The manager's id (nil: no manager) and the label printed for the manager.
        package var managerId: String?
        package var managerLabel: String
        /// The rating band's label (nil: no composite, so no rating).
        package var rating: String?
        package var flagged: Bool
        /// The value of the `--group-by` column (nil or blank: not given).
        package var group: String?

        package init(
            department: String, managerId: String?, managerLabel: String, rating: String?, flagged: Bool,
            group: String? = nil
        ) {
            self.department = department
            self.managerId = managerId
            self.managerLabel = managerLabel
            self.rating = rating
            self.flagged = flagged
            self.group = group
        }
    }

    /// A department, a manager's team or the organisation.
    package struct Unit: Sendable, Equatable {
        package var name: String
        package var headcount: Int
        /// People per rating band, in the policy's order, then "no rating" last.
        package var bands: [Int]
        package var flagged: Int
        /// The 2x2 test against everyone else in scope; nil for the organisation, or when
        /// no one else is in scope.
        package var test: Test?

        /// flagged / headcount.
        package var rate: Double { headcount == 0 ? 0 : Double(flagged) / Double(headcount) }
    }

    /// Fisher's exact test of one unit against the rest of the organisation.
    package struct Test: Sendable, Equatable {
        package var restHeadcount: Int
        package var restFlagged: Int
        package var p: Double
        /// p below `Calibration.threshold`: more than chance would explain.
        package var marked: Bool
        package var restRate: Double { restHeadcount == 0 ? 0 : Double(restFlagged) / Double(restHeadcount) }
    }

    /// One group of the `--group-by` column.
    package struct Group: Sendable, Equatable {
        package var name: String
        package var headcount: Int
        /// Fewer than `min_peer_group` people: no figure is shown.
        package var withheld: Bool
        /// Rate of not being flagged; nil when withheld.
        package var notFlaggedRate: Double?
        /// notFlaggedRate over the most favoured group's; nil when withheld.
        package var impactRatio: Double?
        /// impactRatio below `Calibration.fourFifths`.
        package var belowFourFifths: Bool
    }

    /// The significance threshold of the two-sided Fisher test.
    package static let threshold = 0.05
    /// The four-fifths rule's limit for the impact ratio.
    package static let fourFifths = 0.8

    /// Band labels in column order: the policy's, then "no rating".
    package var bandLabels: [String]
    package var organisation: Unit
    package var departments: [Unit]
    package var managers: [Unit]
    /// The `--group-by` column's name and its groups (nil without `--group-by`).
    package var groupColumn: String?
    package var groups: [Group]
    /// The smallest group shown (policy `min_peer_group`).
    package var minGroup: Int

    package static let noRating = "no rating"

    /// `exactTest`: the two-sided p-value of the 2x2 table (flagged, not flagged | the rest's),
    /// `FisherExact.twoSided` of the system module in a run (its log-gamma is the C library's,
    /// which the core does not import).
    package init(
        people: [Person], policy: Policy, groupColumn: String? = nil,
        exactTest: (_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Double
    ) {
        let labels = policy.ratingBands.map(\.label)
        var bandOf: [String: Int] = [:]
        for (k, l) in labels.enumerated() where bandOf[l] == nil { bandOf[l] = k }
        bandLabels = labels + [Self.noRating]
        minGroup = policy.minPeerGroup
        self.groupColumn = groupColumn
        let noRatingColumn = labels.count

        func band(_ p: Person) -> Int { p.rating.flatMap { bandOf[$0] } ?? noRatingColumn }
        func empty(_ name: String) -> Unit {
            Unit(name: name, headcount: 0, bands: Array(repeating: 0, count: labels.count + 1), flagged: 0)
        }
        func add(_ p: Person, to u: inout Unit) {
            u.headcount += 1
            u.bands[band(p)] += 1
            if p.flagged { u.flagged += 1 }
        }

        var org = empty("Organisation")
        var byDepartment: [String: Unit] = [:]
        // Keyed by manager id ("" for no manager): two managers with one name stay apart.
        var byManager: [String: Unit] = [:]
        for p in people {
            add(p, to: &org)
            add(p, to: &byDepartment[p.department, default: empty(p.department)])
            add(p, to: &byManager[p.managerId ?? "", default: empty(p.managerLabel)])
        }
        func tested(_ u: Unit) -> Unit {
            var u = u
            let restHead = org.headcount - u.headcount
            let restFlagged = org.flagged - u.flagged
            guard restHead > 0 else { return u }
            let p = exactTest(u.flagged, u.headcount - u.flagged, restFlagged, restHead - restFlagged)
            u.test = Test(restHeadcount: restHead, restFlagged: restFlagged, p: p, marked: p < Self.threshold)
            return u
        }
        organisation = org
        departments = byDepartment.values.map(tested).sorted { $0.name < $1.name }
        managers = byManager.sorted { a, b in (a.value.name, a.key) < (b.value.name, b.key) }.map { tested($0.value) }

        guard groupColumn != nil else {
            groups = []
            return
        }
        var counts: [String: (head: Int, flagged: Int)] = [:]
        for p in people {
            let g = p.group.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 } ?? Self.notGiven
            counts[g, default: (0, 0)].head += 1
            if p.flagged { counts[g, default: (0, 0)].flagged += 1 }
        }
        let shown = counts.filter { $0.value.head >= policy.minPeerGroup }
        let best = shown.values.map { Double($0.head - $0.flagged) / Double($0.head) }.max()
        groups = counts.keys.sorted().map { name in
            let c = counts[name]!
            guard c.head >= policy.minPeerGroup, let best else {
                return Group(
                    name: name, headcount: c.head, withheld: true, notFlaggedRate: nil, impactRatio: nil,
                    belowFourFifths: false)
            }
            let rate = Double(c.head - c.flagged) / Double(c.head)
            // Everyone in every shown group flagged: no group is favoured, no ratio to take.
            let ratio: Double? = best > 0 ? rate / best : nil
            return Group(
                name: name, headcount: c.head, withheld: false, notFlaggedRate: rate, impactRatio: ratio,
                belowFourFifths: ratio.map { $0 < Self.fourFifths } ?? false)
        }
    }

    /// The group of people whose `--group-by` cell is blank.
    package static let notGiven = "(not given)"
}
