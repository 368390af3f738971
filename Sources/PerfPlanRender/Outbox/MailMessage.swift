import Foundation
import PerfPlanCore

/// One RFC 5322 message as a file an MTA can take (`sendmail -t`): plain UTF-8 text,
/// quoted-printable so any name survives 7-bit transport, headers ASCII (a display name or
/// subject that is not is an RFC 2047 encoded word), CRLF line ends. Pure: fields in, bytes out.
package struct MailMessage: Sendable, Hashable {
    package var from: CalendarPerson?
    package var to: [CalendarPerson]
    package var subject: String
    /// Seconds since 1970 (UTC): the Date header.
    package var date: Int
    /// Without angle brackets, e.g. `perfplan.2026-11.m.E1@example.com`.
    package var messageId: String
    package var body: String

    package init(
        from: CalendarPerson?, to: [CalendarPerson], subject: String, date: Int, messageId: String, body: String
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageId = messageId
        self.body = body
    }

    package var bytes: [UInt8] {
        var lines: [String] = []
        if let from { lines.append("From: " + Self.mailbox(from)) }
        lines.append("To: " + to.map(Self.mailbox).joined(separator: ", "))
        lines.append("Subject: " + Self.headerText(subject))
        lines.append("Date: " + Self.date(date))
        lines.append("Message-ID: <" + messageId + ">")
        lines += [
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        var out = Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        out += Self.quotedPrintable(body)
        return out
    }

    /// `"Name" <address>`, the name an encoded word when it is not printable ASCII.
    static func mailbox(_ p: CalendarPerson) -> String {
        let address = p.email ?? ""
        let name = p.name.trimmingWhitespace()
        guard !name.isEmpty else { return address }
        if name.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
            let quoted = name.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"")
            return "\"" + quoted + "\" <" + address + ">"
        }
        return encodedWords(name) + " <" + address + ">"
    }

    /// Printable ASCII as it is; anything else as RFC 2047 encoded words.
    static func headerText(_ s: String) -> String {
        s.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) ? s : encodedWords(s)
    }

    /// RFC 2047 `=?utf-8?b?…?=` words of at most 75 characters each (45 bytes of text, never
    /// splitting a character), separated by folding white space.
    static func encodedWords(_ s: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for c in s.unicodeScalars {
            let bytes = Array(String(c).utf8)
            if chunk.count + bytes.count > 45 {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String { "=?utf-8?b?" + Base64.encode(bytes) + "?=" }

    /// RFC 5322 date, e.g. "Tue, 01 Dec 2026 00:00:00 +0000".
    static func date(_ t: Int) -> String {
        let days = t >= 0 ? t / 86_400 : -((-(t + 1)) / 86_400) - 1
        let d = Day(daysSinceEpoch: days)
        let s = t - days * 86_400
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(weekdays[d.weekday]), \(ICSDate.pad(d.day)) \(months[d.month - 1]) \(d.year) "
            + "\(ICSDate.pad(s / 3600)):\(ICSDate.pad(s / 60 % 60)):\(ICSDate.pad(s % 60)) +0000"
    }

    /// Quoted-printable (RFC 2045 §6.7) with CRLF line breaks: `=`, bytes outside printable
    /// ASCII, and a space or tab before a line end are encoded; lines are broken softly so
    /// none exceeds 76 characters, never inside an `=XX`.
    static func quotedPrintable(_ text: String) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        let lines = text.replacingAll("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (k, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            var column = 0
            for (i, b) in bytes.enumerated() {
                let last = i == bytes.count - 1
                let plain = (b >= 33 && b <= 126 && b != 0x3D) || ((b == 0x20 || b == 0x09) && !last)
                let piece: [UInt8] = plain ? [b] : [0x3D, hex[Int(b >> 4)], hex[Int(b & 15)]]
                // Leave room for the soft break's "=" within 76.
                if column + piece.count > 75 {
                    out += [0x3D, 0x0D, 0x0A]
                    column = 0
                }
                out += piece
                column += piece.count
            }
            if k < lines.count - 1 || !bytes.isEmpty { out += [0x0D, 0x0A] }
        }
        return out
    }
}

/// Base64 (RFC 4648), for encoded words.
enum Base64 {
    static func encode(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let b0 = bytes[i]
            let b1 = n > 1 ? bytes[i + 1] : 0
            let b2 = n > 2 ? bytes[i + 2] : 0
            out.append(table[Int(b0 >> 2)])
            out.append(table[Int((b0 & 3) << 4 | b1 >> 4)])
            out.append(n > 1 ? table[Int((b1 & 15) << 2 | b2 >> 6)] : 0x3D)
            out.append(n > 2 ? table[Int(b2 & 63)] : 0x3D)
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
