import PerfPlanCore

/// The seeds' sales example (DOMAIN.md, "Peer and industry references"; seed 002, "the
/// performance improvement plan example"): a representative met a 200 000 target with
/// 219 000 and is still 131 000 below the 350 000 role average. The interview raises that
/// observation for an indicator whose target was met but whose result is far below the
/// role, and only where the privacy rule (§6.37) lets the employee's documents show the
/// role average at all.
enum PeerObservation {
    /// "Far below": worse than the role average by at least this share of it (the seeds'
    /// example is 131 000 / 350 000 = 37 % below). A smaller distance is ordinary spread
    /// within a role, not something to raise in the interview.
    static let farBelowShare = 0.2

    static func farBelowRole(_ row: EmployeeDocument.Row) -> Bool {
        let r = row.result
        guard row.peersShown, r.status == .met, let actual = r.actual, let mean = r.peerMean, mean != 0 else {
            return false
        }
        let worse = row.indicator.direction == .higher ? mean - actual : actual - mean
        return worse >= farBelowShare * abs(mean)
    }
}
