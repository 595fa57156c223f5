import HelpDeskCore
import ColumnWidth

/// Report text for a terminal: its width in columns, so tables line up in
/// Chinese and Korean, measured as the console measures it (`ColumnWidth`).
/// Cells are made safe to print by the console's own `sanitize`, so a
/// report lets through nothing the screens would not.
public enum TextWidth {
    public static func columns(_ text: String) -> Int { displayWidth(text) }

    /// `text` padded with spaces to `width` columns, on the left for numbers.
    static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, width - columns(text)))
        return right ? fill + text : text + fill
    }
}
