extension String {
    /// The text without leading and trailing spaces, exactly as
    /// `trimmingCharacters(in: .whitespaces)` gives it (tab, the Unicode
    /// space separators and U+200B), but read from the scalars: Foundation's
    /// version bridges every field to NSString, which made most of a
    /// 100,000-row import's time.
    public func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpace })!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// A member of Foundation's `CharacterSet.whitespaces`.
    var isSpace: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
