/// Which register batches are in force, decided by the month folders on disk.
///
/// A run commits its batch as `pending` (with the new manifest's SHA-256) before it swaps
/// the month folder into place, and marks it `final` after. A kill between the two leaves
/// a pending batch; whether it counts is read off the folder: its `manifest.json` is the
/// new one (the swap happened: the pending batch replaces the final one of the same month and folder)
/// or not (the swap never happened: the pending batch is void). So register and packets
/// agree at every moment, without a transaction spanning both.
package enum BatchValidity {
    package struct Decision: Equatable, Sendable {
        /// The batches in force, one per (kind, month, source, folder) at most.
        package var current: Set<Int64>
        /// Pending batches whose swap happened: to be marked final.
        package var confirm: Set<Int64>
        /// Batches no longer in force: void pending ones and final ones replaced.
        package var drop: Set<Int64>
    }

    /// `manifestOnDisk(folder)`: the SHA-256 of `folder/manifest.json` now, nil when there
    /// is none. Asked only for pending batches.
    package static func decide(_ batches: [RegisterBatch], manifestOnDisk: (String) -> String?) -> Decision {
        var decision = Decision(current: [], confirm: [], drop: [])
        for group in Dictionary(grouping: batches, by: \.key).values {
            // The newest pending batch that the folder confirms wins; otherwise the final one.
            let pending = group.filter { $0.state == .pending }.sorted { $0.id > $1.id }
            let confirmed = pending.first { manifestOnDisk($0.folder) == $0.manifestSHA256 }
            let finals = group.filter { $0.state == .final }.sorted { $0.id > $1.id }
            guard let winner = confirmed ?? finals.first else {
                decision.drop.formUnion(group.map(\.id))
                continue
            }
            decision.current.insert(winner.id)
            if winner.state == .pending { decision.confirm.insert(winner.id) }
            decision.drop.formUnion(group.map(\.id).filter { $0 != winner.id })
        }
        return decision
    }
}
