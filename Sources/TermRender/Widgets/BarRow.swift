import ColumnWidth

/// One row of a horizontal bar chart: a label, a bar whose length is
/// `value / maximum` of the room left (with eighth-block ends for
/// precision), and the value as text — calls per agent, waits per tier.
public struct BarRow: Widget, Sendable {
    public var label: String
    public var labelWidth: Int
    public var value: Double
    public var maximum: Double
    public var valueText: String
    public var barStyle: Style
    public var style: Style

    public init(label: String, labelWidth: Int, value: Double, maximum: Double, valueText: String,
                barStyle: Style = .plain, style: Style = .plain) {
        self.label = label
        self.labelWidth = labelWidth
        self.value = value
        self.maximum = maximum
        self.valueText = valueText
        self.barStyle = barStyle
        self.style = style
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: style)
        let parts = row.columns([.fixed(labelWidth), .fill(1), .fixed(displayWidth(sanitize(valueText)))], spacing: 1)
        buffer.put(label, in: parts[0], alignment: .left, style: style)
        buffer.put(valueText, in: parts[2], alignment: .right, style: style)
        let fraction = maximum > 0 ? min(1, max(0, value / maximum)) : 0
        let eighths = Int((fraction * Double(parts[1].width * 8)).rounded())
        let full = eighths / 8
        buffer.fill(Rect(x: parts[1].x, y: row.y, width: full, height: 1), with: "█", style: barStyle)
        if eighths % 8 > 0 {
            let partial: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
            buffer.set(Cell(partial[eighths % 8 - 1], style: barStyle), x: parts[1].x + full, y: row.y)
        }
    }
}
