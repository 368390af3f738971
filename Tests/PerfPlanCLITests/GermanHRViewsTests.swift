import Foundation
import Testing

/// `hr_language` `de`: HR's views — the worksheet, the index with HR's review list, the
/// calibration report and the progress summary — in German, every figure and date as German
/// writes them, the indicators under their `name_de`. The fixture, worked out by hand
/// (targets: revenue 200 000, from November 210 000; accounts 10; satisfaction 90 %;
/// weights 3, 2, 1; every rep in the role "Rep", fewer than 5 peers so no peer figures):
/// - Ann (E1, Sales, Spanish documents): revenue 120 000 / 125 000 / 130 000, accounts 9 / 8 / 6,
///   satisfaction 85.5 / 86 / 87. Composites (0.6·3 + 0.9·2 + 0.95)/6 = 0.7583, then
///   (0.625·3 + 0.8·2 + 0.9556)/6 = 0.7384 and (0.65·3 + 0.6·2 + 0.9667)/6 = 0.6861: below
///   0.85 three months running, "0,76; 0,74; 0,69"; revenue missed 3 months in a row. Best
///   three revenue months (120 000 + 125 000 + 130 000)/3 = 125 000 under the goal's 210 000;
///   a proposal (approval required). The September revenue carries a note.
/// - Ben (E2, Sales): revenue 110 000 / 115 000 / 120 000, same accounts and satisfaction:
///   October's composite (0.6·3 + 0.6·2 + 0.9667)/6 = 0.6611 → 0,66; HR decided coaching.
/// - Cleo (E3) and Dan (E4, Service): 210 000, 11 accounts, 95 % each month: composite
///   (1.05·3 + 1.1·2 + 1.0556)/6 = 1.0676, "Erfüllt die Erwartungen", not flagged.
/// Calibration: Sales 2 of 2 flagged against Service's 0 of 2; Fisher's exact test on
/// (2, 0 | 0, 2): P(X = 2) = P(X = 0) = 1 / C(4, 2) = 1/6, two-sided p = 1/3 = 0,3333.
@Suite struct GermanHRViewsTests {
    static let n = "\u{00A0}"

    static func files(hrLanguage: String = "de", approval: String = "required") -> [String: String] {
        [
            "perfplan.json":
                #"{"approval": "\#(approval)", "organization": "Northwind", "max_focus": 2, "trend_months": 3, "hr_language": "\#(hrLanguage)", "hr_contact": {"name": "Hanna Berger", "email": "hr@northwind.example"}}"#,
            "employees.csv":
                "employee_id,name,role,department,language,email\nE1,Ann,Rep,Sales,es,ann@northwind.example\n"
                + "E2,Ben,Rep,Sales,,ben@northwind.example\nE3,Cleo,Rep,Service,,\nE4,Dan,Rep,Service,,\n",
            "indicators.csv": "indicator_id,name,unit,direction,weight,name_de,name_es,name_fr\n"
                + "revenue,Revenue,EUR,higher,3,Umsatz,Ingresos,Chiffre d’affaires\n"
                + "accounts,New accounts,accounts,higher,2,Neukunden,Cuentas nuevas,Nouveaux comptes\n"
                + "csat,Satisfaction,%,higher,1,Zufriedenheit,Satisfacción,Satisfaction client\n",
            "targets.csv":
                "indicator_id,scope,period,target\nrevenue,*,*,200000\nrevenue,*,2026-11..2027-12,210000\naccounts,*,*,10\ncsat,*,*,90\n",
            "actuals.csv": "employee_id,indicator_id,period,value,note\n"
                + "E1,revenue,2026-08,120000,\nE1,revenue,2026-09,125000,Messe abgesagt\nE1,revenue,2026-10,130000,\n"
                + "E1,accounts,2026-08,9,\nE1,accounts,2026-09,8,\nE1,accounts,2026-10,6,\n"
                + "E1,csat,2026-08,85.5,\nE1,csat,2026-09,86,\nE1,csat,2026-10,87,\n"
                + "E2,revenue,2026-08,110000,\nE2,revenue,2026-09,115000,\nE2,revenue,2026-10,120000,\n"
                + "E2,accounts,2026-08,9,\nE2,accounts,2026-09,8,\nE2,accounts,2026-10,6,\n"
                + "E2,csat,2026-08,85.5,\nE2,csat,2026-09,86,\nE2,csat,2026-10,87,\n"
                + ["E3", "E4"].map { e in
                    ["2026-08", "2026-09", "2026-10"].map { m in
                        "\(e),revenue,\(m),210000,\n\(e),accounts,\(m),11,\n\(e),csat,\(m),95,\n"
                    }.joined()
                }.joined(),
            "decisions.csv":
                "employee_id,month,decision,decided_by,decided_on,reason\nE2,2026-10,coach,Maria Lopez,2026-11-03,Neu in der Rolle\n",
        ]
    }

    struct Packet {
        var files: [String: String] = [:]
        var stderr = ""
        subscript(_ name: String) -> String { files[name] ?? "" }
    }

    /// The October packet's Markdown and HTML files, generated on 1 November 2026.
    static func generate(_ files: [String: String] = files()) throws -> Packet {
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(
            ["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"],
            env: ["SOURCE_DATE_EPOCH": "1793491200"])
        #expect(r.status == 0, "\(r.stderr)")
        return try read(out.appendingPathComponent("2026-10"), stderr: r.stderr)
    }

    static func read(_ month: URL, stderr: String) throws -> Packet {
        var p = Packet(stderr: stderr)
        let e = FileManager.default.enumerator(atPath: month.path)
        while let rel = e?.nextObject() as? String {
            guard rel.hasSuffix(".md") || rel.hasSuffix(".html") || rel.hasSuffix(".eml") || rel.hasSuffix(".xml")
            else { continue }
            p.files[rel] = try String(contentsOf: month.appendingPathComponent(rel), encoding: .utf8)
        }
        return p
    }

    @Test func theWorksheetIsGermanWithTheGermanIndicatorNames() throws {
        let p = try Self.generate()
        let n = Self.n
        #expect(!p.stderr.contains("warning"), "\(p.stderr)")
        let md = p["employees/E1/worksheet.md"]
        #expect(md.hasPrefix("# Arbeitsblatt: wie die Zahlen berechnet wurden\n"), "\(md.prefix(300))")
        #expect(md.contains("| Planzeitraum | November 2026 – Januar 2027, Zyklus 1 von 2 |"))
        #expect(md.contains("| Ergebnisse Stand | Oktober 2026 |"))
        #expect(
            md.contains(
                "Vorschlag zur Entscheidung durch HR: Dies ist kein Plan, solange HR nicht über seine Ausgabe entschieden hat."
            ))
        // The cautions, in the order the engine finds them, with German names and figures.
        #expect(
            md.contains(
                "- Umsatz, September 2026: Zum Ergebnis ist vermerkt: „Messe abgesagt“.\n"
                    + "- Umsatz: Das Ziel von 210.000\(n)EUR liegt über dem eigenen Durchschnitt der besten 3 Monate von 125.000\(n)EUR.\n"
                    + "- Neukunden: Das Ziel von 10\(n)accounts liegt über dem eigenen Durchschnitt der besten 3 Monate von 8\(n)accounts.\n"
                    + "- Ergebnisse liegen nur für 3 der 12 Monate vor, auf denen die Vergleichswerte beruhen, das erste für August 2026.\n"
            ), "\(md)")
        #expect(
            md.contains(
                "- Gesamtwert unter 0,85 in jedem der Monate August–Oktober 2026: 0,76; 0,74; 0,69.\n"
                    + "- Das Ziel bei Umsatz wurde 3 Monate in Folge verfehlt (Grenze laut Richtlinie: 3 Monate).\n"))
        #expect(
            md.contains(
                "Gesamtwert 0,69 (69\(n)%), Bewertung **Unter den Erwartungen**: der gewichtete Mittelwert der Zielerreichungen"
            ))
        #expect(
            md.contains(
                "Bewertungsstufen: „Übertrifft die Erwartungen“ ab 1,1, „Erfüllt die Erwartungen“ ab 0,95, "
                    + "„Erfüllt die Erwartungen teilweise“ ab 0,8 und „Unter den Erwartungen“ ab 0."))
        // 130 000 / 200 000 = 65 %, 70 000 below; 87 / 90 = 96.7 % → 97 %, 3 points below at
        // the row's one decimal (the data's 85.5).
        #expect(
            md.contains(
                "| Umsatz | 3 | 200.000\(n)EUR | 0\(n)EUR | 130.000\(n)EUR | 65\(n)% | Verfehlt | -70.000\(n)EUR |"))
        #expect(
            md.contains(
                "| Zufriedenheit | 1 | 90,0\(n)% | 0,0\(n)% | 87,0\(n)% | 97\(n)% | Gefährdet | -3,0\(n)Prozentpunkte |"
            ))
        // Revenue rises 5 000 a month; accounts fall 1.5 a month (9, 8, 6).
        #expect(
            md.contains(
                "| Umsatz | 125.000\(n)EUR | 125.000\(n)EUR | 125.000\(n)EUR | etwa 5.000\(n)EUR mehr pro Monat (Verbesserung) | 3 | — | — |"
            ))
        #expect(md.contains("- **Neukunden:** Nov. 2025 — (10\(n)accounts);"))
        #expect(
            md.contains(
                "Aug. 2026 85,5\(n)% (90,0\(n)%); Sept. 2026 86,0\(n)% (90,0\(n)%); Okt. 2026 87,0\(n)% (90,0\(n)%);"))
        // The goal: from 125 000 to 210 000 in three steps of 28 333.3.
        #expect(
            md.contains(
                "- **Umsatz:** aktueller Stand 125.000\(n)EUR, der Mittelwert aus 120.000\(n)EUR (Aug. 2026), 125.000\(n)EUR (Sept. 2026) "
                    + "und 130.000\(n)EUR (Okt. 2026); erwarteter Stand 210.000\(n)EUR, das Ziel, das zum Termin gilt, über dem "
                    + "Durchschnitt der besten 3 Monate von 125.000\(n)EUR (ein anspruchsvolles Ziel). Termin: Ende Januar 2027. "
                    + "Etappen: November 2026 153.333\(n)EUR; Dezember 2026 181.667\(n)EUR; Januar 2027 210.000\(n)EUR;"
            ))
        // 23 / 3 = 7.67 at two more decimals than the indicator's.
        #expect(
            md.contains(
                "- **Neukunden:** aktueller Stand 7,67\(n)accounts, der Mittelwert aus 9\(n)accounts (Aug. 2026),"))
        #expect(md.contains("begrenzt auf 0 bis 150\(n)%;") && md.contains("ab 90\(n)% als gefährdet"))
        #expect(
            md.contains("*Erstellt von perfplan am 1\\. November 2026 auf Grundlage der Ergebnisse Stand Oktober 2026.")
        )
        // Ann reads Spanish: her plan names the indicators in Spanish, HR's worksheet does not.
        #expect(!md.contains("Ingresos") && !md.contains("Revenue"))
        #expect(p["employees/E1/plan-draft.md"].contains("Ingresos"))
        let html = p["employees/E1/worksheet.html"]
        #expect(html.contains("<html lang=\"de\">"))
        // Every printed page names whom it belongs to (CSS-escaped: `\28` is "(").
        #expect(
            html.contains(
                "content: \"Ann \\28 E1\\29  · Ergebnisse Stand Oktober 2026 · erstellt am 1\\2e  November 2026\""))
        #expect(html.contains("<td class=\"num\" data-label=\"Abweichung\">-70.000\(n)EUR</td>"))
        // HR's coaching decision, with its date in German.
        #expect(
            p["employees/E2/worksheet.md"].contains(
                "Coaching statt eines Plans, entschieden von Maria Lopez am 3. November 2026: Neu in der Rolle"))
    }

    @Test func theIndexAndItsReviewListAreGerman() throws {
        let p = try Self.generate()
        let n = Self.n
        let md = p["index.md"]
        #expect(md.hasPrefix("# Leistungsunterlagen: Oktober 2026\n"), "\(md.prefix(200))")
        #expect(
            md.contains(
                "**VERTRAULICH** · Northwind · 4 Mitarbeitende · 2 für einen Verbesserungsplan vorgemerkt · erstellt am 1\\. November 2026"
            ))
        #expect(
            md.contains(
                "1 Vorschlag wartet auf eine Entscheidung (review.csv führt ihn auf, zum Ausfüllen und Speichern als decisions.csv); kein Plan ausgegeben."
            ))
        // Most urgent first: Ben's 0,66 before Ann's 0,69.
        let ben = md.range(
            of: "| Ben (E2) | Sales | Keine Führungskraft erfasst | 1 von 2 | Coaching | Unter den Erwartungen | 0,66 |"
        )
        let ann = md.range(
            of:
                "| Ann (E1) | Sales | Keine Führungskraft erfasst | 1 von 2 | Vorschlag | Unter den Erwartungen | 0,69 | "
                + "gesamt: unter 0,85 seit 3 Monaten; Serie: Umsatz (3 Monate) | Umsatz, September 2026: Zum Ergebnis ist vermerkt: „Messe abgesagt“. "
                + "Umsatz: Das Ziel von 210.000\(n)EUR liegt über")
        #expect(ben != nil && ann != nil, "\(md)")
        if let ben, let ann { #expect(ben.lowerBound < ann.lowerBound) }
        #expect(md.contains("[Planentwurf (Markdown)](employees/E1/plan-draft.md)"))
        #expect(md.contains("[Arbeitsblatt (XML-Daten)](employees/E1/worksheet.xml)"))
        #expect(md.contains("### Service\n\n#### Keine Führungskraft erfasst\n"))
        #expect(
            md.contains(
                "| Cleo (E3) | Rep | Erfüllt die Erwartungen | 1,07 | — | [Gesprächsbogen (Markdown)](employees/E3/interview.md)"
            ))
        #expect(md.contains("| Ann (E1) | Rep | Unter den Erwartungen | 0,69 | Vorschlag wartet auf HR |"))
        let html = p["index.html"]
        #expect(
            html.contains("<html lang=\"de\">")
                && html.contains("<a href=\"employees/E1/interview.html\">Gesprächsbogen</a>"))
        // review.csv stays data: the decision codes and its column names are the machine's.
        // HR's message follows the HR views' language.
        let hr = try Self.body(p["outbox/hr.eml"])
        #expect(hr.hasPrefix("Guten Tag Hanna Berger,\n"), "\(hr)")
        #expect(hr.contains("Vorschlag wartet auf die Entscheidung von HR"))
    }

    /// The message's text part, its quoted-printable or base64 decoded.
    static func body(_ eml: String) throws -> String {
        let url = try CLI.temporaryDirectory("perfplan-eml").appendingPathComponent("m.eml")
        defer { CLI.cleanup(url.deletingLastPathComponent()) }
        try Data(eml.utf8).write(to: url)
        return try OutboxPendingTests.body(url)
    }

    @Test func theCalibrationReportIsGerman() throws {
        let p = try Self.generate()
        let n = Self.n
        let md = p["calibration.md"]
        #expect(md.hasPrefix("# Kalibrierung: Oktober 2026\n"))
        #expect(md.contains("· 4 Mitarbeitende im Umfang · 2 vorgemerkt (50\(n)%)"), "\(md)")
        #expect(md.contains("p < 0,05."))
        #expect(md.contains("Markiert: keine von 2 Abteilungen, keine von 1 Führungskraft."))
        #expect(
            md.contains(
                "| Abteilung | Personen | Übertrifft die Erwartungen | Erfüllt die Erwartungen | Erfüllt die Erwartungen teilweise | Unter den Erwartungen | ohne Bewertung | Vorgemerkt | Quote | Quote des Rests | p | Markiert |"
            ))
        #expect(md.contains("| Sales | 2 | 0 | 0 | 0 | 2 | 0 | 2 | 100\(n)% | 0\(n)% | 0,3333 |  |"), "\(md)")
        #expect(md.contains("| Service | 2 | 0 | 2 | 0 | 0 | 0 | 0 | 0\(n)% | 100\(n)% | 0,3333 |  |"))
        #expect(md.contains("| **Organisation** | 4 | 0 | 2 | 0 | 2 | 0 | 2 | 50\(n)% | | | |"))
        #expect(md.contains("| Keine Führungskraft erfasst | 4 |"))
        let html = p["calibration.html"]
        #expect(html.contains("<title id=\"calibration-chart-t\">Vormerkquote nach Führungskraft</title>"))
        #expect(html.contains(">Organisation 50\(n)%</text>"))
    }

    /// The November progress run over October's plans, generated on 2 December 2026.
    static func progress(hrLanguage: String) throws -> Packet {
        // Plans issued in October; November's results: Ann's revenue 160 000 meets its
        // milestone of 153 333, her 7 accounts miss the 8 and fall below the 7.67 she
        // started from (regressed); Ben's 150 000 meets 115 000 + 95 000 / 3 = 146 667 and
        // his 9 accounts the 8. The plan meeting is the first working day from 10 November
        // 2026 (a Tuesday); by 30 November the signatures have waited 20 days.
        var files = Self.files(hrLanguage: hrLanguage, approval: "automatic")
        files["decisions.csv"] = nil
        files["acknowledgements.csv"] =
            "employee_id,cycle,party,signed_on,declined,witness\nE1,1,manager,2026-11-12,false,\n"
        let data = try CLI.dataDirectory(files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        let env = ["SOURCE_DATE_EPOCH": "1796169600"]
        let g = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path], env: env)
        #expect(g.status == 0, "\(g.stderr)")
        let november =
            "E1,revenue,2026-11,160000,\nE1,accounts,2026-11,7,\nE1,csat,2026-11,88,\n"
            + "E2,revenue,2026-11,150000,\nE2,accounts,2026-11,9,\nE2,csat,2026-11,90,\n"
        try Data((files["actuals.csv"]! + november).utf8).write(to: data.appendingPathComponent("actuals.csv"))
        let r = try CLI.run(
            [
                "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path,
                "--as-of", "2026-11", "--out", reports.path,
            ], env: env)
        #expect(r.status == 0, "\(r.stderr)")
        return try Self.read(reports.appendingPathComponent("2026-11"), stderr: r.stderr)
    }

    @Test func theProgressSummaryIsGerman() throws {
        let p = try Self.progress(hrLanguage: "de")
        let md = p["summary.md"]
        #expect(md.hasPrefix("# Verbesserungspläne: November 2026\n"), "\(md)")
        #expect(
            md.contains(
                "· Personalabteilung · 2 mit Plan · 1 im Plan · 1 im Rückstand · 0 ohne Daten · 1 verschlechtert · 0 erfolgreich · 0 verlängert · 0 eskaliert"
            ), "\(md)")
        #expect(md.contains("| Sales | 2 | 1 | 1 | 0 | 1 | 0 | 0 | 0 |"))
        #expect(md.contains("| Keine Führungskraft erfasst | 2 | 1 | 1 | 0 | 1 | 0 | 0 | 0 |"))
        #expect(
            md.contains(
                "| Ann (E1) | Sales | — | Im Rückstand | [Bericht (md)](employees/E1/progress.md) [Bericht (html)](employees/E1/progress.html)"
            ))
        #expect(md.contains("| Ben (E2) | Sales | — | Im Plan |"))
        #expect(md.contains("## Seit mehr als 7 Tagen ausstehende Unterschriften"))
        #expect(md.contains("| Ann (E1) | Mitarbeiter/in und HR | 10\\. November 2026 | 20 |"), "\(md)")
        #expect(md.contains("| Ben (E2) | Mitarbeiter/in, Führungskraft und HR | 10\\. November 2026 | 20 |"))
        #expect(md.contains("*Erstellt von perfplan am 2\\. Dezember 2026.*"))
        #expect(p["summary.html"].contains("<html lang=\"de\">"))
        // Ann's own report stays in her language.
        #expect(p["employees/E1/progress.md"].contains("Ingresos"))
        let english = try EnglishWords.hrCatalogue(except: Self.sharedWithEnglish)
        for name in ["summary.md", "summary.html"] {
            let visible = EnglishWords.visibleText(p[name]).replacingOccurrences(
                of: "\\]\\([^)]*\\)", with: "]", options: .regularExpression)
            let left = EnglishWords.left(
                in: visible, english: english, data: Self.data)
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
    }

    /// Only HR's views change with `hr_language`: the employees' own documents, the data
    /// files (gaps.csv, review.csv with its decision codes and column names) and the XML
    /// index are the bytes of an English run. With HR reading English, a Spanish reader's
    /// worksheet names the indicators by the data's names, not in Spanish (it used hers).
    @Test func onlyHRsViewsFollowTheHRLanguage() throws {
        func all(_ hrLanguage: String) throws -> [String: Data] {
            let data = try CLI.dataDirectory(Self.files(hrLanguage: hrLanguage))
            let out = try CLI.temporaryDirectory("perfplan-out")
            defer {
                CLI.cleanup(data)
                CLI.cleanup(out)
            }
            let r = try CLI.run(
                ["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"],
                env: ["SOURCE_DATE_EPOCH": "1793491200"])
            #expect(r.status == 0 && !r.stderr.contains("warning"), "\(r.stderr)")
            let month = out.appendingPathComponent("2026-10")
            var files: [String: Data] = [:]
            let e = FileManager.default.enumerator(atPath: month.path)
            while let rel = e?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let path = month.appendingPathComponent(rel).path
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
                else { continue }
                files[rel] = FileManager.default.contents(atPath: path)
            }
            return files
        }
        let german = try all("de")
        let english = try all("en")
        #expect(german.keys.sorted() == english.keys.sorted())
        let hrViews = [
            "index.md", "index.html", "calibration.md", "calibration.html", "outbox/hr.eml", "manifest.json",
        ]
        var same = 0
        for (name, bytes) in english where !hrViews.contains(name) && !name.contains("/worksheet.") {
            #expect(german[name] == bytes, "\(name) changed with hr_language")
            same += 1
        }
        #expect(same >= 20)
        for name in hrViews.dropLast() { #expect(german[name] != english[name], "\(name)") }
        let worksheet = String(decoding: english["employees/E1/worksheet.md"] ?? Data(), as: UTF8.self)
        #expect(worksheet.contains("| Revenue | 3 | 200,000 EUR |") && !worksheet.contains("Ingresos"), "\(worksheet)")
        #expect(worksheet.contains("- Revenue was missed 3 months in a row (the policy's limit is 3 months)."))
        let xml = String(decoding: english["employees/E1/worksheet.xml"] ?? Data(), as: UTF8.self)
        #expect(xml.contains("name=\"Revenue\"") && !xml.contains("Ingresos"))
        let plan = String(decoding: english["employees/E1/plan-draft.md"] ?? Data(), as: UTF8.self)
        #expect(plan.contains("Ingresos"))
    }

    /// Every text node of the German HR views: no English word from the English templates
    /// of those views or the sentences the engine writes into them, once the data's own
    /// strings are taken out.
    @Test func noEnglishWordIsLeftInTheHRViews() throws {
        let packet = try Self.generate()
        let english = try EnglishWords.hrCatalogue(except: Self.sharedWithEnglish)
        var checked = 0
        for (name, text) in packet.files.sorted(by: { $0.key < $1.key }) {
            let hrView = ["index.", "calibration.", "/worksheet."].contains { name.hasPrefix($0) || name.contains($0) }
            guard hrView, !name.hasSuffix(".xml") else { continue }
            // A Markdown link's target is a path, not a word a reader sees.
            let visible = EnglishWords.visibleText(text).replacingOccurrences(
                of: "\\]\\([^)]*\\)", with: "]", options: .regularExpression)
            let left = EnglishWords.left(in: visible, english: english, data: Self.data)
            #expect(left.isEmpty, "\(name): \(left.sorted())")
            checked += 1
        }
        #expect(checked == 8, "index, calibration and two worksheets, each in Markdown and HTML")
    }

    /// The data's own words and the machine's names (files, policy keys, formats), taken out
    /// before the word-list check.
    static let data = [
        "Northwind", "Hanna Berger", "hr@northwind.example", "Ann", "Ben", "Cleo", "Dan", "Sales", "Service", "Rep",
        "EUR", "accounts", "Messe abgesagt", "Maria Lopez", "Neu in der Rolle", "review.csv", "decisions.csv",
        "gaps.csv", "perfplan", "min_peer_group", "Markdown", "XML",
    ]

    /// Words German writes too: "Status", "Trend", "Median", "Organisation", "Plan", "HR",
    /// "exakter Test nach Fisher", "Quote des Rests".
    static let sharedWithEnglish: Set<String> = [
        "hr", "status", "trend", "median", "organisation", "plan", "plans", "coaching", "in", "am", "an", "um", "so",
        "was", "die", "bis", "mit", "von", "der", "oder", "also", "ende", "ist", "team", "of", "md", "html", "test",
        "rest", "xml",
    ]
}
