import PerfPlanCore
import Testing

@testable import PerfPlanRender

/// The Spanish catalogue's pieces, each worked out by hand: figures as CLDR es writes them
/// (four digits ungrouped, five grouped, U+00A0 before `%` and units), dates, lists with
/// "y" and "e", ordinals, a singular "punto", and the sentences whose wording depends on
/// their arguments. The documents that put them together are `SpanishDocumentsTests`.
@Suite struct SpanishWordingTests {
    static let w = SpanishWording()
    static let n = "\u{00A0}"
    static let eur = Indicator(id: "rev", name: "Ventas", unit: "EUR", direction: .higher, weight: 1)
    static let share = Indicator(id: "s", name: "Entregas a tiempo", unit: "%", direction: .higher, weight: 1)
    static let rating = Indicator(
        id: "q", name: "Calidad", direction: .higher, kind: .qualitative, scaleMin: 1, scaleMax: 5, weight: 1)
    static func m(_ s: String) -> Month { Month(parsing: s)! }
    static func d(_ s: String) -> Day { Day(parsing: s)! }

    @Test func figures() {
        let v = LocalFigures.spanish
        let n = Self.n
        #expect(v.value(1250.5, Self.eur) == "1250,5\(n)EUR")
        #expect(v.value(12500.5, Self.eur) == "12.500,5\(n)EUR")
        #expect(v.value(-1_250_000, Self.eur) == "-1.250.000\(n)EUR")
        #expect(v.value(96.9, Self.share) == "96,9\(n)%")
        #expect(v.value(4, Self.rating) == "4 de 5")
        #expect(v.value(nil, Self.eur) == "—")
        #expect(v.percent(0.969, decimals: 1) == "96,9\(n)%")
        #expect(v.signedDifference(1200, Self.eur) == "+1200\(n)EUR")
        // A difference of percentages in points, singular at exactly 1 (LocalFigures, as German).
        #expect(LocalFigures.spanish.difference(2.5, Self.share) == "2,5\(n)puntos porcentuales")
        #expect(LocalFigures.spanish.difference(1, Self.share) == "1\(n)punto porcentual")
        #expect(LocalFigures.spanish.difference(1, Self.rating) == "1\(n)punto")
        #expect(LocalFigures.spanish.difference(0.5, Self.rating) == "0,5\(n)puntos")
        #expect(LocalFigures.spanish.difference(70_000, Self.eur) == "70.000\(n)EUR")
    }

    @Test func datesAndPeriods() {
        let w = Self.w
        #expect(w.day(Self.d("2027-01-31")) == "31 de enero de 2027")
        #expect(w.day(Self.d("2026-11-01")) == "1 de noviembre de 2026")
        #expect(w.month(Self.m("2026-10")) == "octubre de 2026")
        // 2026-12-10 is a Thursday.
        #expect(w.dayWithWeekday(Self.d("2026-12-10")) == "jue, 10 dic 2026")
        #expect(w.shortMonth(Self.m("2026-09")) == "sept 2026")
        #expect(w.months(from: Self.m("2026-08"), to: Self.m("2026-10")) == "agosto–octubre de 2026")
        #expect(w.months(from: Self.m("2025-11"), to: Self.m("2026-01")) == "noviembre de 2025 – enero de 2026")
        #expect(w.span(from: Self.m("2026-08"), to: Self.m("2026-10")) == "agosto a octubre de 2026")
        #expect(w.span(from: Self.m("2025-11"), to: Self.m("2026-01")) == "noviembre de 2025 a enero de 2026")
        // A goal's deadline is the last day of its month; February 2028 has 29 days.
        #expect(w.endOf(Self.m("2027-01")) == "31 de enero de 2027")
        #expect(w.byEndOf(Self.m("2028-02")) == "para el 29 de febrero de 2028")
        #expect(w.deadline(Self.d("2027-01-31")) == "31 de enero de 2027")
    }

    @Test func listsTakeYOrE() {
        let w = Self.w
        #expect(w.list([]) == "")
        #expect(w.list(["Ventas"]) == "Ventas")
        #expect(w.list(["Ventas", "Calidad"]) == "Ventas y Calidad")
        #expect(w.list(["Ventas", "Calidad", "Plazos"]) == "Ventas, Calidad y Plazos")
        // "e" before the sound /i/ (i-, hi-), "y" before hie-, hia- and any other word.
        #expect(w.list(["Calidad", "Ingresos"]) == "Calidad e Ingresos")
        #expect(w.list(["Ventas", "Horas", "Hilos"]) == "Ventas, Horas e Hilos")
        #expect(w.list(["Agua", "hielo"]) == "Agua y hielo")
        #expect(w.list(["Ventas", "Yeso"]) == "Ventas y Yeso")
    }

    @Test func reasonsAndEarlierPlans() {
        let w = Self.w
        let n = Self.n
        let name: (String) -> String = { ["rev": "Ventas", "acc": "Clientes nuevos", "inv": "Ingresos"][$0] ?? $0 }
        let asOf = Self.m("2026-10")
        #expect(
            w.reason(
                .compositeBelow(
                    threshold: 0.85, months: [Self.m("2026-08"), Self.m("2026-09"), asOf],
                    composites: [0.78, 0.80, 0.79]), asOf: asOf, name: name)
                == "En conjunto, con todos los indicadores, los resultados se quedaron por debajo del 85\(n)% de lo "
                + "esperado en cada mes de agosto a octubre de 2026 (78\(n)%, 80\(n)% y 79\(n)%).")
        #expect(
            w.reason(.compositeBelow(threshold: 0.85, months: [asOf], composites: [0.7]), asOf: asOf, name: name)
                == "En conjunto, con todos los indicadores, los resultados se quedaron por debajo del 85\(n)% de lo "
                + "esperado en octubre de 2026 (70\(n)%).")
        #expect(
            w.reason(
                .missStreak(
                    limit: 3,
                    streaks: [
                        .init(indicatorId: "rev", months: 3), .init(indicatorId: "acc", months: 4),
                        .init(indicatorId: "inv", months: 3),
                    ]), asOf: asOf, name: name)
                == "No se alcanzó el objetivo de Clientes nuevos durante 4 meses seguidos; "
                + "no se alcanzaron los objetivos de Ventas e Ingresos durante 3 meses seguidos.")
        #expect(
            w.reason(.criticalMissed(indicatorIds: ["rev"]), asOf: asOf, name: name)
                == "No se alcanzó el objetivo de Ventas (indicador crítico) en octubre de 2026.")
        #expect(
            w.reason(.criticalMissed(indicatorIds: ["rev", "acc"]), asOf: asOf, name: name)
                == "No se alcanzaron los objetivos de Ventas y Clientes nuevos (indicadores críticos) en octubre de 2026."
        )
        // "primer"/"tercer" before the noun, "primero"/"tercero" alone.
        let first = PlanRecord(
            employeeId: "E1", cycle: 1, start: Self.m("2026-01"), end: Self.m("2026-03"), outcome: .extended)
        let second = PlanRecord(
            employeeId: "E1", cycle: 2, start: Self.m("2026-04"), end: Self.m("2026-06"), outcome: .succeeded)
        #expect(
            w.earlierPlans([first], cycle: 2, planNow: true)
                == "Este es su segundo plan. El primero abarcó de enero a marzo de 2026 y se prorrogó.")
        #expect(
            w.earlierPlans([first, second], cycle: 3, planNow: true)
                == "Este es su tercer plan. El primero abarcó de enero a marzo de 2026 y se prorrogó; "
                + "el segundo abarcó de abril a junio de 2026 y se cerró con éxito.")
        #expect(
            w.earlierPlans([first], cycle: 2, planNow: false)
                == "Planes anteriores: el primero abarcó de enero a marzo de 2026 y se prorrogó.")
        #expect(w.earlierPlans([], cycle: 1, planNow: true) == "")
        #expect(w.ordinal(1) == "primer" && w.ordinal(3) == "tercer" && w.ordinal(11) == "11.º")
    }

    @Test func decisionsAndSignatures() {
        let w = Self.w
        let decided = DecisionRecord(
            employeeId: "E1", month: Self.m("2026-10"), decision: .coach, decidedBy: "Sofía Rossi",
            decidedOn: Self.d("2026-11-04"), reason: "Primero, formación en el nuevo CRM")
        #expect(
            w.decisionNote(.coach(decided))
                == "Coaching en lugar de un plan, decidido por Sofía Rossi el 4 de noviembre de 2026: "
                + "Primero, formación en el nuevo CRM")
        let conflict = PlanRecord(
            employeeId: "E1", cycle: 1, start: Self.m("2026-04"), end: Self.m("2026-06"), outcome: .active)
        #expect(
            w.decisionNote(.proposal(conflicts: [conflict]))
                == "Propuesta para la decisión de Recursos Humanos: no es un plan hasta que Recursos Humanos decida "
                + "emitirlo. Solo podrá emitirse cuando se registre el resultado del ciclo 1 del plan (abril–junio de 2026)."
        )
        #expect(w.decisionNote(.issued(nil)) == "Emitido automáticamente conforme a la política de la empresa.")
        #expect(w.signature(.signed(on: Self.d("2026-11-12"))) == "firmado el 12 de noviembre de 2026")
        #expect(
            w.signature(.declined(on: Self.d("2026-11-12"), witness: "Jon Ortiz"))
                == "se negó a firmar el 12 de noviembre de 2026 — testigo: Jon Ortiz")
        #expect(
            w.signature(.awaited(since: Self.d("2026-11-10"), days: 1))
                == "pendiente desde el 10 de noviembre de 2026 (1 día)")
        #expect(
            w.signature(.awaited(since: Self.d("2026-11-10"), days: 23))
                == "pendiente desde el 10 de noviembre de 2026 (23 días)")
        // The outcome of a last cycle names the next step neutrally.
        #expect(
            w.decisionText(.escalate, cycle: 2, maxCycles: 2)
                == "No todos los objetivos alcanzaron su nivel esperado en el último ciclo permitido (2 de 2), por lo que "
                + "el asunto pasa a Recursos Humanos, que convocará una reunión para hablar de los siguientes pasos "
                + "conforme a la política de la empresa.")
        #expect(
            w.decisionText(.extend, cycle: 1, maxCycles: 2)
                == "No todos los objetivos alcanzaron su nivel esperado al final del plan, por lo que el plan se prorroga: "
                + "se acordará un nuevo plan para el ciclo 2 de 2.")
    }

    @Test func countsAndPlurals() {
        let w = Self.w
        let oct = Self.m("2026-10")
        #expect(
            w.targetsMet(TargetCount([.met, .atRisk, .missed, .missed, nil]), in: oct)
                == "1 de 5 en octubre de 2026 (1 en riesgo, 2 incumplidos, 1 sin resultado)")
        #expect(w.targetsMet(TargetCount([.met, .missed]), in: oct) == "1 de 2 en octubre de 2026 (1 incumplido)")
        #expect(w.targetsMet(TargetCount([nil, nil]), in: oct) == "No hay resultados registrados para octubre de 2026")
        #expect(w.targetsMet(TargetCount([Status?]()), in: oct) == "Sin objetivos para octubre de 2026")
        #expect(w.monthsOnTarget(met: 1, of: 1) == "1 de 1 mes")
        #expect(w.monthsOnTarget(met: 2, of: 3) == "2 de 3 meses")
        #expect(w.chartTitle(indicator: "Ventas", months: 1) == "Ventas: último mes, resultado real frente al objetivo")
        #expect(
            w.chartTitle(indicator: "Ventas", months: 12)
                == "Ventas: últimos 12 meses, resultado real frente al objetivo")
        #expect(
            w.focusNote(["Calidad"], maxFocus: 1)
                == "También por debajo del objetivo, pero fuera de este plan: Calidad. Un plan se centra en una sola "
                + "área: aquella en la que la distancia al objetivo pesa más en el resultado global.")
        #expect(w.rating("Meets", policy: .default) == "Cumple las expectativas")
        #expect(w.rating(nil, policy: .default) == "Sin valoración (no hay resultados este mes)")
    }
}

/// Points in the singular where each language writes it: German at exactly 1, French below 2
/// (as French writes "0,5 point"), each worked out by hand.
@Suite struct SingularPointsTests {
    static let n = "\u{00A0}"
    static let share = SpanishWordingTests.share
    static let rating = SpanishWordingTests.rating

    @Test func german() {
        let v = LocalFigures.german
        #expect(v.difference(1, Self.rating) == "1\(Self.n)Punkt")
        #expect(v.difference(1, Self.share) == "1\(Self.n)Prozentpunkt")
        #expect(v.difference(1.5, Self.rating) == "1,5\(Self.n)Punkte")
        #expect(v.difference(0.5, Self.share) == "0,5\(Self.n)Prozentpunkte")
        #expect(v.signedDifference(-1, Self.rating) == "-1\(Self.n)Punkt")
    }

    @Test func french() {
        let v = LocalFigures.french
        #expect(v.difference(0.5, Self.rating) == "0,5\(Self.n)point")
        #expect(v.difference(1.5, Self.share) == "1,5\(Self.n)point de pourcentage")
        #expect(v.difference(1.996, Self.share, decimals: 2) == "2\(Self.n)points de pourcentage")
        #expect(v.difference(2, Self.rating) == "2\(Self.n)points")
        #expect(v.difference(4.6, Self.share) == "4,6\(Self.n)points de pourcentage")
    }
}
