import Foundation

/// A note as the phrase guard matches it, in two views, each with a map from
/// every view position back to the scalar offset in the original text:
/// - `cjk`: folded, with spaces and punctuation dropped (Chinese and Korean
///   phrases are matched whatever the spacing) and a 0 barrier at each sentence
///   end, so a phrase never matches across "。" or a line break;
/// - `latin`: folded, white-space runs collapsed to one space, punctuation kept,
///   for English phrases matched on word boundaries.
struct NormalizedText {
    var cjk: [UInt32] = []
    var cjkOrigin: [Int32] = []
    var latin: [UInt32] = []
    var latinOrigin: [Int32] = []
    /// True when every scalar of the text is a character of its own (BMP, no
    /// combining marks, joiners or CR): scalar offsets are then character and
    /// UTF-16 offsets too, and hits are located without grapheme breaking.
    private(set) var isSimple = true

    init(_ text: String, fold: [UInt32]) {
        let capacity = text.utf16.count
        cjk.reserveCapacity(capacity)
        cjkOrigin.reserveCapacity(capacity)
        latin.reserveCapacity(capacity)
        latinOrigin.reserveCapacity(capacity)
        var offset: Int32 = 0
        var complex: UInt32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let folded = ScalarFold.lookup(value, in: fold)
            if folded & ScalarFold.compose != 0 {
                self = NormalizedText(composing: text, fold: fold)
                return
            }
            complex |= (value >= 0x10000 || value == 0x0D) ? 1 : folded & ScalarFold.ignore
            append(folded, origin: offset)
            offset += 1
        }
        isSimple = complex == 0
    }

    /// The slow path for text with combining marks or conjoining Hangul jamo
    /// (decomposed input, as some systems type it): each character is composed
    /// (NFC) first, and every scalar of the result maps to the character's start.
    private init(composing text: String, fold: [UInt32]) {
        isSimple = false
        var offset: Int32 = 0
        for character in text {
            let composed = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
            for scalar in composed {
                let folded = ScalarFold.lookup(scalar.value, in: fold)
                append(folded & ScalarFold.compose != 0 ? ScalarFold.ignore : folded, origin: offset)
            }
            offset += Int32(character.unicodeScalars.count)
        }
    }

    private mutating func append(_ folded: UInt32, origin: Int32) {
        if folded & ScalarFold.ignore != 0 { return }
        let value = folded & ScalarFold.valueMask
        if folded & ScalarFold.strip == 0 {
            cjk.append(value)
            cjkOrigin.append(origin)
        } else if folded & ScalarFold.sentenceBreak != 0, let last = cjk.last, last != 0 {
            cjk.append(0)
            cjkOrigin.append(origin)
        }
        if folded & ScalarFold.space != 0 {
            if let last = latin.last, last != 0x20 {
                latin.append(0x20)
                latinOrigin.append(origin)
            }
        } else {
            latin.append(value)
            latinOrigin.append(origin)
        }
    }

    /// A rule phrase folded the same way as the text, for the view it is matched in.
    static func pattern(_ phrase: String, latin: Bool, fold: [UInt32]) -> [UInt32] {
        var view = NormalizedText(phrase, fold: fold)
        if latin {
            while view.latin.first == 0x20 { view.latin.removeFirst() }
            while view.latin.last == 0x20 { view.latin.removeLast() }
            return view.latin
        }
        return view.cjk.filter { $0 != 0 }
    }
}
