/// The plan's "what happens next" sentences (contract §7.52): the company's words from the
/// policy's `consequences`, else neutral built-in ones. Nothing here may speak of
/// replacing the employee; the policy decoder refuses texts that do.
package enum Consequences {
    package static let defaultExtend =
        "If not, the plan may be extended for another cycle, with the goals reviewed together."
    package static let defaultFinal =
        "If the goals are not reached, HR will decide on further steps in line with company policy."

    /// While cycles remain.
    package static func extend(_ policy: Policy, cycle: Int) -> String {
        policy.consequences.extend ?? defaultExtend
    }

    /// At the last allowed cycle.
    package static func final(_ policy: Policy, cycle: Int) -> String {
        policy.consequences.final ?? defaultFinal
    }
}
