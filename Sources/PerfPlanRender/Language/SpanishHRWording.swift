import PerfPlanCore

/// HR's views in Spanish: the worksheet, the index and its review list, the progress summary
/// and the calibration report, in the plain register of the Spanish documents
/// (`SpanishWording`), with their figures and dates. "Flagged for an improvement plan" is
/// "señalado para un plan de mejora" throughout, its rate the "tasa de señalados".
struct SpanishHRWording: HRWording {
    private let w = SpanishWording()
    var documents: any ProgressWording { w }

    // MARK: The worksheet

    func outcome(_ o: PlanOutcome) -> String {
        switch o {
        case .succeeded: return "Superado"
        case .extended: return "Prorrogado"
        case .escalated: return "Escalado"
        case .closed: return "Cerrado"
        case .active: return "Sin resultado registrado"
        }
    }

    /// - composite: "Puntuación global por debajo de 0,85 en cada uno de los meses de agosto a
    ///   octubre de 2026: 0,76; 0,74; 0,69." (semicolons: a comma is the decimal separator)
    /// - streak: "El objetivo de Ingresos se incumplió 3 meses seguidos (el límite de la política es de 3 meses)."
    /// - critical: "El indicador crítico Ingresos se incumplió en octubre de 2026."
    func trigger(_ reason: Reason, asOf: Month, name: (String) -> String) -> String {
        let v = w.figures
        switch reason {
        case .compositeBelow(let threshold, let months, let composites):
            let when =
                months.count == 1
                ? "en \(w.month(months[0]))"
                : "en cada uno de los meses de \(w.span(from: months.first!, to: months.last!))"
            let values = composites.map { v.number($0, decimals: 2) }.joined(separator: "; ")
            return "Puntuación global por debajo de \(v.number(threshold, decimals: 2)) \(when): \(values)."
        case .missStreak(let limit, let streaks):
            var lengths: [Int] = []
            for s in streaks where !lengths.contains(s.months) { lengths.append(s.months) }
            let clauses = lengths.sorted(by: >).map { months -> String in
                let names = streaks.filter { $0.months == months }.map { name($0.indicatorId) }
                return names.count == 1
                    ? "el objetivo de \(names[0]) se incumplió \(months) \(months == 1 ? "mes" : "meses") seguidos"
                    : "los objetivos de \(w.list(names)) se incumplieron \(months) \(months == 1 ? "mes" : "meses") seguidos"
            }
            let text = clauses.joined(separator: "; ")
            return text.prefix(1).uppercased() + text.dropFirst()
                + " (el límite de la política es de \(limit) \(limit == 1 ? "mes" : "meses"))."
        case .criticalMissed(let ids):
            let names = w.list(ids.map(name))
            return ids.count == 1
                ? "El indicador crítico \(names) se incumplió en \(w.month(asOf))."
                : "Los indicadores críticos \(names) se incumplieron en \(w.month(asOf))."
        }
    }

    func caution(_ c: Caution) -> String {
        let v = w.figures
        switch c {
        case .ratedWell(let rating, let composite):
            return
                "Valoración «\(rating)» (\(v.percent(composite)) en conjunto): el resultado global está en la banda media o por encima."
        case .noteOnTriggerMonth(let indicator, let month, let note):
            return "\(indicator), \(w.month(month)): el resultado lleva la nota «\(note)»."
        case .goalAboveBest3(let indicator, let expected, let best3):
            return
                "\(indicator): el objetivo de \(expected) supera la media de los 3 mejores meses de la propia persona (\(best3))."
        case .littleData(let months, let of, let first):
            let since = first.map { "; el primero, de \(w.month($0))" } ?? ""
            return "Solo hay resultados de \(months) de los \(of) meses en los que se basan las referencias\(since)."
        case .recentlyHired(let day):
            return "Incorporación el \(w.day(day)), dentro del periodo de revisión."
        case .historyConflict(let cycle, let start, let end, let row):
            let how: String
            if let row, row != .synthetic {
                how = "Indique su resultado (succeeded, extended, escalated o closed) en los datos de planes (\(row))"
            } else {
                how =
                    "Genere el informe de progreso de \(w.month(end)), que lo registra, o cierre el plan con "
                    + "perfplan plans close si se retiró"
            }
            return
                "El ciclo \(cycle) del plan (\(w.months(from: start, to: end))) ha terminado, pero su resultado nunca se "
                + "registró; hasta que se registre no puede emitirse un plan nuevo. \(how)."
        case .onlyFocusDoesNotTrigger(let indicator):
            return "El único foco del plan es \(indicator), un indicador marcado para no activar planes."
        }
    }

    func compositeRule(below: Double?, months: Int) -> String {
        guard let below else { return "la puntuación global (este criterio está desactivado)" }
        return "una puntuación global inferior a \(w.figures.number(below, decimals: 2)) "
            + (months == 1 ? "en el último mes" : "en cada uno de los últimos \(months) meses")
    }
    func streakRule(_ months: Int?) -> String {
        guard let months else { return "una serie de meses incumplidos (este criterio está desactivado)" }
        return "un indicador incumplido \(months) \(months == 1 ? "mes" : "meses") seguidos"
    }
    func criticalRule(_ on: Bool) -> String {
        on
            ? "un indicador crítico incumplido este mes"
            : "un indicador crítico incumplido (este criterio está desactivado)"
    }
    func band(_ label: String, from: Double) -> String { "«\(label)» desde \(w.figures.number(from, decimals: 2))" }
    func currentInputs(_ items: [(value: String, month: Month)]) -> String {
        w.list(items.map { "\($0.value) (\(w.shortMonth($0.month)))" })
    }

    // MARK: The index and its review list

    func decisionSummary(proposals: Int, issued: Int) -> String {
        let waiting: String
        switch proposals {
        case 0: waiting = "Ninguna propuesta espera una decisión"
        case 1:
            waiting =
                "1 propuesta espera una decisión (review.csv la recoge, lista para completar y guardar como decisions.csv)"
        default:
            waiting =
                "\(proposals) propuestas esperan una decisión (review.csv las recoge, listas para completar y guardar como decisions.csv)"
        }
        let plans: String
        switch issued {
        case 0: plans = "ningún plan emitido"
        case 1: plans = "1 plan emitido"
        default: plans = "\(issued) planes emitidos"
        }
        return "\(waiting); \(plans)."
    }
    func cycle(_ cycle: Int, of maxCycles: Int) -> String {
        cycle > maxCycles ? "\(cycle), por encima de \(maxCycles)" : "\(cycle) de \(maxCycles)"
    }
    func dispositionLabel(_ d: Disposition) -> String {
        switch d {
        case .none: return ""
        case .inForce(let p): return "con plan en curso (ciclo \(p.cycle) hasta \(w.month(p.end)))"
        case .proposal(let c): return c.isEmpty ? "propuesta" : "propuesta, bloqueada"
        case .issued: return d.isByPolicy ? "plan emitido según la política" : "plan emitido"
        case .coach: return "coaching"
        case .deferred: return "aplazado"
        case .dismissed: return "descartado"
        }
    }
    func dispositionWords(_ d: Disposition) -> String {
        switch d {
        case .none: return "—"
        case .inForce(let p): return "con plan hasta \(w.month(p.end))"
        case .proposal(let c):
            return c.isEmpty
                ? "propuesta pendiente de Recursos Humanos" : "bloqueada: conflicto en el historial de planes"
        case .issued: return "plan emitido"
        case .coach: return "coaching"
        case .deferred: return "aplazado"
        case .dismissed: return "descartado"
        }
    }
    func overallReason(below: Double, months: Int) -> String {
        "global: por debajo de \(w.figures.number(below, decimals: 2)) durante \(months) \(months == 1 ? "mes" : "meses")"
    }
    func streakReason(_ name: String, months: Int) -> String {
        "serie: \(name) (\(months) \(months == 1 ? "mes" : "meses"))"
    }
    func criticalReason(_ name: String) -> String { "crítico: \(name)" }
    var reasonSeparator: String { "; " }
    var noManager: String { "Sin responsable registrado" }
    func documentName(_ kind: String) -> String {
        switch kind {
        case "plan": return "Plan"
        case "plan-draft": return "Borrador del plan"
        case "interview": return "Formulario de entrevista"
        case "worksheet": return "Hoja de trabajo"
        default: return kind
        }
    }
    var xmlData: String { "datos XML" }

    // MARK: The progress summary

    func reportLink(_ format: DocumentFormat) -> String { "informe (\(format.rawValue))" }
    func partyInProse(_ p: SigningParty) -> String { w.party(p) }

    // MARK: The calibration report

    func finding(higher: Bool, rate: String, restRate: String, p: String) -> String {
        "\(higher ? "más alta" : "más baja") que la del resto de la organización (\(rate) frente a \(restRate), p = \(p))"
    }
    var noOneToCompare: String { "no hay nadie más en el alcance con quien comparar" }
    var noRatingColumn: String { "sin valoración" }
    func markedSummary(departments: Int, of allDepartments: Int, managers: Int, of allManagers: Int) -> String {
        func part(_ n: Int, _ all: Int, _ one: String, _ many: String) -> String {
            (n == 0 ? "ninguno" : String(n)) + " de \(all) " + (all == 1 ? one : many)
        }
        return "Marcados: " + part(departments, allDepartments, "departamento", "departamentos") + ", "
            + part(managers, allManagers, "responsable", "responsables") + "."
    }
    func chartNote(drawn: Int, of all: Int) -> String {
        "El gráfico muestra los \(drawn) responsables cuya tasa difiere; los \(all) figuran en la tabla de abajo."
    }
    var chartTitle: String { "Tasa de señalados por responsable" }
    func chartDescription(organisationRate: String) -> String {
        "Una barra por responsable: la proporción de su equipo señalada para un plan de mejora; la línea discontinua "
            + "es la tasa de la organización, \(organisationRate). La tabla de abajo da las mismas cifras."
    }
    var organisationLine: String { "organización" }
}
