/// When and how the plan's meetings reach calendars and mailboxes (`perfplan.json`
/// `meeting_time`, `meeting_minutes`, `time_zone`, `outbox`, `outbox_from`).
package struct MeetingPolicy: Hashable, Sendable {
    /// A time of day, "HH:MM".
    package struct TimeOfDay: Hashable, Sendable {
        package var hour: Int
        package var minute: Int
        package init?(hour: Int, minute: Int) {
            guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
            self.hour = hour
            self.minute = minute
        }

        /// "HH:MM" exactly (two digits each), else nil.
        package init?(parsing text: String) {
            let b = Array(text.utf8)
            guard b.count == 5, b[2] == UInt8(ascii: ":"),
                let h = Self.digits(b[0], b[1]), let m = Self.digits(b[3], b[4])
            else { return nil }
            self.init(hour: h, minute: m)
        }

        private static func digits(_ a: UInt8, _ b: UInt8) -> Int? {
            guard (48...57).contains(a), (48...57).contains(b) else { return nil }
            return Int(a - 48) * 10 + Int(b - 48)
        }

        package var text: String {
            (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        }
    }

    /// The meetings' start; nil: all-day events (the day is agreed, the hour is left to the
    /// two people). The default is 10:00: a set hour puts the meeting into both calendars as
    /// busy time, which an all-day entry does not, and mid-morning suits most office days.
    package var time: TimeOfDay? = TimeOfDay(hour: 10, minute: 0)
    /// How long a meeting lasts (timed events only).
    package var minutes: Int = 30
    /// IANA zone name the time is in; nil: floating local time (10:00 wherever each person
    /// is), since perfplan does not know where people sit.
    package var timeZone: String?
    /// Write `outbox/` (reminder messages ready for an MTA).
    package var outbox: Bool = true
    /// The messages' From address; nil: the organisation-wide HR contact's email, else none
    /// (the MTA then sets the sender).
    package var outboxFrom: String?

    package init() {}

    /// `meeting_minutes`: five minutes to a working day.
    package static let minutesRange: ClosedRange<Int> = 5...480
}
