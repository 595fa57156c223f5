import ColumnWidth
/// A block of text, wrapped to its area (CJK anywhere, Latin at spaces) or
/// cut at the edge, scrolled by whole lines.
public struct Paragraph: Widget, Sendable {
    public var text: String
    public var style: Style
    public var wrap: Bool
    public var alignment: Alignment
    /// Lines skipped at the top.
    public var scroll: Int

    public init(_ text: String, style: Style = .plain, wrap: Bool = true, alignment: Alignment = .left, scroll: Int = 0) {
        self.text = text
        self.style = style
        self.wrap = wrap
        self.alignment = alignment
        self.scroll = scroll
    }

    /// The lines this paragraph shows at `width` columns, before scrolling.
    public func lines(width: Int) -> [String] {
        if wrap { return TermRender.wrap(text, width: width) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { sanitize(String($0)) }
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let shown = lines(width: area.width).dropFirst(max(0, scroll)).prefix(area.height)
        for (offset, line) in shown.enumerated() {
            let row = area.row(offset)
            if wrap || alignment != .left {
                buffer.put(line, in: row, alignment: alignment, style: style)
            } else {
                buffer.put(line, x: row.x, y: row.y, style: style, maxWidth: row.width)
            }
        }
    }
}
