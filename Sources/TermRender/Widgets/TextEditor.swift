import ColumnWidth

/// The editing model behind a form field: a single line (a name, a phone
/// number) or wrapped multi-line notes, edited grapheme by grapheme so a
/// Chinese character, a Korean syllable or an accented letter is one step
/// of the cursor and one Backspace.
///
/// The model holds only text and cursor; layout is computed from the width
/// it is drawn at. Multi-line text wraps at `width - 1` columns so the
/// cursor always has a free column at the end of a full line.
public struct TextEditor: Hashable, Sendable {
    public private(set) var graphemes: [Character]
    /// The cursor as a grapheme index, `0...graphemes.count`.
    public private(set) var cursor: Int
    public let isMultiline: Bool
    /// The most graphemes the field accepts, if limited.
    public var maxLength: Int?
    /// The column up/down aim for, kept across a run of vertical moves so
    /// the cursor returns to it after passing a short line.
    private var goalColumn: Int?

    public init(_ text: String = "", multiline: Bool = false, maxLength: Int? = nil) {
        isMultiline = multiline
        self.maxLength = maxLength
        graphemes = []
        cursor = 0
        insert(text)
    }

    public var text: String { String(graphemes) }
    public var isEmpty: Bool { graphemes.isEmpty }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func setText(_ text: String) {
        graphemes = []
        cursor = 0
        insert(text)
    }

    /// Inserts typed or pasted text at the cursor. Control characters are
    /// dropped (a tab becomes a space); newlines are kept only in a
    /// multi-line editor. A combining mark joins the grapheme before it.
    public mutating func insert(_ text: String) {
        goalColumn = nil
        for character in text {
            guard let accepted = accept(character) else { continue }
            if cursor > 0, accepted != "\n", graphemes[cursor - 1] != "\n" {
                let merged = String(graphemes[cursor - 1]) + String(accepted)
                if merged.count == 1 {
                    graphemes[cursor - 1] = Character(merged)
                    continue
                }
            }
            if let maxLength, graphemes.count >= maxLength { return }
            if displayWidth(accepted) == 0 && accepted != "\n" { continue }
            graphemes.insert(accepted, at: cursor)
            cursor += 1
        }
    }

    public mutating func deleteBackward() {
        goalColumn = nil
        guard cursor > 0 else { return }
        cursor -= 1
        graphemes.remove(at: cursor)
    }

    public mutating func deleteForward() {
        goalColumn = nil
        guard cursor < graphemes.count else { return }
        graphemes.remove(at: cursor)
    }

    public mutating func moveLeft() {
        goalColumn = nil
        cursor = max(0, cursor - 1)
    }

    public mutating func moveRight() {
        goalColumn = nil
        cursor = min(graphemes.count, cursor + 1)
    }

    /// To the start of the visual line (of the text, when single-line).
    public mutating func moveHome(width: Int) {
        goalColumn = nil
        cursor = isMultiline ? layout(width: width)[location(width: width).row].lowerBound : 0
    }

    /// To the end of the visual line (of the text, when single-line).
    public mutating func moveEnd(width: Int) {
        goalColumn = nil
        cursor = isMultiline ? lineEnd(layout(width: width), location(width: width).row) : graphemes.count
    }

    /// One visual line up; false when already on the first line, so a form
    /// can take the key to move between fields.
    @discardableResult
    public mutating func moveUp(width: Int) -> Bool {
        moveVertically(by: -1, width: width)
    }

    /// One visual line down; false when already on the last line.
    @discardableResult
    public mutating func moveDown(width: Int) -> Bool {
        moveVertically(by: 1, width: width)
    }

    /// Applies an editing key for a field drawn `width` columns wide;
    /// returns false for keys the editor does not use (Tab, Esc, and Enter
    /// or up/down in a single-line field), which the form then handles.
    public mutating func handle(_ key: Key, width: Int) -> Bool {
        switch key {
        case .char(let character): insert(String(character))
        case .enter:
            guard isMultiline else { return false }
            insert("\n")
        case .backspace, .ctrl("h"): deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): moveHome(width: width)
        case .end, .ctrl("e"): moveEnd(width: width)
        case .up: return isMultiline && moveUp(width: width)
        case .down: return isMultiline && moveDown(width: width)
        default: return false
        }
        return true
    }

    /// The cursor's visual line and display column at `width`.
    public func location(width: Int) -> (row: Int, column: Int) {
        let lines = layout(width: width)
        let row = lines.lastIndex { $0.lowerBound <= cursor } ?? 0
        return (row, columns(lines[row].lowerBound..<cursor))
    }

    /// Draws the text into `area` and returns where the terminal cursor goes.
    /// Multi-line text scrolls to keep the cursor's line visible; a single
    /// line scrolls sideways. `placeholder` shows, dimmed, while empty.
    @discardableResult
    public func render(in area: Rect, buffer: inout Buffer, style: Style = .plain, placeholder: String? = nil) -> Point {
        guard !area.isEmpty else { return area.origin }
        buffer.fill(area, style: style)
        if graphemes.isEmpty, let placeholder {
            buffer.put(placeholder, x: area.x, y: area.y, style: style.dim, maxWidth: area.width)
        }
        if isMultiline {
            let lines = layout(width: area.width)
            let (row, column) = location(width: area.width)
            let top = max(0, row - area.height + 1)
            for (offset, range) in lines.dropFirst(top).prefix(area.height).enumerated() {
                buffer.put(String(graphemes[range]), x: area.x, y: area.y + offset, style: style, maxWidth: area.width)
            }
            return Point(x: area.x + column, y: area.y + row - top)
        }
        let column = columns(0..<cursor)
        let shift = max(0, column - (area.width - 1))
        var skipped = 0
        var first = 0
        while first < graphemes.count && skipped < shift {
            skipped += displayWidth(graphemes[first])
            first += 1
        }
        let visible = String(graphemes[first...])
        buffer.put(visible, x: area.x + skipped - shift, y: area.y, style: style, maxWidth: area.width - (skipped - shift))
        return Point(x: area.x + column - shift, y: area.y)
    }

    private func accept(_ character: Character) -> Character? {
        if character == "\n" || character == "\r" || character == "\r\n" { return isMultiline ? "\n" : nil }
        if character == "\t" { return " " }
        if character.unicodeScalars.contains(where: needsReplacement) { return nil }
        return character
    }

    /// The visual lines at `width`, as `render` draws them (also used by `screenRects`).
    func layout(width: Int) -> [Range<Int>] {
        isMultiline ? wrapRanges(graphemes, width: max(1, width - 1)) : [0..<graphemes.count]
    }

    /// The last cursor position on visual line `row`. On a line that wraps
    /// with nothing dropped, the position after its last grapheme is the
    /// start of the next line, so the line's own end is one before it.
    private func lineEnd(_ lines: [Range<Int>], _ row: Int) -> Int {
        let line = lines[row]
        let wrapsSoftly = row + 1 < lines.count && lines[row + 1].lowerBound == line.upperBound
        return wrapsSoftly && !line.isEmpty ? line.upperBound - 1 : line.upperBound
    }

    func columns(_ range: Range<Int>) -> Int {
        graphemes[range].reduce(0) { $0 + displayWidth($1) }
    }

    private mutating func moveVertically(by delta: Int, width: Int) -> Bool {
        let lines = layout(width: width)
        let (row, column) = location(width: width)
        let target = row + delta
        guard lines.indices.contains(target) else { return false }
        let goal = goalColumn ?? column
        var index = lines[target].lowerBound
        var used = 0
        let end = lineEnd(lines, target)
        while index < end {
            let w = displayWidth(graphemes[index])
            if used + w > goal { break }
            used += w
            index += 1
        }
        cursor = index
        goalColumn = goal
        return true
    }
}
