import Foundation
import PerfPlanCore

/// A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA zone, derived from the system's time
/// zone data through Foundation's `TimeZone`: one observance at the start of the years
/// covered and one per offset change within them, each with its own DTSTART (no RRULE to
/// get wrong). The same zone data and years give the same lines on every run. TZNAME is
/// left out: abbreviations come from locale data and differ between systems.
package struct ZoneRules: Sendable, Hashable {
    package let identifier: String
    /// The component's content lines, BEGIN:VTIMEZONE through END:VTIMEZONE, unfolded.
    package let lines: [String]

    /// nil when the system does not know `identifier`.
    package init?(identifier: String, years: ClosedRange<Int>) {
        guard let tz = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        let start = Day(year: years.lowerBound, month: 1, day: 1)!.daysSinceEpoch * 86_400
        let end = Day(year: years.upperBound + 1, month: 1, day: 1)!.daysSinceEpoch * 86_400
        func offset(_ t: Int) -> Int { tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t))) }
        func daylight(_ t: Int) -> Bool { tz.isDaylightSavingTime(for: Date(timeIntervalSince1970: TimeInterval(t))) }
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + ICSText.escape(identifier)]
        func observance(at t: Int, from: Int, to: Int, dst: Bool) {
            let kind = dst ? "DAYLIGHT" : "STANDARD"
            lines += [
                "BEGIN:" + kind, "DTSTART:" + Self.localDateTime(t + from), "TZOFFSETFROM:" + Self.offset(from),
                "TZOFFSETTO:" + Self.offset(to), "END:" + kind,
            ]
        }
        let first = offset(start)
        observance(at: start - first, from: first, to: first, dst: daylight(start))
        var t = start
        // Bounded: zones change offset at most a few times a year.
        for _ in 0..<(4 * (years.count + 1)) {
            guard let next = tz.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: TimeInterval(t)))
            else { break }
            let s = Int(next.timeIntervalSince1970.rounded())
            guard s > t, s < end else { break }
            let from = offset(s - 1)
            let to = offset(s)
            if from != to || daylight(s - 1) != daylight(s) { observance(at: s, from: from, to: to, dst: daylight(s)) }
            t = s
        }
        lines.append("END:VTIMEZONE")
        self.lines = lines
    }

    /// "YYYYMMDDTHHMMSS" of a wall-clock time given as seconds since 1970 on that clock.
    static func localDateTime(_ t: Int) -> String {
        let days = t >= 0 ? t / 86_400 : -((-(t + 1)) / 86_400) - 1
        let s = t - days * 86_400
        return ICSDate.date(Day(daysSinceEpoch: days)) + "T" + ICSDate.pad(s / 3600) + ICSDate.pad(s / 60 % 60)
            + ICSDate.pad(s % 60)
    }

    /// "+HHMM" ("+HHMMSS" for the odd historic offset with seconds).
    static func offset(_ seconds: Int) -> String {
        let a = abs(seconds)
        return (seconds < 0 ? "-" : "+") + ICSDate.pad(a / 3600) + ICSDate.pad(a / 60 % 60)
            + (a % 60 == 0 ? "" : ICSDate.pad(a % 60))
    }
}

/// Date and date-time values (RFC 5545 §3.3.4, §3.3.5).
enum ICSDate {
    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// "YYYYMMDD".
    static func date(_ d: Day) -> String {
        let y = String(d.year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + pad(d.month) + pad(d.day)
    }

    /// "YYYYMMDDTHHMMSSZ" of seconds since 1970 (UTC).
    static func utc(_ t: Int) -> String { ZoneRules.localDateTime(t) + "Z" }
}
