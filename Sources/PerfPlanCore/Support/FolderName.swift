/// Which employee ids can safely become a folder name under `employees/` (§5.23).
package enum FolderName {
    /// Why `id` cannot be a folder name, or nil when it can.
    package static func problem(with id: String) -> String? {
        if id == "." || id == ".." { return "cannot be used as a folder name (it is \(id))" }
        if id.utf8.count > 128 { return "is longer than 128 bytes and cannot be used as a folder name" }
        // ASCII ids (nearly all) byte by byte: among ASCII, the only white space that is not
        // a control character is the space. (The Unicode property lookup below costs a
        // table search per character, for every employee, twice a run.)
        if id.utf8.allSatisfy({ $0 < 0x80 }) {
            for b in id.utf8 {
                if b == 0x2F || b == 0x5C {
                    return "cannot be used as a folder name (it contains '\(Character(UnicodeScalar(b)))')"
                }
                if b < 0x20 || b == 0x7F { return "cannot be used as a folder name (it contains a control character)" }
                if b == 0x20 { return "must not contain spaces" }
            }
            return nil
        }
        for scalar in id.unicodeScalars {
            if scalar == "/" || scalar == "\\" { return "cannot be used as a folder name (it contains '\(scalar)')" }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                return "cannot be used as a folder name (it contains a control character)"
            }
            if scalar.properties.isWhitespace { return "must not contain spaces" }
        }
        return nil
    }
}
