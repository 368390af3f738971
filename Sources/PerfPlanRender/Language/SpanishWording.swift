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

    func month(_ m: Month) -> String { f.monthYear(m) }
    func day(_ d: Day) -> String { f.longDate(d) }
    func dayWithWeekday(_ d: Day) -> String { f.shortDateWithWeekday(d) }
    func shortMonth(_ m: Month) -> String { f.shortMonthNames[m.month - 1] + " " + String(m.year) }
    /// A period as a label: `octubre de 2026`, `agosto–octubre de 2026`, `noviembre de 2025 –
    /// enero de 2026`.
    func months(from first: Month, to last: Month) -> String {
        if first == last { return month(first) }
        if first.year == last.year { return "\(f.monthNames[first.month - 1])–\(month(last))" }
        return "\(month(first)) – \(month(last))"
    }
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
    func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + Self.and(before: last) + last
    }
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
            var lengths: [Int] = []
            for s in streaks where !lengths.contains(s.months) { lengths.append(s.months) }
            let clauses = lengths.sorted(by: >).map { months -> String in
                let names = streaks.filter { $0.months == months }.map { name($0.indicatorId) }
                return names.count == 1
                    ? "no se alcanzó el objetivo de \(names[0]) durante \(months) meses seguidos"
                    : "no se alcanzaron los objetivos de \(list(names)) durante \(months) meses seguidos"
            }
            let text = clauses.joined(separator: "; ")
            return text.prefix(1).uppercased() + text.dropFirst() + "."
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
    func ordinal(_ n: Int) -> String { n >= 1 && n <= Self.ordinals.count ? Self.ordinals[n - 1] : "\(n).º" }
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
        guard !earlier.isEmpty else { return "" }
        let detail = earlier.map {
            "el \(ordinalPronoun($0.cycle)) abarcó de \(span(from: $0.start, to: $0.end)) y \(outcome($0.outcome))"
        }
        .joined(separator: "; ")
        if planNow {
            return "Este es su \(ordinal(cycle)) plan. " + detail.prefix(1).uppercased() + detail.dropFirst() + "."
        }
        return "Planes anteriores: " + detail + "."
    }

    /// "118.000 EUR frente a un objetivo de 200.000 EUR (59 % del objetivo), 82.000 EUR por
    /// debajo, incumplido 3 meses seguidos; 232.000 EUR por debajo de la media del puesto
    /// (350.000 EUR); media de los 3 mejores meses: 230.000 EUR." The clauses and shared
    /// decimals of the English sentence (`evidenceDecimals`: never fewer than the row's
    /// tables show); as short as plain Spanish allows, since the interview form quotes one
    /// for every target missed.
    func evidence(_ row: EmployeeDocument.Row) -> String {
        let ir = row.result
        let ind = row.indicator
        let v = figures
        guard let a = ir.actual else { return "No hay ningún resultado registrado para este mes." }
        let peer = row.peersShown && ir.peerN > 1 ? ir.peerMean : nil
        let d = evidenceDecimals(row)
        var s = "\(v.value(a, ind, decimals: d)) frente a un objetivo \(of(v.value(ir.target, ind, decimals: d))) ("
        if EmployeeView.plainPercent(ir, ind) {
            s += "\(v.percent(ir.attainment ?? 0)) del objetivo)"
        } else if (ir.attainment ?? 0) <= 0 {
            s +=
                "\(ind.direction == .higher ? "no por encima" : "no por debajo") \(of(v.value(ir.threshold, ind))), "
                + "el nivel a partir del cual empieza a contar el avance hacia el objetivo)"
        } else {
            s +=
                "\(v.percent(ir.attainment ?? 0)) del camino desde \(the(v.value(ir.threshold, ind))) hasta el objetivo)"
        }
        let off = a - ir.target
        if ir.status == .atRisk || ir.status == .missed,
            HumanNumber.roundHalfAway(abs(off) * EmployeeView.pow10(d)) != 0
        {
            s += ", \(figures.difference(abs(off), ind, decimals: d)) \(off < 0 ? "por debajo" : "por encima")"
        }
        if ir.missStreak > 1 { s += ", incumplido \(ir.missStreak) meses seguidos" }
        if !row.peersShown {
            s += "; muy pocas personas en este puesto para hacer una comparación"
        } else if let peer, HumanNumber.roundHalfAway(abs(a - peer) * EmployeeView.pow10(d)) != 0 {
            s +=
                "; \(figures.difference(abs(a - peer), ind, decimals: d)) \(a > peer ? "por encima" : "por debajo") de la media del puesto (\(v.value(peer, ind, decimals: d)))"
        }
        if let b3 = ir.best3Avg { s += "; media de los 3 mejores meses: \(v.value(b3, ind, decimals: d))" }
        return s + "."
    }

    /// "aprox. 5000 EUR más al mes (mejora)", "aprox. 0,4 puntos porcentuales menos al mes",
    /// "estable": the rounding and verdict of `Labels.trend`. Spanish says "más" and "menos"
    /// of an amount and of a count alike; "aprox." (not "unos", whose gender would have to
    /// agree with a unit from the data) keeps the interview's trend column short.
    func trend(_ ir: IndicatorResult, _ indicator: Indicator, months: Int, horizon: Int) -> String {
        guard let slope = ir.trendSlope else { return "—" }
        let judged =
            TrendVerdict.judge(
                slope: slope, actual: ir.actual, target: ir.target, threshold: ir.threshold,
                direction: indicator.direction, horizon: horizon, decimals: indicator.decimals) != nil
        let size = abs(slope)
        if HumanNumber.roundHalfAway(size * Double(max(months, 1)) * EmployeeView.pow10(indicator.decimals)) == 0 {
            return "estable"
        }
        var magnitude = 0
        var x = size
        while x >= 10 {
            x /= 10
            magnitude += 1
        }
        while x < 1 {
            x *= 10
            magnitude -= 1
        }
        let decimals = min(max(1 - magnitude, 0), 6)
        var shown = size
        if magnitude > 1 {
            let step = EmployeeView.pow10(magnitude - 1)
            shown = HumanNumber.roundHalfAway(size / step) * step
        }
        let amount = figures.difference(shown, indicator, decimals: decimals)
        var s = "aprox. \(amount) \(slope > 0 ? "más" : "menos") al mes"
        if judged { s += indicator.direction.isBetter(slope, than: 0) ? " (mejora)" : " (empeora)" }
        return s
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

    func shortMonthName(_ m: Month) -> String { f.shortMonthNames[m.month - 1] }

    /// "2 de 5 en octubre de 2026 (1 en riesgo, 2 incumplidos)", "No hay resultados
    /// registrados para octubre de 2026", "Sin objetivos para octubre de 2026".
    func targetsMet(_ c: TargetCount, in m: Month) -> String {
        if c.indicators == 0 { return "Sin objetivos para \(month(m))" }
        if c.noData == c.indicators { return "No hay resultados registrados para \(month(m))" }
        let rest = [
            (c.atRisk, "en riesgo"), (c.missed, c.missed == 1 ? "incumplido" : "incumplidos"),
            (c.noData, "sin resultado"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return "\(c.met) de \(c.indicators) en \(month(m))"
            + (rest.isEmpty ? "" : " (" + rest.joined(separator: ", ") + ")")
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
