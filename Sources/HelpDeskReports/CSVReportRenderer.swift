import HelpDeskCore
import Foundation

/// Renders report tables as CSV through `CSVWriter` (RFC 4180, read back by
/// the import's `CSVReader`), formulas defused.
public enum CSVReportRenderer {
    /// The UTF-8 byte-order mark: with it, spreadsheet programs that guess a
    /// legacy code page open Chinese and Korean text correctly.
    public static let byteOrderMark = "\u{FEFF}"

    /// One table per section, each headed by its column names; sections are
    /// separated by an empty line and a line with the section title.
    public static func render(_ doc: ReportDocument, bom: Bool = false) -> String {
        var out = bom ? byteOrderMark : ""
        for (i, section) in doc.sections.enumerated() {
            if doc.sections.count > 1 {
                if i > 0 { out += "\r\n" }
                out += record([section.title])
            }
            let t = section.table
            out += record(t.columns.map(\.header))
            for row in t.rows { out += record(row) }
            if let total = t.total { out += record(total) }
        }
        return out
    }

    static func record(_ fields: [String]) -> String {
        CSVWriter.record(fields.map(defused))
    }

    /// A text field a spreadsheet would run as a formula (=, +, @, or - not
    /// followed by a digit) gets a leading apostrophe: report cells carry
    /// names typed by outsiders.
    static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+@-".unicodeScalars.contains(first) else { return text }
        let rest = text.unicodeScalars.dropFirst().first
        return first != "-" || !(rest.map { ("0"..."9").contains($0) } ?? false) ? "'" + text : text
    }
}
