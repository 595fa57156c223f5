/// Where a stretch of an editor's text is on screen, so a caller can mark
/// it on the very cells `render` drew. Lives beside the editor and uses its
/// layout, so the two cannot drift apart.
extension TextEditor {
    /// The cell rows covering the characters of `ranges` when drawn in
    /// `area`, clipped to it (a stretch scrolled out of view gives none).
    /// Lays the text out once for all ranges: a long note has many hits.
    public func screenRects(of ranges: [Range<Int>], in area: Rect) -> [Rect] {
        guard !area.isEmpty, !ranges.isEmpty else { return [] }
        var rects: [Rect] = []
        if isMultiline {
            let top = max(0, location(width: area.width).row - area.height + 1)
            for (offset, line) in layout(width: area.width).dropFirst(top).prefix(area.height).enumerated() {
                for range in ranges {
                    let lower = max(line.lowerBound, range.lowerBound), upper = min(line.upperBound, range.upperBound)
                    guard lower < upper else { continue }
                    let x = area.x + columns(line.lowerBound..<lower)
                    rects.append(Rect(x: x, y: area.y + offset, width: columns(lower..<upper), height: 1).intersection(area))
                }
            }
        } else {
            let shift = max(0, columns(0..<cursor) - (area.width - 1))
            for range in ranges {
                let lower = min(range.lowerBound, graphemes.count), upper = min(range.upperBound, graphemes.count)
                let x = area.x + columns(0..<lower) - shift
                rects.append(Rect(x: x, y: area.y, width: columns(lower..<upper), height: 1).intersection(area))
            }
        }
        return rects.filter { !$0.isEmpty }
    }
}
