import Foundation
import ColumnWidth

/// The terminal sanitiser on any text: the result holds no control
/// character, no C1 control, no bidirectional control and no line or
/// paragraph separator; sanitising it again changes nothing; and text with
/// none of those is left exactly as it was.
enum SanitizeTarget {
    static func unsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
            || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let input = text(bytes)
        let output = sanitize(input)
        if let bad = output.unicodeScalars.first(where: unsafe) {
            require(false, "U+\(String(bad.value, radix: 16)) reached the output")
        }
        require(sanitize(output) == output, "sanitising twice changed the text")
        if !input.unicodeScalars.contains(where: unsafe) { require(output == input, "safe text was changed") }
    }
}
