/// How a manager is named where teams are listed side by side (the index's team headings,
/// the progress summary's rows): by name, with the employee id added when another manager
/// has the same name. Two managers called "Ahmed Nair" would otherwise read as one — and
/// the index, which groups a department's teams by this label, would merge their teams.
package struct ManagerLabels: Sendable {
    /// Names carried by more than one manager id.
    private let shared: Set<String>

    /// `managers`: every manager to tell apart, in any order, repeats allowed.
    package init<S: Sequence>(_ managers: S) where S.Element == (id: String, name: String) {
        var firstId: [String: String] = [:]
        var shared = Set<String>()
        for m in managers {
            if let id = firstId[m.name] {
                if id != m.id { shared.insert(m.name) }
            } else {
                firstId[m.name] = m.id
            }
        }
        self.shared = shared
    }

    /// "Ahmed Nair", or "Ahmed Nair (E000310)" when the name is shared.
    package func label(id: String, name: String) -> String {
        shared.contains(name) ? "\(name) (\(id))" : name
    }
}
