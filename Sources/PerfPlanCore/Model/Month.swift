/// A calendar month, the time grain of every figure perfplan computes.
///
/// Stored as a single month number (`year * 12 + month - 1`) so that windows, gaps
/// between months and the least-squares trend's x axis are plain integer arithmetic.
package struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Months since year 0: `year * 12 + (month - 1)`.
    package let index: Int

    package init(index: Int) { self.index = index }

    package init?(year: Int, month: Int) {
        guard (1...12).contains(month), (0...9999).contains(year) else { return nil }
        self.index = year * 12 + month - 1
    }

    /// Parses exactly `YYYY-MM` (four digits, a dash, two digits, month 01–12).
    /// `2026-1` and `2026-13` are rejected: a cron job's data should not be guessed at.
    /// The month a day lies in.
    package init(_ d: Day) { self.init(year: d.year, month: d.month)! }

    package init?(parsing text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        var year = 0
        for b in bytes[0..<4] {
            guard b >= 48, b <= 57 else { return nil }
            year = year * 10 + Int(b - 48)
        }
        var month = 0
        for b in bytes[5..<7] {
            guard b >= 48, b <= 57 else { return nil }
            month = month * 10 + Int(b - 48)
        }
        self.init(year: year, month: month)
    }

    package var year: Int { index / 12 }
    package var month: Int { index % 12 + 1 }

    package func advanced(by months: Int) -> Month { Month(index: index + months) }
    package static func + (lhs: Month, rhs: Int) -> Month { lhs.advanced(by: rhs) }
    package static func - (lhs: Month, rhs: Int) -> Month { lhs.advanced(by: -rhs) }
    package static func - (lhs: Month, rhs: Month) -> Int { lhs.index - rhs.index }
    package static func < (lhs: Month, rhs: Month) -> Bool { lhs.index < rhs.index }

    /// Number of days in this month (Gregorian calendar).
    package var dayCount: Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The last day of the month as `YYYY-MM-DD`, the deadline format of goals.
    package var lastDayString: String { "\(description)-\(Self.pad2(dayCount))" }

    package var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + Self.pad2(month)
    }

    /// The as-of months a run accepts. Every month and date a run prints — look-back
    /// windows before it, plan deadlines, check-ins and projections after it (at most
    /// `plan_months` + 24 months) — then stays a four-digit year, which the file formats
    /// (`YYYY-MM`, `xs:date`, the month folder's name) and people expect. Outside it is a
    /// usage error, never a month such as `0000-00` or a trap on a five-digit year.
    package static let supportedAsOf = Month(year: 1900, month: 1)!...Month(year: 9899, month: 12)!

    /// Appends `description`'s bytes (`YYYY-MM`) without making a String: the XML of a
    /// plan carries a month attribute for every month of every indicator's history.
    package func append(to out: inout [UInt8]) {
        let y = year
        guard (0...9999).contains(y) else {
            out.append(contentsOf: description.utf8)
            return
        }
        out.append(UInt8(48 + y / 1000))
        out.append(UInt8(48 + y / 100 % 10))
        out.append(UInt8(48 + y / 10 % 10))
        out.append(UInt8(48 + y % 10))
        out.append(UInt8(ascii: "-"))
        Self.appendPad2(month, to: &out)
    }

    static func appendPad2(_ v: Int, to out: inout [UInt8]) {
        out.append(UInt8(48 + v / 10))
        out.append(UInt8(48 + v % 10))
    }

    static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
}

/// A calendar date (`YYYY-MM-DD`), used for hire dates and check-in schedules.
package struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    package init?(year: Int, month: Int, day: Int) {
        guard let m = Month(year: year, month: month), (1...m.dayCount).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` and checks the day exists.
    package init?(parsing text: some StringProtocol) {
        let s = String(text)
        guard s.utf8.count == 10, s.utf8[s.utf8.index(s.utf8.startIndex, offsetBy: 7)] == UInt8(ascii: "-"),
            let m = Month(parsing: s.prefix(7))
        else { return nil }
        let tail = s.suffix(2)
        guard tail.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let d = Int(tail) else { return nil }
        self.init(year: m.year, month: m.month, day: d)
    }

    package var monthValue: Month { Month(index: year * 12 + month - 1) }

    /// Days since 1970-01-01 (proleptic Gregorian), for date arithmetic without Foundation.
    package var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    package init(daysSinceEpoch z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    package func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    /// 0 = Monday … 6 = Sunday.
    package var weekday: Int { ((daysSinceEpoch % 7) + 7 + 3) % 7 }

    package static func < (lhs: Day, rhs: Day) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    package var description: String {
        Month(index: year * 12 + month - 1).description + "-" + Month.pad2(day)
    }

    /// Appends `description`'s bytes (`YYYY-MM-DD`).
    package func append(to out: inout [UInt8]) {
        monthValue.append(to: &out)
        out.append(UInt8(ascii: "-"))
        Month.appendPad2(day, to: &out)
    }
}
