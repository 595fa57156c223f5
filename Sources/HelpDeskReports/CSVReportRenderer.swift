import HelpDeskCore
import Foundation

/// Renders report tables as CSV (RFC 4180: comma-separated, CRLF line ends,
/// fields with commas, quotes or line breaks quoted, quotes doubled).
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
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Quotes a field when it must be. A text field a spreadsheet would run
    /// as a formula (=, +, @, or - not followed by a digit) gets a leading
    /// apostrophe: report cells carry names typed by outsiders.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+@-".unicodeScalars.contains(first) {
            let rest = value.unicodeScalars.dropFirst().first
            if first != "-" || !(rest.map { ("0"..."9").contains($0) } ?? false) { value = "'" + value }
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
