/// The largest magnitude an input figure may have (contract §6.34): values, targets,
/// thresholds, scale bounds, weights and benchmarks beyond ±1e15 are validation errors.
/// Within it every sum, difference and product the engine forms (a composite is at most
/// weight × `attainment_cap`; a `lower` threshold defaults to 2 × target) stays finite, and
/// every figure still prints exactly as a whole number (below 2^53).
package enum FigureLimits {
    package static let maxMagnitude = 1e15
}
