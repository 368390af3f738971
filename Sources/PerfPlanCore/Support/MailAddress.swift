/// Email addresses as calendars and messages can carry them without further encoding.
package enum MailAddress {
    /// A plain ASCII `local@domain` address: the local part of letters, digits and
    /// ``!#$%&'*+-/=?^_`{|}~.`` (no leading, trailing or doubled dot), the domain of labels of
    /// letters, digits and `-` joined by dots. Anything else (spaces, quotes, angle brackets,
    /// non-ASCII) is refused rather than guessed at: it could not go into a `mailto:` URI or
    /// a `To:` header as it is.
    package static func isPlain(_ address: String) -> Bool {
        let b = Array(address.utf8)
        guard b.count <= 254, let at = b.lastIndex(of: UInt8(ascii: "@")), at > 0, at < b.count - 1 else {
            return false
        }
        let local = b[..<at]
        let domain = b[(at + 1)...]
        let specials = Array("!#$%&'*+-/=?^_`{|}~".utf8)
        func alnum(_ c: UInt8) -> Bool { (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c) }
        guard local.count <= 64, local.allSatisfy({ alnum($0) || specials.contains($0) || $0 == 0x2E }),
            local.first != 0x2E, local.last != 0x2E,
            !zip(local, local.dropFirst()).contains(where: { $0 == 0x2E && $1 == 0x2E })
        else { return false }
        let labels = domain.split(separator: 0x2E, omittingEmptySubsequences: false)
        return labels.allSatisfy { l in
            !l.isEmpty && l.count <= 63 && l.allSatisfy { alnum($0) || $0 == 0x2D } && l.first != 0x2D && l.last != 0x2D
        }
    }
}
