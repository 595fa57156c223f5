import ColumnWidth

/// The rule for a name that identifies something on the floor: an agent
/// number, a Unix account in the roster, a call, complaint or follow-up id,
/// a queue, a branch, a script's name. Such names are typed on command
/// lines, stored in files and echoed in messages, so they are refused at the
/// door when they could not be shown as typed (control characters), could
/// pass for a path (`/`, `..`), or are too long to be anything but an attack.
public enum Identifier {
    /// The longest identifier taken, in characters.
    public static let maximumLength = 64

    /// What is wrong with `text` as an identifier, or nil when it is fine.
    /// Byte-level tests where they are exact: an import checks a hundred
    /// thousand branch names, and Unicode property look-ups for every scalar
    /// (or Foundation's `contains`) made that most of its time.
    public static func problem(_ text: String) -> String? {
        if let problem = textProblem(text, maximumLength: maximumLength) { return problem }
        if text.utf8.contains(0x2F) || text == "." || text == ".." { return "is a path, not a name (no /, . or ..)" }
        if text.unicodeScalars.first!.properties.isWhitespace || endsInSpace(text) { return "starts or ends with a space" }
        return nil
    }

    /// What is wrong with `text` as a text shown as typed (a person's name in
    /// the roster), or nil: it is empty, longer than `maximumLength`
    /// characters, or holds a control character.
    public static func textProblem(_ text: String, maximumLength: Int) -> String? {
        if text.isEmpty { return "is empty" }
        let length = text.unicodeScalars.count
        if length > maximumLength { return "is \(length) characters long; at most \(maximumLength) are allowed" }
        if let bad = text.unicodeScalars.first(where: isControl) {
            return "contains the control character U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4))"
        }
        return nil
    }

    /// Whether the last character is a space (`Character.isWhitespace`, which
    /// asks its first scalar). When the last two scalars are printable ASCII
    /// the last character is the last scalar alone, and that is read as a byte.
    private static func endsInSpace(_ text: String) -> Bool {
        let bytes = text.utf8
        let last = bytes[bytes.index(before: bytes.endIndex)]
        if (0x21...0x7E).contains(last),
           bytes.count == 1 || (0x20...0x7E).contains(bytes[bytes.index(bytes.endIndex, offsetBy: -2)]) { return false }
        return text.last!.isWhitespace
    }

    /// Throws `DomainError.invalid` naming `field` (and the offending text,
    /// shown safely) when `text` is not an identifier.
    public static func check(_ text: String, field: String) throws {
        if let problem = problem(text) { throw DomainError.invalid(field: field, reason: "\(quoted(text)) \(problem)") }
    }

    /// `text` in quotes, fit for a one-line message: control characters as
    /// `\u{1B}` escapes and cut after 40 characters.
    public static func quoted(_ text: String) -> String {
        var out = ""
        for (i, scalar) in text.unicodeScalars.enumerated() {
            if i == 40 { out += "…"; break }
            out += isControl(scalar) ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
        }
        return "\"\(out)\""
    }

    /// What the screens would not show as it is (controls, bidi controls,
    /// line separators; see `sanitize`), and every other invisible format
    /// character (zero-width joiners, BOM) that would make two ids look alike.
    /// ASCII, and the block from U+3000 (CJK, kana, Hangul) up to the
    /// surrogates, hold none of either, and are answered without a look-up.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value < 0x20 || s.value == 0x7F }
        if (0x3000..<0xD800).contains(s.value) { return false }
        return needsReplacement(s) || s.properties.generalCategory == .format
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
