/// Text for a CSS string inside a `<style>` element (the printed page's running head): a
/// `<style>` element is raw text, so HTML entities would print as written and a quote or
/// `<` could end the string or the element. Every ASCII character other than a letter, a
/// digit or a space becomes a CSS hex escape (`\26 ` for `&`), controls are dropped and
/// other characters stay as they are; the result holds nothing an HTML escaper changes.
enum CSSString {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for c in text.unicodeScalars {
            if c.value < 0x20 || c.value == 0x7F || (0x80..<0xA0).contains(c.value) { continue }
            if c.isASCII, !(c.properties.isAlphabetic || ("0"..."9").contains(c) || c == " ") {
                out += "\\" + String(c.value, radix: 16) + " "
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
