/// The per-month figures of contract §2 for one actual against one resolved target.
package enum Attainment {
    /// (actual − h) / (target − h), clipped to [0, cap]. A tiny target − h (a target of
    /// 1e-300 is valid) makes the ratio overflow to ±infinity, which the clip turns into
    /// cap or 0 as it would any large ratio; only NaN (never from validated data, where
    /// target ≠ h) falls back to 0.
    package static func attainment(actual: Double, target: Double, threshold h: Double, cap: Double) -> Double {
        let raw = (actual - h) / (target - h)
        guard !raw.isNaN else { return 0 }
        return min(max(raw, 0), cap)
    }

    package static func status(_ attainment: Double, tolerance: Double) -> Status {
        if attainment >= 1 { return .met }
        if attainment >= 1 - tolerance { return .atRisk }
        return .missed
    }

    /// How far the actual falls short of the target in the bad direction, floored at 0.
    package static func shortfall(actual: Double, target: Double, direction: Direction) -> Double {
        max(direction == .higher ? target - actual : actual - target, 0)
    }
}
