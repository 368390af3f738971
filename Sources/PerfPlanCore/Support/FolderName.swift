/// Which employee ids can safely become a folder name under `employees/` (§5.23).
public enum FolderName {
    /// Why `id` cannot be a folder name, or nil when it can.
    public static func problem(with id: String) -> String? {
        if id == "." || id == ".." { return "cannot be used as a folder name (it is \(id))" }
        if id.utf8.count > 128 { return "is longer than 128 bytes and cannot be used as a folder name" }
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
