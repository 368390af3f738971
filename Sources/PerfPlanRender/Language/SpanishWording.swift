import PerfPlanCore

/// Spanish as HR in Spain writes it: formal address ("usted", "su plan"), the plain tone of
/// the English documents, the vocabulary of a "plan de mejora del rendimiento" (objetivo,
/// indicador, hito, responsable), CLDR es figures (`1250,5 EUR` ungrouped at four digits,
/// `12.500,5 EUR`, `96,9 %` with a no-break space) and dates (`31 de enero de 2027`, months
/// in lower case). A goal's deadline is its date, "31 de enero de 2027": Spanish writes a
/// deadline as a day ("para el 31 de enero"), where "a finales de enero" would read
/// as "some time late in January".
struct SpanishWording: Wording {
    var language: Language { .es }
    var figures: LocalFigures { .spanish }
    private var f: LocaleFormat { .spanish }

    // MARK: Dates and months

    // Months and dates: `Wording`'s, from `LocaleFormat.spanish` (`31 de enero de 2027`); a
    // period as a label `agosto–octubre de 2026`, inside a sentence `span`.

    /// A period inside a sentence, after "de": `agosto a octubre de 2026`, `noviembre de 2025
    /// a enero de 2026`, `octubre de 2026` ("la media de agosto a octubre de 2026").
    func span(from first: Month, to last: Month) -> String {
        if first == last { return month(first) }
        if first.year == last.year { return "\(f.monthNames[first.month - 1]) a \(month(last))" }
        return "\(month(first)) a \(month(last))"
    }
    /// `A`, `A y B`, `A, B y C` (no comma before "y"); "e" instead of "y" before a word
    /// that starts with the sound /i/ (`Calidad e Ingresos`), but not before "hie-", "hia-"
    /// (`agua y hielo`), as Spanish writes it.
    func list(_ items: [String]) -> String { listed(items, and: Self.and(before:)) }
    /// " y " or " e ".
    static func and(before word: String) -> String {
        let w = word.lowercased()
        let sound = w.hasPrefix("h") ? w.dropFirst() : Substring(w)
        guard let first = sound.first, first == "i" || first == "í" else { return " y " }
        let next = sound.dropFirst().first
        return next == "a" || next == "e" || next == "o" || next == "u" || next == "á" || next == "é"
            || next == "ó" || next == "ú" ? " y " : " e "
    }
    /// The last day of the month: `31 de enero de 2027`.
    func endOf(_ m: Month) -> String { day(Day(year: m.year, month: m.month, day: m.dayCount)!) }
    /// `para el 31 de enero de 2027`.
    func byEndOf(_ m: Month) -> String { "para el \(endOf(m))" }

    /// A figure after "de", "a" and "desde": Spanish puts the article before a percentage
    /// ("un objetivo del 90 %", "sube al 92 %", "desde el 80 %"), not before an amount
    /// ("un objetivo de 200.000 EUR").
    func of(_ figure: String) -> String { (figure.hasSuffix("%") ? "del " : "de ") + figure }
    func to(_ figure: String) -> String { (figure.hasSuffix("%") ? "al " : "a ") + figure }
    func the(_ figure: String) -> String { (figure.hasSuffix("%") ? "el " : "") + figure }

    // MARK: Labels

    func status(_ s: Status?) -> String {
        switch s {
        case .met: return "Cumplido"
        case .atRisk: return "En riesgo"
        case .missed: return "Incumplido"
        case nil: return "Sin datos"
        }
    }
    var noRating: String { "Sin valoración (no hay resultados este mes)" }
    var defaultRatingLabels: [String] {
        [
            "Supera las expectativas", "Cumple las expectativas", "Cumple parcialmente las expectativas",
            "Por debajo de las expectativas",
        ]
    }
    var fewPeersCell: String { "Muy pocas personas para comparar" }
    func pageHead(name: String, id: String, asOf: Month, generated: Day) -> String {
        "\(name) (\(id)) · resultados a \(month(asOf)) · elaborado el \(day(generated))"
    }
    func checkinKind(formal: Bool, reviewOf: Month?) -> String {
        guard formal else { return "Reunión de seguimiento" }
        return reviewOf.map { "Revisión formal de los resultados de \(month($0))" } ?? "Revisión formal"
    }
    func chartTitle(indicator: String, months: Int) -> String {
        months == 1
            ? "\(indicator): último mes, resultado real frente al objetivo"
            : "\(indicator): últimos \(months) meses, resultado real frente al objetivo"
    }

    // MARK: Sentences

    /// - composite: "En conjunto, con todos los indicadores, los resultados se quedaron por
    ///   debajo del 85 % de lo esperado en cada mes de agosto a octubre de 2026 (78 %, 80 % y 79 %)."
    /// - streak: "No se alcanzó el objetivo de Ventas durante 3 meses seguidos."
    /// - critical: "No se alcanzó el objetivo de Ventas (indicador crítico) en octubre de 2026."
    func reason(_ reason: Reason, asOf: Month, name: (String) -> String) -> String {
        switch reason {
        case .compositeBelow(let threshold, let months, let composites):
            let when =
                months.count == 1
                ? "en \(month(months[0]))" : "en cada mes de \(span(from: months.first!, to: months.last!))"
            let figures = list(composites.map { self.figures.percent($0) })
            return "En conjunto, con todos los indicadores, los resultados se quedaron por debajo del "
                + "\(self.figures.percent(threshold)) de lo esperado \(when) (\(figures))."
        case .missStreak(_, let streaks):
            return sentence(
                streakGroups(streaks, name: name).map { months, names in
                    names.count == 1
                        ? "no se alcanzó el objetivo de \(names[0]) durante \(months) meses seguidos"
                        : "no se alcanzaron los objetivos de \(list(names)) durante \(months) meses seguidos"
                })
        case .criticalMissed(let ids):
            let names = list(ids.map(name))
            return ids.count == 1
                ? "No se alcanzó el objetivo de \(names) (indicador crítico) en \(month(asOf))."
                : "No se alcanzaron los objetivos de \(names) (indicadores críticos) en \(month(asOf))."
        }
    }

    /// Before a noun: "su primer plan", "su tercer plan".
    static let ordinals = [
        "primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo",
    ]
    /// `primer` … `décimo`, then `11.º`.
    func ordinal(_ n: Int) -> String { ordinal(n, words: Self.ordinals) { "\($0).º" } }
    /// Standing alone: "el primero", "el tercero".
    func ordinalPronoun(_ n: Int) -> String {
        n == 1 ? "primero" : n == 3 ? "tercero" : ordinal(n)
    }

    func outcome(_ o: PlanOutcome) -> String {
        switch o {
        case .succeeded: return "se cerró con éxito"
        case .extended: return "se prorrogó"
        case .escalated: return "se trasladó a Recursos Humanos"
        case .closed: return "se cerró"
        case .active: return "aún no tiene un resultado registrado"
        }
    }

    /// "Este es su segundo plan. El primero abarcó de enero a marzo de 2026 y se prorrogó."
    func earlierPlans(_ earlier: [PlanRecord], cycle: Int, planNow: Bool) -> String {
        earlierPlansText(
            earlier, planNow: planNow, thisIs: "Este es su \(ordinal(cycle)) plan.", label: "Planes anteriores: "
        ) {
            "el \(ordinalPronoun($0.cycle)) abarcó de \(span(from: $0.start, to: $0.end)) y \(outcome($0.outcome))"
        }
    }

    /// "118.000 EUR frente a un objetivo de 200.000 EUR (59 % del objetivo), 82.000 EUR por
    /// debajo, incumplido 3 meses seguidos; 232.000 EUR por debajo de la media del puesto
    /// (350.000 EUR); media de los 3 mejores meses: 230.000 EUR." The clauses and shared
    /// decimals of the English sentence (`evidenceDecimals`: never fewer than the row's
    /// tables show); as short as plain Spanish allows, since the interview form quotes one
    /// for every target missed.
    func evidence(_ row: EmployeeDocument.Row) -> String {
        guard let e = evidenceFigures(row) else { return "No hay ningún resultado registrado para este mes." }
        var s = "\(e.actual) frente a un objetivo \(of(e.target)) ("
        switch e.attainment {
        case .ofTarget(let percent): s += "\(percent) del objetivo)"
        case .notPast(let threshold, let higher):
            s +=
                "\(higher ? "no por encima" : "no por debajo") \(of(threshold)), "
                + "el nivel a partir del cual empieza a contar el avance hacia el objetivo)"
        case .wayFrom(let percent, let threshold):
            s += "\(percent) del camino desde \(the(threshold)) hasta el objetivo)"
        }
        if let off = e.off { s += ", \(off.amount) \(off.below ? "por debajo" : "por encima")" }
        if let months = e.streak { s += ", incumplido \(months) meses seguidos" }
        switch e.peers {
        case .withheld: s += "; muy pocas personas en este puesto para hacer una comparación"
        case .differ(let amount, let above, let mean):
            s += "; \(amount) \(above ? "por encima" : "por debajo") de la media del puesto (\(mean))"
        case .same: break
        }
        if let best3 = e.best3 { s += "; media de los 3 mejores meses: \(best3)" }
        return s + "."
    }

    /// "aprox. 5000 EUR más al mes (mejora)", "aprox. 0,4 puntos porcentuales menos al mes",
    /// "estable": the rounding and verdict of `Labels.trend`. Spanish says "más" and "menos"
    /// of an amount and of a count alike; "aprox." (not "unos", whose gender would have to
    /// agree with a unit from the data) keeps the interview's trend column short.
    func trend(_ ir: IndicatorResult, _ indicator: Indicator, months: Int, horizon: Int) -> String {
        switch trendClause(ir, indicator, months: months, horizon: horizon) {
        case .none: return "—"
        case .steady: return "estable"
        case .change(let amount, let rising, _, let improving):
            return "aprox. \(amount) \(rising ? "más" : "menos") al mes"
                + (improving.map { $0 ? " (mejora)" : " (empeora)" } ?? "")
        }
    }

    /// "Retraso del informe mensual: se cuenta desde 5 días (0 %) hasta el objetivo de 0 días
    /// (100 %); cuanto menos, mejor."
    func scaleNote(_ ir: IndicatorResult, _ indicator: Indicator) -> String {
        let zero = figures.format.percent(0, decimals: 0)
        let hundred = figures.format.percent(100, decimals: 0)
        return "\(indicator.name): se cuenta desde \(the(figures.value(ir.threshold, indicator))) (\(zero)) "
            + "hasta el objetivo \(of(figures.value(ir.target, indicator))) (\(hundred))"
            + (indicator.direction == .lower ? "; cuanto menos, mejor." : ".")
    }

    /// "Ventas: 219.000 EUR frente a un objetivo de 200.000 EUR".
    func metSentence(_ row: EmployeeDocument.Row) -> String {
        "\(row.indicator.name): \(figures.value(row.result.actual, row.indicator)) frente a un objetivo \(of(figures.value(row.result.target, row.indicator)))"
    }

    /// "media de agosto a octubre de 2026", "resultado de octubre de 2026".
    func currentBasis(_ months: [Month]) -> String {
        guard let first = months.first, let last = months.last else { return "" }
        if months.count == 1 { return "resultado de \(month(first))" }
        if last - first == months.count - 1 { return "media de \(span(from: first, to: last))" }
        return "media de \(list(months.map(month)))"
    }

    /// "El objetivo sube a 210.000 EUR a partir de noviembre de 2026 (octubre de 2026:
    /// 200.000 EUR); el nivel esperado es el nuevo objetivo."
    func targetChange(_ g: EmployeeDocument.GoalRow) -> String? {
        guard let from = g.targetChange else { return nil }
        let ind = g.row.indicator
        let now = g.row.result.target
        return
            "El objetivo \(g.goal.expected > now ? "sube" : "baja") \(to(figures.value(g.goal.expected, ind))) a partir de \(month(from)) "
            + "(\(month(from - 1)): \(figures.value(now, ind))); el nivel esperado es el nuevo objetivo."
    }

    func weightShare(_ share: Double) -> String {
        "Este indicador pesa un \(figures.percent(share)) en el resultado global."
    }

    func focusNote(_ others: [String], maxFocus n: Int) -> String {
        "También por debajo del objetivo, pero fuera de este plan: \(list(others)). "
            + (n == 1
                ? "Un plan se centra en una sola área: aquella en la que la distancia al objetivo pesa más en el resultado global."
                : "Un plan se centra en un máximo de \(n) áreas: aquellas en las que la distancia al objetivo pesa más en el resultado global.")
    }

    /// "Ventas (EUR), cuanto más alto, mejor; registrado mensualmente en CRM".
    func measure(_ indicator: Indicator, dataSource: String?) -> String {
        "\(indicator.name) (\(figures.unit(indicator) ?? "valor")), \(indicator.direction == .higher ? "cuanto más alto" : "cuanto más bajo"), mejor; "
            + "registrado mensualmente" + (dataSource.map { " en \($0)" } ?? "")
    }

    func decisionNote(_ disposition: Disposition) -> String? {
        switch disposition {
        case .proposal(let conflicts):
            let base =
                "Propuesta para la decisión de Recursos Humanos: no es un plan hasta que Recursos Humanos decida emitirlo."
            guard !conflicts.isEmpty else { return base }
            return base + " Solo podrá emitirse cuando se registre el resultado "
                + list(conflicts.map { "del ciclo \($0.cycle) del plan (\(months(from: $0.start, to: $0.end)))" })
                + "."
        case .issued(let d?):
            return "Emitido por decisión de \(d.decidedBy) el \(day(d.decidedOn))" + (d.reason.map { ": \($0)" } ?? ".")
        case .issued(nil): return "Emitido automáticamente conforme a la política de la empresa."
        case .coach(let d):
            return "Coaching en lugar de un plan, decidido por \(d.decidedBy) el \(day(d.decidedOn)): \(d.reason ?? "")"
        case .deferred(let d):
            return
                "Decisión aplazada al mes siguiente por \(d.decidedBy) el \(day(d.decidedOn)): \(d.reason ?? "")"
        case .dismissed(let d):
            return "Sin medidas, decidido por \(d.decidedBy) el \(day(d.decidedOn)): \(d.reason ?? "")"
        case .none, .inForce: return nil
        }
    }

    var defaultConsequenceExtend: String {
        "De lo contrario, el plan podrá prorrogarse un ciclo más, y los objetivos se revisarán conjuntamente."
    }
    var defaultConsequenceFinal: String {
        "Si no se alcanzan los objetivos, Recursos Humanos decidirá los siguientes pasos conforme a la política de la empresa."
    }

    // MARK: The interview form

    /// "2 de 5 en octubre de 2026 (1 en riesgo, 2 incumplidos)", "No hay resultados
    /// registrados para octubre de 2026", "Sin objetivos para octubre de 2026".
    func targetsMet(_ c: TargetCount, in m: Month) -> String {
        if c.indicators == 0 { return "Sin objetivos para \(month(m))" }
        if c.noData == c.indicators { return "No hay resultados registrados para \(month(m))" }
        return "\(c.met) de \(c.indicators) en \(month(m))"
            + counts([
                (c.atRisk, "en riesgo"), (c.missed, c.missed == 1 ? "incumplido" : "incumplidos"),
                (c.noData, "sin resultado"),
            ])
    }

    /// "3 de 3 meses", "1 de 1 mes".
    func monthsOnTarget(met: Int, of months: Int) -> String {
        "\(met) de \(months) \(months == 1 ? "mes" : "meses")"
    }

    /// "objetivo de 200.000 EUR cumplido con 219.000 EUR, pero 131.000 EUR por debajo de la
    /// media del puesto (350.000 EUR)."
    func observation(_ ir: IndicatorResult, _ ind: Indicator) -> String {
        let diff = figures.difference(abs((ir.actual ?? 0) - (ir.peerMean ?? 0)), ind)
        return
            "objetivo \(of(figures.value(ir.target, ind))) cumplido con \(figures.value(ir.actual, ind)), pero \(diff) "
            + "\(ind.direction == .higher ? "por debajo" : "por encima") de la media del puesto (\(figures.value(ir.peerMean, ind)))"
            + (ind.direction == .higher ? "." : "; cuanto más bajo, mejor.")
    }

    /// "en agosto de 2026, por debajo del objetivo (180.000 EUR frente a 200.000 EUR)".
    func earlierMiss(atRisk: Bool, month m: Month, actual: String, target: String) -> String {
        "en \(month(m)), \(atRisk ? "en riesgo" : "por debajo del objetivo") (\(actual) frente a \(target))"
    }

    /// "1200 EUR en noviembre de 2026; 1500 EUR para el 31 de enero de 2027".
    func goalObjective(first: String, start: Month, expected: String, deadline: Month) -> String {
        "\(first) en \(month(start)); \(expected) \(byEndOf(deadline))"
    }

    /// "1000 EUR o mejor en noviembre de 2026".
    func keepObjective(target: String, start: Month) -> String { "\(target) o mejor en \(month(start))" }

    func nextMeetingPurpose(flagged: Bool, formal: Bool, reviewOf: Month?, asOf: Month) -> String {
        if flagged {
            return (formal ? "la primera revisión formal del plan" : "la primera reunión de seguimiento del plan")
                + (reviewOf.map { ", sobre los resultados de \(month($0))" } ?? "")
        }
        return
            "la próxima entrevista de evaluación, sobre los resultados de \(span(from: asOf + 1, to: reviewOf ?? asOf + 1))"
    }

    /// "alcanzar 1500 para el 2027-01-31", "igual o mejor que 1000 en 2026-11"
    /// (machine figures).
    var xmlObjectiveWords: (reach: String, by: String, atOrBetter: String, in: String) {
        ("alcanzar ", " para el ", "igual o mejor que ", " en ")
    }
}
