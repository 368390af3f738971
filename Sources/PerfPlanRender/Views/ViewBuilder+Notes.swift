import PerfPlanCore

extension ViewBuilder {
    /// The causes of the three perspectives (employee, supervisor, environment), each a list
    /// of `category` and `text` with its `has…` flag, as every employee view gives them: the
    /// interview form's (`shared` false: `causesEmployee`, …) and the plan's causes not tied
    /// to a goal (`shared`: `sharedCausesEmployee`, …), in English and in every `Wording`.
    mutating func causeLists(
        _ causes: [CauseCategory.Perspective: [(category: CauseCategory, text: String)]], shared: Bool
    ) {
        let keys: [(ViewKey, ViewKey, CauseCategory.Perspective)] =
            shared
            ? [
                (.sharedCausesEmployee, .hasSharedCausesEmployee, .employee),
                (.sharedCausesSupervisor, .hasSharedCausesSupervisor, .supervisor),
                (.sharedCausesEnvironment, .hasSharedCausesEnvironment, .environment),
            ]
            : [
                (.causesEmployee, .hasCausesEmployee, .employee),
                (.causesSupervisor, .hasCausesSupervisor, .supervisor),
                (.causesEnvironment, .hasCausesEnvironment, .environment),
            ]
        for (key, has, p) in keys {
            let notes = causes[p] ?? []
            list(key) { b in
                for n in notes {
                    b.item { b in
                        b.text(.category, n.category.rawValue)
                        b.text(.text, n.text)
                    }
                }
            }
            bool(has, !notes.isEmpty)
        }
    }

    /// A plan goal's notes from the manager (§6.31), each list with its `has…` flag: the
    /// methods agreed, the support given, the strengths to build on and the causes, as every
    /// language's view gives them.
    mutating func goalNotes(_ g: EmployeeDocument.GoalRow) {
        texts(.methods, g.methods)
        bool(.hasMethods, !g.methods.isEmpty)
        texts(.support, g.support)
        bool(.hasSupport, !g.support.isEmpty)
        texts(.strengths, g.strengths)
        bool(.hasStrengths, !g.strengths.isEmpty)
        list(.causes) { b in
            for c in g.causes {
                b.item { b in
                    b.text(.category, c.category.rawValue)
                    b.text(.text, c.text)
                }
            }
        }
        bool(.hasCauses, !g.causes.isEmpty)
    }
}
