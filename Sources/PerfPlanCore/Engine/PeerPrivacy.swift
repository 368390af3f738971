/// Privacy of peers (contract §6.37): an employee's own documents show peer figures for an
/// indicator only when at least `min_peer_group` employees other than the employee have a
/// value at *P*; in a smaller group a role average gives a colleague's figure away. HR's
/// outputs (`gaps`, `gaps.csv`, `explain`, the index) keep every figure and do not ask.
package enum PeerPrivacy {
    /// The employees other than the one described with a value at *P*: `peer_n` counts the
    /// employee too when they have a value (an actual) at *P* (§2, §5.6).
    package static func others(_ r: IndicatorResult) -> Int {
        max(r.peerN - (r.actual != nil ? 1 : 0), 0)
    }

    /// Whether the employee's documents may show `r`'s peer figures.
    package static func showsPeers(_ r: IndicatorResult, minPeerGroup: Int) -> Bool {
        others(r) >= minPeerGroup
    }
}
