import ColumnWidth
import TermRender

/// A labelled figure: "Offered   120". An alert value carries its marker
/// in the text as well as its colour.
struct FigureItem {
    var label: String
    var value: String
    var style: Style = Style().bold

    /// A figure that is an alert when `alert` is true: red and marked "!".
    static func flagged(_ label: String, _ value: String, alert: Bool, calm: Style = Style().bold) -> FigureItem {
        FigureItem(label: label, value: alert ? value + " !" : value, style: alert ? Theme.error : calm)
    }
}

/// Figures laid out in as few columns as let them all fit the height, each
/// label on the left of its cell and the value on the right, so columns of
/// numbers line up in any of the three languages.
struct FigureGrid {
    var items: [FigureItem]

    /// Draws the figures and returns the rows used.
    @discardableResult
    func render(in area: Rect, buffer: inout Buffer) -> Int {
        guard !area.isEmpty, !items.isEmpty else { return 0 }
        var columns = 1
        while columns < 4 && (items.count + columns - 1) / columns > area.height && area.width / (columns + 1) >= 16 {
            columns += 1
        }
        let rows = min(area.height, (items.count + columns - 1) / columns)
        let cells = area.columns(Array(repeating: .fill(1), count: columns), spacing: 2)
        for (index, item) in items.enumerated() {
            let column = index / rows, row = index % rows
            guard column < columns else { break }
            let cell = cells[column].row(row)
            let valueWidth = min(cell.width, displayWidth(item.value))
            let parts = cell.columns([.fill(1), .fixed(valueWidth)], spacing: 1)
            buffer.put(item.label, in: parts[0], alignment: .left)
            buffer.put(item.value, in: parts[1], alignment: .right, style: item.style)
        }
        return rows
    }
}
