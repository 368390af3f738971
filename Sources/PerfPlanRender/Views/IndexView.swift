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

    /// Departments by name, each with its managers by name and their employees (positions
    /// in `entries`, in input order): the index's layout, for both ways of building it.
    static func teams(_ entries: [Entry]) -> [(department: String, managers: [(name: String, rows: [Int])])] {
        var departments: [String: [String: [Int]]] = [:]
        for (k, e) in entries.enumerated() { departments[e.employee.department, default: [:]][e.managerName, default: []].append(k) }
        return departments.keys.sorted(by: codePointLess).map { dept in
            let teams = departments[dept]!
            return (dept, teams.keys.sorted(by: codePointLess).map { ($0, teams[$0]!) })
        }
    }

    /// The documents a row links to: the plan (flagged only), then the interview, then the
    /// worksheet for HR (flagged only), each in every format.
    static func documents(_ e: Entry, formats: [DocumentFormat]) -> [(kind: StaticString, format: DocumentFormat)] {
        (e.result.flagged ? ["plan", "interview", "worksheet"] as [StaticString] : ["interview"]).flatMap { kind in formats.map { (kind, $0) } }
    }

    /// A link's label, `plan (md)`.
    static func appendLabel(_ kind: StaticString, _ f: DocumentFormat, to out: inout [UInt8]) {
        ByteFormat.append(kind, to: &out); ByteFormat.append(" (", to: &out)
        out.append(utf8: f.rawValue); out.append(UInt8(ascii: ")"))
    }

    /// A link's target relative to the index, `employees/ID/plan.md` (`folder` with its `/`).
    static func appendHref(_ folder: [UInt8], _ kind: StaticString, _ f: DocumentFormat, to out: inout [UInt8]) {
        out += folder; ByteFormat.append(kind, to: &out); out.append(UInt8(ascii: ".")); out.append(utf8: f.rawValue)
    }

    /// `employees/ID/`, the id percent-encoded.
    static func folder(_ e: Entry) -> [UInt8] { Array("employees/\(URLPath.encode(e.employee.id))/".utf8) }

    /// Built as a `TemplateValue` directly, each row made only when the template reaches it:
    /// for 100 000 employees a materialised view was the largest memory peak of the run.
    static func make(entries: [Entry], formats: [DocumentFormat], asOf: Month, generated: Day, organization: String,
                     markdown: Bool) -> TemplateValue {
        let ext = markdown ? "md" : "html"
        let view: [TemplateValue] = teams(entries).map { dept in
            .object([
                "name": .text(dept.department),
                "managers": .list(dept.managers.map { manager in
                    .object(["name": .text(manager.name),
                             "rows": .generated(count: manager.rows.count) { [rows = manager.rows] n -> TemplateValue in
                                let e = entries[rows[n]], folder = folder(e)
                                let links: [TemplateValue] = documents(e, formats: formats).map { d in
                                    .object(["label": .text(HumanNumber.text { appendLabel(d.kind, d.format, to: &$0) }),
                                             "href": .text(HumanNumber.text { appendHref(folder, d.kind, d.format, to: &$0) })])
                                }
                                return .object([
                                    "id": .text(e.employee.id), "name": .text(e.employee.name), "role": .text(e.employee.role),
                                    "rating": .text(e.result.rating ?? "—"),
                                    "composite": .text(e.result.composite.map { HumanNumber.format($0, decimals: 2) } ?? "—"),
                                    "flagged": .bool(e.result.flagged), "reasons": .text(e.reasonCodes),
                                    "links": .list(links), "mdLinks": .list(links), "primary": .text(String(decoding: folder, as: UTF8.self) + "interview.\(ext)")])
                             }])
                }),
            ])
        }
        return .object([
            "asOf": .text(Labels.month(asOf)), "generated": .text(Labels.day(generated)), "organization": .text(organization),
            "hasOrganization": .bool(!organization.isEmpty), "employeeCount": .text(HumanNumber.format(Double(entries.count), decimals: 0)),
            "planCount": .text(HumanNumber.format(Double(entries.filter(\.result.flagged).count), decimals: 0)), "departments": .list(view)])
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
        let ext = markdown ? "md" : "html"
        b.text(.asOf, Labels.month(asOf)); b.text(.generated, Labels.day(generated)); b.text(.organization, organization)
        b.bool(.hasOrganization, !organization.isEmpty)
        b.int(.employeeCount, entries.count); b.int(.planCount, entries.count { $0.result.flagged })
        b.list(.departments) { b in
            for dept in teams(entries) {
                b.item { b in
                    b.text(.name, dept.department)
                    b.list(.managers) { b in
                        for manager in dept.managers {
                            b.item { b in
                                b.text(.name, manager.name)
                                b.list(.rows) { b in
                                    for n in manager.rows { b.item { b in row(entries[n], formats: formats, ext: ext, into: &b) } }
                                }
                            }
                        }
                    }
                }
            }
        }
        return b.finish()
    }

    private static func row(_ e: Entry, formats: [DocumentFormat], ext: String, into b: inout ViewBuilder) {
        b.text(.id, e.employee.id); b.text(.name, e.employee.name); b.text(.role, e.employee.role)
        b.text(.rating, e.result.rating ?? "—")
        b.text(.composite) { out in
            if let c = e.result.composite { HumanNumber.append(c, decimals: 2, to: &out) } else { out += Labels.dash }
        }
        b.bool(.flagged, e.result.flagged); b.text(.reasons, e.reasonCodes)
        let folder = folder(e), documents = documents(e, formats: formats)
        for key in [ViewKey.links, .mdLinks] {
            b.list(key) { b in
                for d in documents {
                    b.item { b in
                        b.text(.label) { appendLabel(d.kind, d.format, to: &$0) }
                        b.text(.href) { appendHref(folder, d.kind, d.format, to: &$0) }
                    }
                }
            }
        }
        b.text(.primary) { out in out += folder; ByteFormat.append("interview.", to: &out); out.append(utf8: ext) }
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
