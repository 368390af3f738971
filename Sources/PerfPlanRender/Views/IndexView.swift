import PerfPlanCore

/// The packet's index: everyone in scope by department, then by manager, with links to
/// the documents generated in the selected formats.
enum IndexView {
    struct Entry: Sendable {
        var employee: Employee
        var managerName: String
        var result: EmployeeResult
        var reasonCodes: String
    }

    /// Built as a `TemplateValue` directly, each row made only when the template reaches it:
    /// for 100 000 employees a materialised view was the largest memory peak of the run.
    static func make(entries: [Entry], formats: [DocumentFormat], asOf: Month, generated: Day, organization: String,
                     markdown: Bool) -> TemplateValue {
        let ext = markdown ? "md" : "html"
        var departments: [String: [String: [Int]]] = [:]
        for (k, e) in entries.enumerated() { departments[e.employee.department, default: [:]][e.managerName, default: []].append(k) }
        let view: [TemplateValue] = departments.keys.sorted(by: codePointLess).map { dept in
            let teams = departments[dept]!
            return .object([
                "name": .text(dept),
                "managers": .list(teams.keys.sorted(by: codePointLess).map { manager in
                    .object(["name": .text(manager),
                             "rows": .generated(count: teams[manager]!.count) { [rows = teams[manager]!] n -> TemplateValue in
                                let e = entries[rows[n]]
                                let folder = "employees/" + URLPath.encode(e.employee.id)
                                var links: [TemplateValue] = []
                                if e.result.flagged {
                                    links += formats.map { .object(["label": .text("plan (\($0.rawValue))"), "href": .text("\(folder)/plan.\($0.rawValue)")]) }
                                }
                                links += formats.map { .object(["label": .text("interview (\($0.rawValue))"), "href": .text("\(folder)/interview.\($0.rawValue)")]) }
                                return .object([
                                    "id": .text(e.employee.id), "name": .text(e.employee.name), "role": .text(e.employee.role),
                                    "rating": .text(e.result.rating ?? "—"),
                                    "composite": .text(e.result.composite.map { HumanNumber.format($0, decimals: 2) } ?? "—"),
                                    "flagged": .bool(e.result.flagged), "reasons": .text(e.reasonCodes),
                                    "links": .list(links), "mdLinks": .list(links), "primary": .text("\(folder)/interview.\(ext)")])
                             }])
                }),
            ])
        }
        return .object([
            "asOf": .text(Labels.month(asOf)), "generated": .text(Labels.day(generated)), "organization": .text(organization),
            "hasOrganization": .bool(!organization.isEmpty), "employeeCount": .text(String(entries.count)),
            "planCount": .text(String(entries.filter(\.result.flagged).count)), "departments": .list(view)])
    }
}

/// Percent-encodes an id for a relative link (ids are safe folder names but may still hold
/// spaces-free punctuation such as `#` or `%` that a URL would misread).
enum URLPath {
    static func encode(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(UnicodeScalar(b))
            default:
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}

/// The document formats `--format` selects.
public enum DocumentFormat: String, Sendable, CaseIterable, Hashable {
    case md, html, xml
}
