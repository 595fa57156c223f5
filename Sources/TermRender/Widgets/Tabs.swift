import ColumnWidth

/// A row of tab titles with the current one highlighted — how panels share
/// the screen on a small terminal.
public struct Tabs: Widget, Sendable {
    public var titles: [String]
    public var selected: Int
    public var style: Style
    public var selectedStyle: Style
    public var divider: String

    public init(_ titles: [String], selected: Int, style: Style = .plain,
                selectedStyle: Style = Style().reversed.bold, divider: String = "│") {
        self.titles = titles
        self.selected = selected
        self.style = style
        self.selectedStyle = selectedStyle
        self.divider = divider
    }

    /// Column ranges of each title when drawn from column `x`, for mouse clicks.
    public func titleRanges(startingAt x: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var column = x
        for title in titles {
            let width = displayWidth(sanitize(title)) + 2
            ranges.append(column..<(column + width))
            column += width + displayWidth(divider)
        }
        return ranges
    }

    /// The tab under column `x` when drawn in `area`.
    public func tabIndex(atColumn x: Int, in area: Rect) -> Int? {
        titleRanges(startingAt: area.x).firstIndex { $0.contains(x) }
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: style)
        var used = 0
        for (index, title) in titles.enumerated() where used < row.width {
            if index > 0 {
                used += buffer.put(divider, x: row.x + used, y: row.y, style: style, maxWidth: row.width - used)
            }
            let look = index == selected ? selectedStyle : style
            used += buffer.put(" " + title + " ", x: row.x + used, y: row.y, style: look, maxWidth: row.width - used)
        }
    }
}
