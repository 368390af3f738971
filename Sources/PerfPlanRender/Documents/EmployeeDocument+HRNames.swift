import PerfPlanCore

extension EmployeeDocument {
    /// The document with its indicators named in `language`, the language of HR's views,
    /// for the worksheet: the plan and interview name them in the employee's language, the
    /// worksheet in HR's (`name_de`, …, else the data's `name`), its triggers included.
    package func named(in language: Language) -> EmployeeDocument {
        // An employee's own language replaced `name`; the data's name is kept as the English one.
        func name(_ i: Indicator) -> String { i.translatedNames[language] ?? i.translatedNames[.en] ?? i.name }
        var d = self
        for k in d.rows.indices { d.rows[k].indicator.name = name(d.rows[k].indicator) }
        for k in d.goals.indices { d.goals[k].row.indicator.name = name(d.goals[k].row.indicator) }
        let names = Dictionary(d.rows.map { ($0.indicator.id, $0.indicator.name) }) { a, _ in a }
        d.triggers = result.reasons.map { $0.sentence(asOf: asOf, name: { names[$0] ?? $0 }) }
        return d
    }
}
