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

extension IndexView {
    /// The same view as `make`, built whole into an arena for the flat renderer: up to
    /// `PacketGenerator.parallelIndexLimit` employees, where its rows' few megabytes are no
    /// concern and rendering them costs a fraction of looking names up in a row object made
    /// for each. `wants`: the members the index templates name.
    static func arena(entries: [Entry], formats: [DocumentFormat], asOf: Month, generated: Day, organization: String,
                      markdown: Bool, wants: ViewKeySet) -> ViewArena {
        var b = ViewBuilder(wants: wants, capacity: entries.count * 24)
        let ext: StaticString = markdown ? "md" : "html"
        b.text(.asOf, Labels.month(asOf)); b.text(.generated, Labels.day(generated)); b.text(.organization, organization)
        b.bool(.hasOrganization, !organization.isEmpty)
        b.int(.employeeCount, entries.count); b.int(.planCount, entries.count { $0.result.flagged })
        var departments: [String: [String: [Int]]] = [:]
        for (k, e) in entries.enumerated() { departments[e.employee.department, default: [:]][e.managerName, default: []].append(k) }
        let kinds: [(kind: StaticString, flaggedOnly: Bool)] = [("plan", true), ("interview", false)]
        b.list(.departments) { b in
            for dept in departments.keys.sorted(by: codePointLess) {
                let teams = departments[dept]!
                b.item { b in
                    b.text(.name, dept)
                    b.list(.managers) { b in
                        for manager in teams.keys.sorted(by: codePointLess) {
                            b.item { b in
                                b.text(.name, manager)
                                b.list(.rows) { b in
                                    for n in teams[manager]! {
                                        let e = entries[n]
                                        let folder = Array("employees/\(URLPath.encode(e.employee.id))/".utf8)
                                        func links(_ key: ViewKey, into b: inout ViewBuilder) {
                                            b.list(key) { b in
                                                for (kind, flaggedOnly) in kinds where e.result.flagged || !flaggedOnly {
                                                    for f in formats {
                                                        b.item { b in
                                                            b.text(.label) { out in
                                                                ByteFormat.append(kind, to: &out); ByteFormat.append(" (", to: &out)
                                                                out.append(utf8: f.rawValue); out.append(UInt8(ascii: ")"))
                                                            }
                                                            b.text(.href) { out in
                                                                out += folder; ByteFormat.append(kind, to: &out)
                                                                out.append(UInt8(ascii: ".")); out.append(utf8: f.rawValue)
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                        b.item { b in
                                            b.text(.id, e.employee.id); b.text(.name, e.employee.name); b.text(.role, e.employee.role)
                                            b.text(.rating, e.result.rating ?? "—")
                                            b.text(.composite) { out in
                                                if let c = e.result.composite { HumanNumber.append(c, decimals: 2, to: &out) } else { out += Labels.dash }
                                            }
                                            b.bool(.flagged, e.result.flagged); b.text(.reasons, e.reasonCodes)
                                            links(.links, into: &b); links(.mdLinks, into: &b)
                                            b.text(.primary) { out in out += folder; ByteFormat.append("interview.", to: &out); ByteFormat.append(ext, to: &out) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return b.finish()
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
