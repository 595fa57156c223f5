import ColumnWidth
import TermRender

/// Where a stretch of an editor's text is on screen, so a phrase-guard hit
/// can be marked on the very cells the editor drew. Follows the editor's
/// own layout (`TextEditor.render`): multi-line text wraps with
/// `wrapRanges` at `width - 1` and scrolls to the cursor's line; a single
/// line scrolls sideways to keep the cursor in view.
extension TextEditor {
    /// The style of a marked stretch: red and reversed, so it stands out on
    /// the underlined focused field and still shows without colour.
    static let markStyle = Style(fg: .red).bold.reversed

    /// The cell rows covering the characters of `ranges` when drawn in
    /// `area`, clipped to it (a stretch scrolled out of view gives none).
    /// Lays the text out once for all ranges: a long note has many hits.
    func screenRects(of ranges: [Range<Int>], in area: Rect) -> [Rect] {
        guard !area.isEmpty, !ranges.isEmpty else { return [] }
        var rects: [Rect] = []
        if isMultiline {
            let lines = wrapRanges(graphemes, width: max(1, area.width - 1))
            let top = max(0, location(width: area.width).row - area.height + 1)
            for (offset, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
                for range in ranges {
                    let lower = max(line.lowerBound, range.lowerBound), upper = min(line.upperBound, range.upperBound)
                    guard lower < upper else { continue }
                    let x = area.x + columns(line.lowerBound..<lower)
                    rects.append(clip(Rect(x: x, y: area.y + offset, width: columns(lower..<upper), height: 1), to: area))
                }
            }
        } else {
            let shift = max(0, columns(0..<cursor) - (area.width - 1))
            for range in ranges {
                let lower = min(range.lowerBound, graphemes.count), upper = min(range.upperBound, graphemes.count)
                let x = area.x + columns(0..<lower) - shift
                rects.append(clip(Rect(x: x, y: area.y, width: columns(lower..<upper), height: 1), to: area))
            }
        }
        return rects.filter { !$0.isEmpty }
    }

    private func columns(_ range: Range<Int>) -> Int {
        graphemes[range].reduce(0) { $0 + displayWidth($1) }
    }

    private func clip(_ rect: Rect, to area: Rect) -> Rect {
        let lower = max(rect.x, area.x), upper = min(rect.maxX, area.maxX)
        return Rect(x: lower, y: rect.y, width: max(0, upper - lower), height: rect.height)
    }
}
