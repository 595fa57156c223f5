/// Terminal column widths of text, measured the way ncurses measures it.
///
/// East Asian Wide and Fullwidth characters (CJK ideographs, kana, Hangul
/// syllables and leading jamo, fullwidth forms) and emoji take two columns;
/// combining marks, Hangul medial/final jamo and zero-width characters take
/// none; everything else takes one. Control characters count as zero here —
/// they never reach the screen because `sanitize` replaces them first.
public func displayWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if value < 0x300 { return 1 }
    if contains(WidthTables.zero, value) { return 0 }
    if value >= 0x1100 && contains(WidthTables.wide, value) { return 2 }
    return 1
}

/// The column width of one grapheme cluster as drawn in a single cell.
///
/// A cluster is a base character with what clings to it: combining marks
/// take no room of their own; a variation selector 16 asks for emoji
/// presentation (two columns); a pair of regional indicators is one flag
/// (two columns); a zero-width-joiner emoji sequence is as wide as its first
/// emoji. Other clusters take the sum of their parts, at most two.
public func displayWidth(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    var iterator = scalars.makeIterator()
    guard let first = iterator.next() else { return 0 }
    guard let second = iterator.next() else { return displayWidth(first) }
    let base = displayWidth(first)
    if isRegionalIndicator(first) && isRegionalIndicator(second) { return 2 }
    var total = base + displayWidth(second)
    var emojiSequence = second.value == 0xFE0F || second.value == 0x200D
    while let next = iterator.next() {
        if next.value == 0xFE0F || next.value == 0x200D { emojiSequence = true }
        total += displayWidth(next)
    }
    if emojiSequence && first.properties.isEmoji { return 2 }
    if emojiSequence { return max(base, min(total, 2)) }
    return min(total, 2)
}

/// The column width of a whole string.
public func displayWidth<S: StringProtocol>(_ text: S) -> Int {
    var asciiOnly = true
    for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
        asciiOnly = false
        break
    }
    if asciiOnly { return text.utf8.count }
    var total = 0
    for character in text { total += displayWidth(character) }
    return total
}

private func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x1F1E6 && scalar.value <= 0x1F1FF
}

/// Binary search of a sorted table of disjoint ranges.
private func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
    var low = 0, high = table.count - 1
    while low <= high {
        let mid = (low + high) / 2
        let range = table[mid]
        if value < range.lowerBound {
            high = mid - 1
        } else if value > range.upperBound {
            low = mid + 1
        } else {
            return true
        }
    }
    return false
}
