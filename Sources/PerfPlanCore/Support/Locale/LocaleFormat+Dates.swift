/// Dates as each language writes them in running text (CLDR's long date and month-year
/// patterns; the short date with weekday is the check-in schedule's).
extension LocaleFormat {
    /// `31 January 2027`, `31. Januar 2027`, `31 de enero de 2027`, `31 janvier 2027`
    /// (`1er janvier 2027` on the first).
    package func longDate(_ d: Day) -> String {
        let month = monthNames[d.month - 1]
        switch language {
        case .en: return "\(d.day) \(month) \(d.year)"
        case .de: return "\(d.day). \(month) \(d.year)"
        case .es: return "\(d.day) de \(month) de \(d.year)"
        case .fr: return "\(d.day == 1 ? "1er" : String(d.day)) \(month) \(d.year)"
        }
    }

    /// `January 2027`, `Januar 2027`, `enero de 2027`, `janvier 2027`.
    package func monthYear(_ m: Month) -> String {
        let month = monthNames[m.month - 1]
        switch language {
        case .es: return "\(month) de \(m.year)"
        case .en, .de, .fr: return "\(month) \(m.year)"
        }
    }

    /// A short date with its weekday: `Thu 10 Dec 2026` (perfplan's English, without
    /// CLDR's comma), `Do. 10. Dez. 2026`, `jue, 10 dic 2026`, `jeu. 10 déc. 2026`.
    package func shortDateWithWeekday(_ d: Day) -> String {
        let weekday = shortWeekdayNames[d.weekday]
        let month = shortMonthNames[d.month - 1]
        switch language {
        case .en: return "\(weekday) \(d.day) \(month) \(d.year)"
        case .de: return "\(weekday) \(d.day). \(month) \(d.year)"
        case .es: return "\(weekday), \(d.day) \(month) \(d.year)"
        case .fr: return "\(weekday) \(d.day == 1 ? "1er" : String(d.day)) \(month) \(d.year)"
        }
    }
}
