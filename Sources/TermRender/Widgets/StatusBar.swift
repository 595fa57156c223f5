import ColumnWidth

/// The one-line bar at the bottom of a screen: facts on the left (agent,
/// state, queue length), key hints on the right. When both do not fit the
/// right side yields first, a hint at a time from its end, since who and
/// what state matter more.
public struct StatusBar: Widget, Sendable {
    public var left: [Span]
    public var right: [Span]
    public var style: Style

    public init(left: [Span], right: [Span] = [], style: Style = Style().reversed) {
        self.left = left
        self.right = right
        self.style = style
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: style)
        let leftWidth = buffer.put(left.map(styled), x: row.x, y: row.y, maxWidth: row.width)
        // Key hints cut in half would mislead, so each shows whole or not at
        // all; the ones listed last give way first.
        var shown = right
        var rightWidth = width(of: shown)
        while !shown.isEmpty, leftWidth + 1 + rightWidth > row.width {
            shown.removeLast()
            rightWidth = width(of: shown)
        }
        guard rightWidth > 0 else { return }
        buffer.put(shown.map(styled), x: row.maxX - rightWidth, y: row.y, maxWidth: rightWidth)
    }

    private func width(of spans: [Span]) -> Int {
        spans.reduce(0) { $0 + displayWidth(sanitize($1.text)) }
    }

    /// A span drawn on the bar keeps the bar's look unless it has its own.
    private func styled(_ span: Span) -> Span {
        span.style == .plain ? Span(span.text, style: style) : span
    }
}
