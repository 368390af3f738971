import Foundation
import PerfPlanCore

/// The calendar and outbox keys of `perfplan.json`: `meeting_time` ("HH:MM" or null for
/// all-day events), `meeting_minutes`, `time_zone` (an IANA name the system's time zone
/// data knows), `outbox` (true/false) and `outbox_from` (an email address).
extension PolicyDecoder {
    /// Decodes `key` into `policy.meetings`; false when `key` is not one of these.
    mutating func decodeMeetingKey(_ key: String, _ n: JSONNode, into m: inout MeetingPolicy) -> Bool {
        let at = SourceLocation(file: file, line: n.line)
        switch key {
        case "meeting_time":
            switch n.value {
            case .null: m.time = nil
            case .string(let s):
                if let t = MeetingPolicy.TimeOfDay(parsing: s.trimmingWhitespace()) {
                    m.time = t
                } else {
                    diags.error(
                        at,
                        "\"meeting_time\" must be a time \"HH:MM\" from 00:00 to 23:59, or null for all-day meetings (found \(Quote.cell(s)))"
                    )
                }
            default: diags.error(at, "\"meeting_time\" must be a string \"HH:MM\" or null, found \(n.value.typeName)")
            }
        case "meeting_minutes":
            let r = MeetingPolicy.minutesRange
            guard case .number(let v, _) = n.value, v.isFinite, v == v.rounded(),
                v >= Double(r.lowerBound), v <= Double(r.upperBound)
            else {
                diags.error(
                    at,
                    "\"meeting_minutes\" must be a whole number from \(r.lowerBound) to \(r.upperBound)"
                        + (n.value.numberText.map { " (found \($0))" } ?? ", found \(n.value.typeName)"))
                return true
            }
            m.minutes = Int(v)
        case "time_zone":
            switch n.value {
            case .null: m.timeZone = nil
            case .string(let s):
                let name = s.trimmingWhitespace()
                if Self.isKnownZone(name) {
                    m.timeZone = name
                } else {
                    diags.error(
                        at,
                        "\"time_zone\" must be an IANA time zone name such as \"Europe/Berlin\" (found \(Quote.cell(s)))"
                    )
                }
            default: diags.error(at, "\"time_zone\" must be a string, found \(n.value.typeName)")
            }
        case "outbox":
            if case .bool(let b) = n.value {
                m.outbox = b
            } else {
                diags.error(at, "\"outbox\" must be true or false, found \(n.value.typeName)")
            }
        case "outbox_from":
            switch n.value {
            case .null: m.outboxFrom = nil
            case .string(let s):
                let address = s.trimmingWhitespace()
                if address.isEmpty {
                    m.outboxFrom = nil
                } else if MailAddress.isPlain(address) {
                    m.outboxFrom = address
                } else {
                    diags.error(
                        at, "\"outbox_from\" must be an email address such as hr@example.com (found \(Quote.cell(s)))")
                }
            default: diags.error(at, "\"outbox_from\" must be a string, found \(n.value.typeName)")
            }
        default: return false
        }
        return true
    }

    /// A zone name of the form the IANA database uses (letters, digits, `/`, `_`, `-`, `+`,
    /// no `..`) that the system's time zone data resolves.
    static func isKnownZone(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 64, !name.hasPrefix("/"), !name.contains(".."),
            name.utf8.allSatisfy({ b in
                (65...90).contains(b) || (97...122).contains(b) || (48...57).contains(b) || b == 0x2F || b == 0x5F
                    || b == 0x2D || b == 0x2B
            })
        else { return false }
        return TimeZone(identifier: name) != nil
    }
}

extension JSONValue {
    fileprivate var numberText: String? { if case .number(_, let t) = self { return t } else { return nil } }
}
