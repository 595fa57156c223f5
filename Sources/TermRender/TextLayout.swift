import ColumnWidth

/// Shortens `text` to at most `width` columns, ending in `ellipsis` when
/// anything was cut. The text is sanitised first, so the measured width is
/// the width that will be drawn. A wide character that would straddle the
/// limit is dropped whole, never split.
public func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
    let clean = sanitize(text)
    guard width > 0 else { return "" }
    if displayWidth(clean) <= width { return clean }
    let ellipsisWidth = displayWidth(ellipsis)
    let room = ellipsisWidth <= width ? width - ellipsisWidth : width
    var result = ""
    var used = 0
    for character in clean {
        let w = displayWidth(character)
        if used + w > room { break }
        result.append(character)
        used += w
    }
    return ellipsisWidth <= width ? result + ellipsis : result
}

/// Pads `text` with spaces on the right to exactly `width` columns
/// (truncating with an ellipsis when it is longer), so columns of mixed
/// CJK and Latin text line up.
public func pad(_ text: String, toWidth width: Int) -> String {
    let cut = truncate(text, toWidth: width)
    let missing = width - displayWidth(cut)
    return missing > 0 ? cut + String(repeating: " ", count: missing) : cut
}

/// Wraps `text` into lines of at most `width` columns.
///
/// Latin text breaks at spaces (a word longer than a line is cut); CJK
/// text breaks between any two characters, since it has no spaces; a
/// newline always breaks. The text is sanitised line by line.
public func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let graphemes = Array(sanitize(String(paragraph)))
        for range in wrapRanges(graphemes, width: width) {
            lines.append(String(graphemes[range]))
        }
    }
    return lines
}

/// The line ranges of `graphemes` wrapped at `width` columns: the layout
/// the paragraph widget and the text editor share, so the cursor always
/// sits where the text is drawn.
///
/// A `"\n"` grapheme ends its line and belongs to no range. A space at which
/// a line breaks is dropped from both lines. Always returns at least one
/// (possibly empty) range; a trailing newline yields a final empty line.
public func wrapRanges(_ graphemes: [Character], width: Int) -> [Range<Int>] {
    let width = max(1, width)
    var lines: [Range<Int>] = []
    var start = 0
    var column = 0
    var lastBreak: Int? = nil
    var index = 0
    while index < graphemes.count {
        let character = graphemes[index]
        if character == "\n" || character == "\r\n" {
            lines.append(start..<index)
            index += 1
            start = index; column = 0; lastBreak = nil
            continue
        }
        let w = displayWidth(character)
        if index > start && column + w > width {
            if character == " " {
                lines.append(start..<index)
                index += 1
                start = index; column = 0; lastBreak = nil
                continue
            }
            let cut = isBreakOpportunity(graphemes[index - 1], character) ? index : (lastBreak ?? index)
            var end = cut
            if end > start && graphemes[end - 1] == " " { end -= 1 }
            lines.append(start..<end)
            start = cut; lastBreak = nil
            column = 0
            for i in start..<index { column += displayWidth(graphemes[i]) }
            continue
        }
        if index > start && isBreakOpportunity(graphemes[index - 1], character) {
            lastBreak = index
        }
        column += w
        index += 1
    }
    lines.append(start..<graphemes.count)
    return lines
}

/// Whether a line may break between `before` and `after`: after a space,
/// or next to a wide (CJK) character, except before closing punctuation
/// that must not start a line (`，。、！？」』）` and their kin).
private func isBreakOpportunity(_ before: Character, _ after: Character) -> Bool {
    if before == " " { return after != " " }
    if after == " " { return false }
    guard displayWidth(before) == 2 || displayWidth(after) == 2 else { return false }
    return !noLineStart.contains(after) && !noLineEnd.contains(before)
}

private let noLineStart: Set<Character> = [
    "，", "。", "、", "！", "？", "：", "；", "」", "』", "）", "》", "〉", "】", "…",
    ",", ".", "!", "?", ":", ";", ")",
]
private let noLineEnd: Set<Character> = ["「", "『", "（", "《", "〈", "【", "("]
