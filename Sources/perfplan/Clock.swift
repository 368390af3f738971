import Foundation
import PerfPlanCore

/// "Now" for a run (contract §5.25): `SOURCE_DATE_EPOCH` when set, so the same input gives
/// byte-identical output, else the UTC clock.
enum Clock {
    static func today() throws -> Day {
        let seconds: Int
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !text.isEmpty {
            guard let value = Int(text) else {
                throw UsageError("SOURCE_DATE_EPOCH \"\(text)\" is not a whole number of seconds")
            }
            seconds = value
        } else {
            seconds = Int(Date().timeIntervalSince1970)
        }
        return Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// `--as-of`, or the last complete calendar month.
    static func asOf(_ option: String?) throws -> Month {
        if let option, let m = Month(parsing: option) { return m }
        return try today().monthValue - 1
    }
}

/// A problem with how perfplan was called (exit 2), found after argument parsing.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
