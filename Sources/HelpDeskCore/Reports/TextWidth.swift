import ColumnWidth

/// Report text for a terminal: its width in columns, so tables line up in
/// Chinese and Korean, measured as the console measures it (`ColumnWidth`);
/// and cells made safe to print.
public enum TextWidth {
    public static func columns(_ text: String) -> Int { displayWidth(text) }

    /// Control characters (which could move the cursor or recolour the
    /// terminal) replaced by U+FFFD: report cells come from untrusted input.
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isControl(s) ? "\u{FFFD}" : s) }
        return String(out)
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (s.value >= 0x7F && s.value < 0xA0) || s.value == 0x2028 || s.value == 0x2029
    }

    /// `text` padded with spaces to `width` columns, on the left for numbers.
    static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, width - columns(text)))
        return right ? fill + text : text + fill
    }
}
