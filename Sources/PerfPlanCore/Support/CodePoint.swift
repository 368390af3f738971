/// Ids are ordered by plain code-point comparison (contract §5.26). Swift's `<` on `String`
/// compares canonical equivalents as equal and is not code-point order, so we compare the
/// UTF-8 bytes, which orders exactly as the code points do.
@inlinable
package func codePointLess(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
}
