/// Makes untrusted text safe to draw: every character that could steer the
/// terminal or reorder what the reader sees is replaced by visible text.
///
/// Caller names and notes come from outside. An escape sequence in a name
/// (`ESC ] 0 ; pwned BEL` retitles the window, `ESC [ 2 J` clears the
/// screen) must show up as harmless characters, never run. So:
/// - C0 controls and DEL become caret notation, as `less` and `cat -v` show
///   them (`ESC` → `^[`, `BEL` → `^G`, `DEL` → `^?`); a tab becomes a space.
/// - C1 controls (U+0080–U+009F, which include the 8-bit CSI and OSC),
///   bidirectional embeddings, overrides, isolates and marks, and the line
///   and paragraph separators become `�`.
public func sanitize(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        guard needsReplacement(scalar) else {
            result.append(scalar)
            continue
        }
        result.append(contentsOf: replacement(for: scalar).unicodeScalars)
    }
    return String(result)
}

/// Whether `scalar` must not reach the terminal as it is.
public func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || (value >= 0x7F && value <= 0x9F) { return true }
    if value < 0x200E { return value == 0x061C }
    switch value {
    case 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
}

private func replacement(for scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    if value == 0x09 { return " " }
    if value < 0x20 { return "^" + String(UnicodeScalar(UInt8(value + 0x40))) }
    if value == 0x7F { return "^?" }
    return "\u{FFFD}"
}
