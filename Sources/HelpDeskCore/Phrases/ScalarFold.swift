/// How each Unicode scalar looks to the phrase guard: the value it folds to
/// (full-width → half-width, upper → lower case, curly → straight apostrophe)
/// and flags saying whether CJK matching drops it, whether it ends a sentence,
/// whether it is white space, part of a word for English word boundaries, a
/// mark that needs composing first, or an invisible character to ignore.
/// Precomputed for the whole Basic Multilingual Plane so that normalising a
/// note costs one array read per character.
enum ScalarFold {
    static let strip: UInt32 = 1 << 31
    static let sentenceBreak: UInt32 = 1 << 30
    static let space: UInt32 = 1 << 29
    static let word: UInt32 = 1 << 28
    static let compose: UInt32 = 1 << 27
    static let ignore: UInt32 = 1 << 26
    static let valueMask: UInt32 = 0x1F_FFFF

    /// The fold of every BMP scalar (surrogate slots are never read).
    static let bmp: [UInt32] = (0..<0x10000).map { classify(UInt32($0)) }

    static func lookup(_ value: UInt32, in table: [UInt32]) -> UInt32 {
        value < 0x10000 ? table[Int(value)] : classify(value)
    }

    /// True when a folded scalar counts as a letter or digit of a Latin-script word.
    static func isWord(_ folded: UInt32, in table: [UInt32]) -> Bool {
        lookup(folded, in: table) & word != 0
    }

    static func classify(_ value: UInt32) -> UInt32 {
        var folded = value
        switch value {
        case 0xFF01...0xFF5E: folded = value - 0xFEE0
        case 0x3000: folded = 0x20
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x00B4, 0x0060, 0xFF07: folded = 0x27
        case 0x201C, 0x201D, 0x201E, 0x301D, 0x301E: folded = 0x22
        case 0x3002, 0xFF61: return value | strip | sentenceBreak
        case 0x2026: return value | strip | sentenceBreak
        default: break
        }
        if folded < 0x80 { return classifyASCII(folded) }
        guard let scalar = Unicode.Scalar(folded) else { return ignore }
        // Conjoining jamo (the basic block and Extended-A and -B) and the
        // half-width sound marks join the characters beside them: they need
        // composing (or grapheme breaking) first. (Fuzzing found Extended-A's
        // ꥴ joining the syllable after it into one character.)
        if (0x1100...0x11FF).contains(folded) || (0xA960...0xA97F).contains(folded) || (0xD7B0...0xD7FF).contains(folded)
            || folded == 0xFF9E || folded == 0xFF9F { return folded | compose }
        let properties = scalar.properties
        let latinScript = folded < 0x1100 || (0x1E00...0x1FFF).contains(folded)
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter, .lowercaseLetter, .modifierLetter, .otherLetter:
            var lower = folded
            if properties.changesWhenLowercased {
                let mapped = properties.lowercaseMapping.unicodeScalars
                if mapped.count == 1, let only = mapped.first { lower = only.value }
            }
            return lower | (latinScript ? word : 0)
        case .decimalNumber, .letterNumber, .otherNumber:
            return folded | (latinScript ? word : 0)
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return folded | compose
        case .spaceSeparator:
            return 0x20 | space | strip
        case .lineSeparator, .paragraphSeparator:
            return 0x20 | space | strip | sentenceBreak
        case .control, .format:
            return ignore
        case .unassigned, .privateUse, .surrogate:
            return folded
        default:
            return folded | strip
        }
    }

    private static func classifyASCII(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: return (value + 0x20) | word
        case 0x61...0x7A, 0x30...0x39: return value | word
        case 0x0A, 0x0D: return 0x20 | space | strip | sentenceBreak
        case 0x09, 0x0B, 0x0C, 0x20: return 0x20 | space | strip
        case 0x2E, 0x21, 0x3F, 0x3B: return value | strip | sentenceBreak
        case 0x00...0x1F, 0x7F: return ignore
        default: return value | strip
        }
    }
}
