import PerfPlanCore

/// The monthly progress report in Spanish. The outcome of a last cycle names the next step
/// neutrally, as the policy's consequence sentences do (contract §7.52). A goal's status is
/// masculine ("Alcanzado"): it speaks of the goal, "el objetivo".
extension SpanishWording: ProgressWording {
    func goalStatus(_ s: GoalStatus) -> String {
        switch s {
        case .achieved: return "Alcanzado"
        case .onTrack: return "Según lo previsto"
        case .behind: return "Con retraso"
        case .noData: return "Sin datos"
        }
    }
    var onTrackButLate: String { "Según lo previsto este mes, pero a este ritmo llegaría después del plazo" }

    func projection(_ p: Projection) -> String {
        switch p {
        case .reached: return "Nivel esperado alcanzado"
        case .projected(let m, let onTime, _):
            return "A este ritmo, se alcanzaría en \(month(m))"
                + (onTime ? ", dentro del plazo" : ", después del plazo")
        case .notReached: return "A este ritmo, no lleva camino de alcanzarse"
        case .insufficientData: return "Aún no hay resultados suficientes para una previsión"
        }
    }

    func outcomeWord(_ d: PlanDecision) -> String {
        switch d {
        case .succeeded: return "Cerrado con éxito"
        case .extend: return "Prorrogado"
        case .escalate: return "Trasladado a Recursos Humanos"
        }
    }

    func decisionText(_ d: PlanDecision, cycle: Int, maxCycles: Int) -> String {
        switch d {
        case .succeeded:
            return
                "Todos los objetivos han alcanzado su nivel esperado: el plan se cierra con éxito. Reconozca este logro; es merecido."
        case .extend:
            return
                "No todos los objetivos alcanzaron su nivel esperado al final del plan, por lo que el plan se prorroga: "
                + "se acordará un nuevo plan para el ciclo \(cycle + 1) de \(maxCycles)."
        case .escalate:
            return
                "No todos los objetivos alcanzaron su nivel esperado en el último ciclo permitido (\(cycle) de \(maxCycles)), "
                + "por lo que el asunto pasa a Recursos Humanos, que convocará una reunión para hablar de los siguientes pasos conforme a la política de la empresa."
        }
    }

    func stepsAfter(
        _ d: PlanDecision, name: String, manager: String?, cycle: Int, maxCycles: Int, open: [String],
        achieved: [String]
    ) -> [String] {
        let manager = manager ?? "su responsable"
        switch d {
        case .succeeded:
            return [
                "Reconozca el resultado con \(name) en la revisión final; el plan se cierra.",
                "Mantenga los niveles alcanzados: a partir de ahora se siguen en las revisiones habituales.",
            ]
        case .extend:
            return [
                "Se acordará un nuevo plan para el ciclo \(cycle + 1) de \(maxCycles): \(name) y \(manager) lo preparan en la revisión final."
            ]
                + open.map { "\($0): acuerden hitos revisados y el apoyo necesario para el nuevo ciclo." }
                + achieved.map { "\($0): nivel esperado alcanzado; manténgalo." }
        case .escalate:
            return ["Recursos Humanos convoca la reunión con \(name) y \(manager); traigan este informe."]
                + open.map { "\($0)." }
        }
    }

    func goalGap(name: String, actual: String?, expected: String, month m: Month) -> String {
        guard let actual else {
            return
                "\(name): no hay ningún resultado registrado para \(month(m)), frente al nivel esperado \(of(expected))"
        }
        return "\(name): \(actual) frente al nivel esperado \(of(expected))"
    }
    func reachedExpected(name: String, actual: String, expected: String) -> String {
        "\(name): con \(actual) se alcanza el nivel esperado \(of(expected))."
    }
    func reachedMilestone(name: String, actual: String, milestone: String, higherIsBetter: Bool) -> String {
        higherIsBetter
            ? "\(name): con \(actual) se alcanza el hito de este mes (\(milestone))."
            : "\(name): \(actual) queda dentro del hito de este mes (\(milestone) como máximo)."
    }
    func regression(name: String, actual: String, start: String) -> String {
        "\(name): \(actual) es peor que el nivel del que partió el plan (\(start)). Hablen de qué ha cambiado."
    }
    func holdLevel(name: String) -> String { "\(name): mantener el nivel alcanzado." }
    func keepGoing(name: String, next: String) -> String { "\(name): siga así; próximo hito: \(next)." }
    func reviewOne(name: String, next: String) -> String {
        "\(name): revisen los métodos y el apoyo en la próxima reunión de seguimiento; a continuación: \(next)."
    }
    func reviewMany(names: [String], nexts: [String]) -> String {
        "Revisen los métodos y el apoyo en la próxima reunión de seguimiento para \(list(names)); a continuación: \(nexts.joined(separator: "; "))."
    }
    func noResultStep(name: String, month m: Month) -> String {
        "\(name): no hay ningún resultado registrado para \(month(m)); consúltelo con la persona responsable de los datos."
    }
    /// "181.667 EUR en diciembre de 2026", or the expected level by the deadline.
    func nextMilestone(value: String?, month m: Month, expected: String, deadline d: Day) -> String {
        guard let value else { return "el nivel esperado \(of(expected)) para el \(deadline(d))" }
        return "\(value) en \(month(m))"
    }
    func lastCycleWarning(cycle: Int, maxCycles: Int, end: Month) -> String {
        "Este es el último ciclo de plan permitido (\(cycle) de \(maxCycles)) y todos los objetivos van con retraso: si sigue así "
            + "al final de \(month(end)), el asunto pasará a Recursos Humanos. Involucre ya a Recursos Humanos, no en la revisión final."
    }
    func progressPageHead(name: String, id: String, month m: Month, planAsOf: Month) -> String {
        "\(name) (\(id)) · avance de \(month(m)) · plan de \(month(planAsOf))"
    }
    func progressChartTitle(indicator: String) -> String {
        "\(indicator): resultados reales frente a la trayectoria prevista"
    }
    /// The date itself: `31 de enero de 2027`; templates write "para el {{deadline}}".
    func deadline(_ d: Day) -> String { day(d) }

    func party(_ p: SigningParty) -> String {
        switch p {
        case .employee: return "Empleado/a"
        case .manager: return "Responsable"
        case .hr: return "Recursos Humanos"
        }
    }
    func signature(_ s: PlanSignatures.State) -> String {
        switch s {
        case .signed(let on): return "firmado el \(day(on))"
        case .declined(let on, let witness):
            return "se negó a firmar el \(day(on))" + (witness.map { " — testigo: \($0)" } ?? "")
        case .awaited(let since, let days):
            return "pendiente desde el \(day(since)) (\(days) \(days == 1 ? "día" : "días"))"
        }
    }
}
