import Foundation
import PerfPlanCore

/// The order of people's and departments' names in lists a person reads: the Unicode
/// Collation Algorithm's default order (CLDR root, which English does not tailor), through
/// Foundation's `compare(_:options:range:locale:)` with the `en` locale, which on Linux
/// calls the ICU collator bundled with Foundation. So "Élodie" sorts with E, before
/// "Emil", not after "Tomasz" as code points would put it. Names the collator finds equal
/// (canonically equivalent spellings) fall back to code points, so the order is total and
/// the output deterministic for a given toolchain.
enum NameOrder {
    static let locale = Locale(identifier: "en")

    static func less(_ a: String, _ b: String) -> Bool {
        switch a.compare(b, options: [], range: nil, locale: locale) {
        case .orderedAscending: return true
        case .orderedDescending: return false
        case .orderedSame: return codePointLess(a, b)
        }
    }
}
