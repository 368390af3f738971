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

    static func make(entries: [Entry], formats: [DocumentFormat], asOf: Month, generated: Day, organization: String,
                     markdown: Bool) -> [String: Any] {
        let ext = markdown ? "md" : "html"
        var departments: [String: [String: [Entry]]] = [:]
        for e in entries { departments[e.employee.department, default: [:]][e.managerName, default: []].append(e) }
        let view: [[String: Any]] = departments.keys.sorted(by: codePointLess).map { dept in
            let teams = departments[dept]!
            return [
                "name": dept,
                "managers": teams.keys.sorted(by: codePointLess).map { manager in
                    ["name": manager,
                     "rows": teams[manager]!.map { e -> [String: Any] in
                        let folder = "employees/" + URLPath.encode(e.employee.id)
                        var links: [[String: Any]] = []
                        if e.result.flagged {
                            links += formats.map { ["label": "plan (\($0.rawValue))", "href": "\(folder)/plan.\($0.rawValue)"] }
                        }
                        links += formats.map { ["label": "interview (\($0.rawValue))", "href": "\(folder)/interview.\($0.rawValue)"] }
                        return ["id": e.employee.id, "name": e.employee.name, "role": e.employee.role,
                                "rating": e.result.rating ?? "—",
                                "composite": e.result.composite.map { HumanNumber.format($0, decimals: 2) } ?? "—",
                                "flagged": e.result.flagged, "reasons": e.reasonCodes,
                                "links": links, "mdLinks": links, "primary": "\(folder)/interview.\(ext)"]
                     }] as [String: Any]
                },
            ]
        }
        return ["asOf": Labels.month(asOf), "generated": Labels.day(generated), "organization": organization,
                "hasOrganization": !organization.isEmpty, "employeeCount": entries.count,
                "planCount": entries.filter(\.result.flagged).count, "departments": view]
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
