import Foundation
import PerfPlanCore
import ZIPFoundation

/// An Office Open XML workbook (`.xlsx`): the worksheets' parts with the package parts every
/// reader needs (content types, relationships, the workbook, styles), zipped with
/// ZIPFoundation. Every entry carries the same fixed date and the parts are added in a fixed
/// order, so the same sheets give the same bytes.
package enum WorkbookPackage {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// The zipped workbook. `date`: the entries' modification time (the run's "generated"
    /// day, midnight UTC). `sharedStrings`: the shared-strings part the sheets refer to, if any.
    package static func zip(_ sheets: [SheetXML], sharedStrings: GapsStrings? = nil, date: Date) throws -> [UInt8] {
        // The parts in their fixed order; a sheet's XML is made only when its entry is added
        // and dropped after it. Each part is a list of pieces (a sheet's rows as its workers
        // made them), handed to the archive a buffer at a time, never joined into one.
        let shared = sharedStrings != nil
        var parts: [(String, () -> [[UInt8]])] = [
            ("[Content_Types].xml", { [contentTypes(sheets.count, sharedStrings: shared)] }),
            ("_rels/.rels", { [Array(rootRelationships.utf8)] }),
            ("xl/workbook.xml", { [workbook(sheets)] }),
            ("xl/_rels/workbook.xml.rels", { [workbookRelationships(sheets.count, sharedStrings: shared)] }),
            ("xl/styles.xml", { [Array(styles.utf8)] }),
        ]
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", { sharedStrings.part() })) }
        for (k, s) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(k + 1).xml", { s.parts() })) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, make) in parts {
                var pieces = PieceReader(make())
                // Deflate at zlib's default level (fixed: the same bytes every run); a
                // workbook's XML shrinks about tenfold.
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(pieces.count), modificationDate: date,
                    permissions: 0o644, compressionMethod: .deflate, bufferSize: 1 << 16
                ) { position, size in
                    pieces.read(from: Int(position), count: size)
                }
            }
            guard let data = archive.data else { throw Failure(description: "the workbook's archive is empty") }
            return [UInt8](data)
        } catch let e as Failure { throw e } catch {
            throw Failure(description: "the workbook could not be zipped: \(error)")
        }
    }

    /// A part's pieces read as one run of bytes, front to back (the archive asks for
    /// consecutive ranges).
    struct PieceReader {
        private let pieces: [[UInt8]]
        let count: Int
        private var piece = 0, offset = 0, position = 0

        init(_ pieces: [[UInt8]]) {
            self.pieces = pieces
            count = pieces.reduce(0) { $0 + $1.count }
        }

        mutating func read(from start: Int, count size: Int) -> Data {
            precondition(start == position, "the archive reads a part front to back")
            var data = Data(capacity: size)
            var left = size
            while left > 0, piece < pieces.count {
                let bytes = pieces[piece]
                let n = min(left, bytes.count - offset)
                data.append(contentsOf: bytes[offset..<(offset + n)])
                offset += n
                left -= n
                if offset == bytes.count {
                    piece += 1
                    offset = 0
                }
            }
            position += size - left
            return data
        }
    }

    static func contentTypes(_ count: Int, sharedStrings: Bool = false) -> [UInt8] {
        var s =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        if sharedStrings {
            s +=
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        }
        for k in stride(from: 1, through: count, by: 1) {
            s +=
                "<Override PartName=\"/xl/worksheets/sheet\(k).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return Array((s + "</Types>").utf8)
    }

    static let rootRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    static func workbook(_ sheets: [SheetXML]) -> [UInt8] {
        var s =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><bookViews><workbookView/></bookViews><sheets>"
        for (k, sheet) in sheets.enumerated() {
            s += "<sheet name=\"\(SheetXML.escaped(sheet.name))\" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>"
        }
        s += "</sheets><definedNames>"
        // The autofilters' ranges, as Excel itself records them.
        for (k, sheet) in sheets.enumerated() {
            let range = sheet.filterRange.split(separator: ":").map { ref in
                "$" + ref.prefix { $0.isLetter } + "$" + ref.drop { $0.isLetter }
            }.joined(separator: ":")
            s +=
                "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(k)\" hidden=\"1\">'"
                + SheetXML.escaped(sheet.name.replacingOccurrences(of: "'", with: "''")) + "'!\(range)</definedName>"
        }
        return Array((s + "</definedNames></workbook>").utf8)
    }

    static func workbookRelationships(_ count: Int, sharedStrings: Bool = false) -> [UInt8] {
        var s =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for k in stride(from: 1, through: count, by: 1) {
            s +=
                "<Relationship Id=\"rId\(k)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(k).xml\"/>"
        }
        s +=
            "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        if sharedStrings {
            s +=
                "<Relationship Id=\"rId\(count + 2)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        return Array((s + "</Relationships>").utf8)
    }

    /// Cell styles, in `SheetXML.Style`'s order: plain, header (bold on grey), met (green),
    /// at risk (amber), missed (red), text (number format "@": what a person types stays text).
    static let styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"6\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE4E8EC\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFC6EFCE\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFEB9C\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFC7CE\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"6\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"4\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"5\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}
