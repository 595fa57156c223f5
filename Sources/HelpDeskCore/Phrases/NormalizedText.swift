import Foundation

/// A note as the phrase guard matches it, in two views, each with a map from
/// every view position back to the scalar offset in the original text:
/// - `cjk`: folded, with spaces and punctuation dropped (Chinese and Korean
///   phrases are matched whatever the spacing) and a 0 barrier at each sentence
///   end, so a phrase never matches across "。" or a line break;
/// - `latin`: folded, white-space runs collapsed to one space, punctuation kept,
///   for English phrases matched on word boundaries.
///
/// Each view position also carries `Flag`s: where clauses start, what is
/// inside quotation marks, where a question mark ends the sentence.
struct NormalizedText {
    enum Flag {
        /// Punctuation, a sentence end or the start of the text comes before it.
        static let clauseStart: UInt8 = 1
        /// Inside quotation marks (“…”, 「…」, "…"): someone else's words.
        static let quoted: UInt8 = 2
        /// The last character before a question mark.
        static let questionAfter: UInt8 = 4
        /// English view: a punctuation mark (ends the clause for `…`).
        static let punctuation: UInt8 = 8
        /// English view: ends a sentence (gaps stop here).
        static let sentenceEnd: UInt8 = 16
        /// The first character of a sentence.
        static let sentenceStart: UInt8 = 32
    }

    var cjk: [UInt32] = []
    var cjkOrigin: [Int32] = []
    var cjkFlags: [UInt8] = []
    var latin: [UInt32] = []
    var latinOrigin: [Int32] = []
    var latinFlags: [UInt8] = []
    private var clausePending = true
    private var sentencePending = true
    private var quoteDepth = 0
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
        cjkFlags.reserveCapacity(capacity)
        latinFlags.reserveCapacity(capacity)
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
            append(folded, raw: value, origin: offset)
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
                append(folded & ScalarFold.compose != 0 ? ScalarFold.ignore : folded, raw: scalar.value, origin: offset)
            }
            offset += Int32(character.unicodeScalars.count)
        }
    }

    private mutating func append(_ folded: UInt32, raw: UInt32, origin: Int32) {
        if folded & ScalarFold.ignore != 0 { return }
        let value = folded & ScalarFold.valueMask
        let quoted = quoteDepth > 0 ? Flag.quoted : 0
        trackQuotes(raw, folded: folded)
        if folded & ScalarFold.strip == 0 {
            cjk.append(value)
            cjkOrigin.append(origin)
            cjkFlags.append((clausePending ? Flag.clauseStart : 0) | (sentencePending ? Flag.sentenceStart : 0) | quoted)
        } else if folded & ScalarFold.sentenceBreak != 0, let last = cjk.last, last != 0 {
            if value == 0x3F { cjkFlags[cjkFlags.count - 1] |= Flag.questionAfter }
            cjk.append(0)
            cjkOrigin.append(origin)
            cjkFlags.append(0)
        }
        if folded & ScalarFold.space != 0 {
            if let last = latin.last, last != 0x20 {
                latin.append(0x20)
                latinOrigin.append(origin)
                latinFlags.append(0)
            }
            if folded & ScalarFold.sentenceBreak != 0, !latinFlags.isEmpty { latinFlags[latinFlags.count - 1] |= Flag.sentenceEnd }
        } else {
            var flags = (clausePending ? Flag.clauseStart : 0) | (sentencePending ? Flag.sentenceStart : 0) | quoted
            if folded & ScalarFold.strip != 0 && value != 0x27 && value != 0x2D { flags |= Flag.punctuation }
            if folded & ScalarFold.sentenceBreak != 0 { flags |= Flag.sentenceEnd }
            let before = latin.last == 0x20 ? latin.count - 2 : latin.count - 1
            if value == 0x3F && before >= 0 { latinFlags[before] |= Flag.questionAfter }
            latin.append(value)
            latinOrigin.append(origin)
            latinFlags.append(flags)
        }
        if folded & ScalarFold.strip != 0 {
            if folded & ScalarFold.space == 0 || folded & ScalarFold.sentenceBreak != 0 { clausePending = true }
            if folded & ScalarFold.sentenceBreak != 0 { sentencePending = true }
        } else {
            clausePending = false
            sentencePending = false
        }
    }

    /// Quotation marks open and close quoted stretches; a line break ends them
    /// all, so one stray mark cannot hide the rest of a note.
    private mutating func trackQuotes(_ raw: UInt32, folded: UInt32) {
        switch raw {
        case 0x201C, 0x300C, 0x300E, 0xFE41, 0xFE43: quoteDepth += 1
        case 0x201D, 0x300D, 0x300F, 0xFE42, 0xFE44: quoteDepth = max(0, quoteDepth - 1)
        case 0x22, 0xFF02: quoteDepth = quoteDepth > 0 ? quoteDepth - 1 : 1
        default:
            if folded & ScalarFold.sentenceBreak != 0 && folded & ScalarFold.space != 0 { quoteDepth = 0 }
        }
    }

    /// For each position of a view, where a `…` starting there ends: at the
    /// next punctuation mark or sentence end. One backward pass, so `…` costs
    /// the same whatever the clause's length.
    static func clauseEnds(_ text: [UInt32], flags: [UInt8], latin: Bool) -> [Int32] {
        var ends = [Int32](repeating: Int32(text.count), count: text.count + 1)
        var index = text.count - 1
        while index >= 0 {
            let boundary = latin
                ? flags[index] & (Flag.punctuation | Flag.sentenceEnd) != 0
                : text[index] == 0 || flags[index] & Flag.clauseStart != 0
            ends[index] = boundary ? Int32(index) : ends[index + 1]
            index -= 1
        }
        return ends
    }

    /// For each position of a view, where its clause (or sentence) starts:
    /// the last position at or before it carrying `flag`. One forward pass.
    static func heads(_ flags: [UInt8], at flag: UInt8) -> [Int32] {
        var heads = [Int32](repeating: 0, count: flags.count)
        var head: Int32 = 0
        for index in flags.indices {
            if flags[index] & flag != 0 { head = Int32(index) }
            heads[index] = head
        }
        return heads
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
