import Crypto
import Foundation
import PerfPlanCore

extension PacketWriter {
    /// Opens a month folder for writing step by step: takes the output lock, removes the
    /// leftovers of killed runs, refuses what stands where the month folder goes (a link, a
    /// file, someone else's folder) before anything is written, and makes the staging
    /// folder `OUT/.YYYY-MM.tmp-PID`, which a signal from now on removes (see
    /// `Interruption`). The caller writes through `writer`, then calls `publish`; a failure
    /// in between (an error thrown, or the staging dropped unpublished) removes the staging
    /// folder and leaves the previous month folder as it was.
    ///
    /// Everything inside `outRoot` is reached through its descriptor without following
    /// links (see `OutputFolder`).
    package static func stage(outRoot: String, month: Month) throws -> PacketStaging {
        let out = try OutputFolder(outRoot)
        var staged = false
        defer { if !staged { out.close() } }
        let outputLock = try OutputLock(in: out.fd, directory: outRoot)
        // Leftovers of runs that were killed, of any month (we hold the lock, so none is active).
        out.removeLeftovers()
        let target = "\(month)"
        // Refused before anything is written: a link, a file or someone else's folder there.
        _ = try out.monthFolderExists(target, month: target)
        let name = ".\(month).tmp-\(getpid())"
        let (root, token) = try Interruption.guarded {
            let root = try out.makeStaging(name)
            return (root, Interruption.register(staging: name, in: out.fd))
        }
        staged = true
        return PacketStaging(
            writer: PacketWriter(directory: out.path(of: name), root: root), out: out, outputLock: outputLock,
            outRoot: outRoot, month: month, name: name, token: token)
    }
}

/// A month folder being written, from `PacketWriter.stage` to `publish`: the output lock
/// held, the staging folder registered for removal on a signal. It belongs to the thread
/// that opened it; its `writer` may be shared with worker threads.
///
/// Dropped without being published (a step threw), it removes the staging folder, then
/// gives up the registration and the lock: the same clean-up, in the same order, as a
/// failed `publish`.
package final class PacketStaging {
    /// Where every step writes its files (paths relative to the month folder).
    package let writer: PacketWriter
    private let out: OutputFolder
    /// Held from `stage` until the staging folder is published or removed.
    private var outputLock: OutputLock?
    private let outRoot: String
    private let month: Month
    /// The staging folder's name in `outRoot`.
    private let name: String
    /// The staging folder's registration with `Interruption`.
    private let token: Int

    fileprivate init(
        writer: PacketWriter, out: OutputFolder, outputLock: OutputLock, outRoot: String, month: Month, name: String,
        token: Int
    ) {
        self.writer = writer
        self.out = out
        self.outputLock = outputLock
        self.outRoot = outRoot
        self.month = month
        self.name = name
        self.token = token
    }

    /// Writes `manifest.json` of every file written (the last file), tells `hook` (the plan
    /// register; see `PublishHook`) before and after the swap, and exchanges the staging
    /// folder into place as `outRoot/month`, then removes the previous month folder. On an
    /// error the staging folder is removed and the previous month folder stays. Either way
    /// the lock is released on return: a staging is published once.
    package func publish(generated: Day, provenance: Provenance? = nil, hook: PublishHook? = nil) throws
        -> PacketWriter.Result
    {
        precondition(outputLock != nil, "a staged month folder is published once")
        defer { release() }
        let target = "\(month)"
        do {
            let manifest = writer.manifest(month: month, generated: generated, provenance: provenance)
            try writer.put(manifest, "manifest.json", record: false)
            try hook?.willPublish(
                StagedPacket(
                    outRoot: outRoot, month: month, folder: out.path(of: target),
                    manifestSHA256: SHA256.hash(data: manifest).hex, digests: writer.digests))
            do {
                try Interruption.guarded {
                    // Again just before: what is there now is what gets exchanged.
                    let replacing = try out.monthFolderExists(target, month: target)
                    try out.publish(name, as: target, replacing: replacing)
                }
            } catch {
                hook?.didNotPublish()
                throw error
            }
            hook?.didPublish()
            FileSystem.removeTree(name, in: out.fd)  // the previous month folder, if there was one
            let (files, bytes) = writer.totals()
            return PacketWriter.Result(path: out.path(of: target), files: files + 1, bytes: bytes + manifest.count)
        } catch {
            FileSystem.removeTree(name, in: out.fd)
            throw error
        }
    }

    /// Abandoned before `publish`: the staging folder goes, the previous month folder stays.
    deinit {
        guard outputLock != nil else { return }
        FileSystem.removeTree(name, in: out.fd)
        release()
    }

    /// Ends the registration for signals, releases the output lock and closes `outRoot`.
    private func release() {
        Interruption.unregister(token)
        outputLock = nil
        out.close()
    }
}
