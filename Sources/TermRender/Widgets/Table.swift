/// Rows of text in aligned columns, with a header and a highlighted
/// selected row — the live queue, a caller's history, the complaint list.
///
/// Columns are measured in display columns, so Chinese and Korean names line
/// up with Latin ones. Rows are fetched lazily by index and only the visible
/// window is drawn, so a queue of ten thousand callers costs one screenful.
public struct Table: Widget {
    public struct Column: Hashable, Sendable {
        public var title: String
        public var width: Constraint
        public var alignment: Alignment

        public init(_ title: String, width: Constraint, alignment: Alignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    public struct Row: Hashable, Sendable {
        /// One span per column; a missing span leaves the column blank.
        public var cells: [Span]
        /// The style of the row's gaps and of cells that keep `.plain`.
        public var style: Style

        public init(_ cells: [Span], style: Style = .plain) {
            self.cells = cells
            self.style = style
        }
    }

    public var columns: [Column]
    public var rowCount: Int
    public var rowAt: (Int) -> Row
    public var selected: Int?
    public var headerStyle: Style
    public var selectedStyle: Style
    public var columnSpacing: Int

    /// A table over `rows` held in memory.
    public init(columns: [Column], rows: [Row], selected: Int? = nil,
                headerStyle: Style = Style().bold.underlined, selectedStyle: Style = Style().reversed,
                columnSpacing: Int = 1) {
        self.init(columns: columns, rowCount: rows.count, rowAt: { rows[$0] }, selected: selected,
                  headerStyle: headerStyle, selectedStyle: selectedStyle, columnSpacing: columnSpacing)
    }

    /// A table whose rows are built on demand, only for the visible window.
    public init(columns: [Column], rowCount: Int, rowAt: @escaping (Int) -> Row, selected: Int? = nil,
                headerStyle: Style = Style().bold.underlined, selectedStyle: Style = Style().reversed,
                columnSpacing: Int = 1) {
        self.columns = columns
        self.rowCount = rowCount
        self.rowAt = rowAt
        self.selected = selected
        self.headerStyle = headerStyle
        self.selectedStyle = selectedStyle
        self.columnSpacing = columnSpacing
    }

    /// The index of the first row shown in a body `visibleRows` high: the
    /// window scrolls just enough to keep the selected row in view.
    public func firstVisibleRow(visibleRows: Int) -> Int {
        guard let selected, visibleRows > 0 else { return 0 }
        return max(0, min(selected - visibleRows + 1 + visibleRows / 2, rowCount - visibleRows, selected))
    }

    /// The row index at screen row `y` for a table drawn in `area` (mouse).
    public func rowIndex(atScreenRow y: Int, in area: Rect) -> Int? {
        let body = area.inset(top: 1)
        guard y >= body.y, y < body.maxY else { return nil }
        let index = firstVisibleRow(visibleRows: body.height) + (y - body.y)
        return index < rowCount ? index : nil
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let columnAreas = area.row(0).columns(columns.map(\.width), spacing: columnSpacing)
        buffer.fill(area.row(0), style: headerStyle)
        for (column, cellArea) in zip(columns, columnAreas) {
            buffer.put(column.title, in: cellArea, alignment: column.alignment, style: headerStyle)
        }
        let body = area.inset(top: 1)
        guard !body.isEmpty else { return }
        let first = firstVisibleRow(visibleRows: body.height)
        for line in 0..<min(body.height, max(0, rowCount - first)) {
            let index = first + line
            let row = rowAt(index)
            let y = body.y + line
            let isSelected = index == selected
            let rowStyle = isSelected ? selectedStyle : row.style
            buffer.fill(body.row(line), style: rowStyle)
            for (column, (columnArea, span)) in zip(columns, zip(columnAreas, row.cells)) {
                let style = isSelected ? selectedStyle : (span.style == .plain ? row.style : span.style)
                let cellArea = Rect(x: columnArea.x, y: y, width: columnArea.width, height: 1)
                buffer.put(span.text, in: cellArea, alignment: column.alignment, style: style)
            }
        }
    }
}
