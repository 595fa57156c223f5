/// Terminal columns of report text, so tables line up in Chinese and Korean.
/// A small East-Asian-width check, enough for report cells: wide and
/// fullwidth characters take two columns, combining marks and zero-width
/// characters none, everything else one. (TermRender has the full table for
/// the screens; the domain library does not depend on it.)
public enum TextWidth {
    public static func columns(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += columns(scalar) }
        return total
    }

    public static func columns(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks: Hangul jamo, CJK radicals to
    /// Yi, Hangul syllables, compatibility ideographs, vertical and small
    /// forms, fullwidth forms, emoji, and the supplementary ideograph planes.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
        0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

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
