import Foundation
import PerfPlanCommands
import PerfPlanCore
import PerfPlanSystem

/// "Now" for a run (contract §5.25): `SOURCE_DATE_EPOCH` when set, so the same input gives
/// byte-identical output, else the UTC clock.
enum Clock {
    /// The dates "now" may be: the generated date of every document is printed as a
    /// four-digit year, and the default as-of month (the month before) must be supported.
    static let supportedDays = Day(year: 1900, month: 2, day: 1)!...Day(year: 9999, month: 12, day: 31)!

    static func today() throws -> Day {
        let days: Int
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !text.isEmpty {
            guard let seconds = Int(text) else {
                throw UsageError("SOURCE_DATE_EPOCH \"\(text)\" is not a whole number of seconds since 1970-01-01")
            }
            // Floor division: -1 is 1969-12-31, not 1970-01-01.
            days = seconds >= 0 ? seconds / 86_400 : -((-(seconds + 1)) / 86_400) - 1
            let first = supportedDays.lowerBound.daysSinceEpoch * 86_400
            let last = supportedDays.upperBound.daysSinceEpoch * 86_400 + 86_399
            let range = first...last
            guard range.contains(seconds) else {
                throw UsageError(
                    "SOURCE_DATE_EPOCH \(text) is outside the dates perfplan supports "
                        + "(\(range.lowerBound) to \(range.upperBound): \(supportedDays.lowerBound) to \(supportedDays.upperBound))"
                )
            }
        } else {
            days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        }
        return Day(daysSinceEpoch: days)
    }

    /// The month `--as-of` names; it must lie in `Month.supportedAsOf`.
    static func asOf(_ option: String) throws -> Month {
        let range = Month.supportedAsOf
        guard let m = Month(parsing: option) else {
            throw UsageError("--as-of \"\(option)\" is not a month (expected YYYY-MM)")
        }
        guard range.contains(m) else {
            throw UsageError(
                "--as-of \(m) is outside the months perfplan supports (\(range.lowerBound) to \(range.upperBound)), "
                    + "so that every deadline, check-in and projection it prints is a four-digit year")
        }
        return m
    }

    /// Without `--as-of`: the last complete calendar month, which must lie in
    /// `Month.supportedAsOf`.
    static func defaultAsOf() throws -> Month {
        let range = Month.supportedAsOf
        let today = try today()
        let m = today.monthValue - 1
        guard range.contains(m) else {
            throw UsageError(
                "the default as-of month \(m) (the month before \(today)) is outside the months perfplan supports "
                    + "(\(range.lowerBound) to \(range.upperBound)); give --as-of YYYY-MM")
        }
        return m
    }
}
