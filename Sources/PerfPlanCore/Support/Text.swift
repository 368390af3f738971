extension StringProtocol {
    /// Trims spaces, tabs, line breaks and other Unicode white space (every value in the
    /// contract is trimmed). The common case — no white space at either end — is decided on
    /// the first and last UTF-8 byte without touching the scalars.
    package func trimmingWhitespace() -> String {
        let text = String(self)
        guard let first = text.utf8.first, let last = text.utf8.last else { return "" }
        func plainASCII(_ b: UInt8) -> Bool { b > 0x20 && b < 0x7F }
        if plainASCII(first) && plainASCII(last) { return text }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace {
            end = scalars.index(before: end)
        }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
