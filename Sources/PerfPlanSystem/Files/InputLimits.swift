/// How much perfplan reads of a file before it calls the file hostile, in one place so
/// docs/data-format.md ("Limits") and the code agree. Each limit is checked while reading
/// (the size with `fstat` before the first byte), so memory never grows with a bad file.
package enum InputLimits {
    /// Every data file read whole (each CSV but actuals.csv, every JSON file): 256 MiB,
    /// ten times the CSV a 100 000-employee company needs for any of them. Parsed JSON
    /// takes a few times its size in memory, so the cap is also what bounds that.
    package static let wholeFileBytes = 256 << 20

    /// A template under `--templates`: the shipped ones are a few KiB each.
    package static let templateBytes = 16 << 20

    /// One record of actuals.csv, which is read in pieces and has no size limit of its own
    /// (24 M rows, 1 GB, at 100 000 employees). No valid record comes near it (a cell holds
    /// at most 64 KiB); a record that does is a quote never closed or a file with no line
    /// breaks, and the rest of the file is not read.
    package static let actualsRecordBytes = 8 << 20

    /// Errors in actuals.csv after which the rest of it is not read: 50 times what the
    /// report prints per file; a file with more is not data with a few mistakes.
    package static let actualsErrors = 10_000

    /// A limit as messages give it: `256 MiB`, or `1000 bytes` when not whole MiB.
    package static func size(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
