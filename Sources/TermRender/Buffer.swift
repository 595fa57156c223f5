import ColumnWidth

/// A grid of cells the size of the screen (or of a widget under test).
///
/// Views draw into a buffer; the terminal layer paints only what differs
/// from the previous buffer (`diff`). All writes keep the wide-character
/// invariant: a cell of width 2 is always followed by its continuation, and
/// overwriting either half of a wide character blanks the other half.
public struct Buffer: Hashable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public init(size: Size, style: Style = .plain) {
        self.init(width: size.width, height: size.height, style: style)
    }

    public var size: Size { Size(width: width, height: height) }
    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` on row `position.y` from column `position.x`, clipped to
    /// `maxWidth` columns and to the buffer's edge, and returns the columns
    /// used. The text is sanitised first; zero-width clusters with no base
    /// are dropped; a wide character that does not fit leaves a space.
    @discardableResult
    public mutating func put(_ text: String, at position: Point, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        put(text, x: position.x, y: position.y, style: style, maxWidth: maxWidth)
    }

    /// `put(_:at:style:maxWidth:)` with the position as two numbers.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        for character in sanitize(text) {
            if column >= limit { break }
            let w = displayWidth(character)
            if w == 0 { continue }
            if column + w > limit {
                // A wide character with one column left: a space, not half a glyph.
                if column >= 0 { set(.blank(style), x: column, y: y) }
                column += 1
                break
            }
            if column >= 0 {
                set(Cell(String(character), width: w, style: style), x: column, y: y)
            } else if column + w > 0 {
                set(.blank(style), x: 0, y: y)
            }
            column += w
        }
        return max(0, column - max(x, 0))
    }

    /// Puts one cell, keeping wide characters whole. A wide cell that would
    /// not fit at the right edge becomes a space.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height, !cell.isContinuation else { return }
        var cell = cell
        if cell.width == 2 && x == width - 1 { cell = .blank(cell.style) }
        clearWide(x: x, y: y)
        if cell.width == 2 { clearWide(x: x + 1, y: y) }
        cells[y * width + x] = cell
        if cell.width == 2 { cells[y * width + x + 1] = .continuation(cell.style) }
    }

    /// Fills `rect` (clipped to the buffer) with `symbol` in `style`.
    public mutating func fill(_ rect: Rect, with symbol: Character = " ", style: Style = .plain) {
        let clipped = rect.intersection(area)
        let cell = Cell(symbol, style: style)
        let step = max(1, cell.width)
        for y in clipped.y..<clipped.maxY {
            var x = clipped.x
            while x + step <= clipped.maxX {
                set(cell, x: x, y: y)
                x += step
            }
            if x < clipped.maxX { set(.blank(style), x: x, y: y) }
        }
    }

    /// Changes the style of every cell in `rect` and keeps the text, e.g. to
    /// highlight a selected row after drawing it.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let clipped = rect.intersection(area)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { cells[y * width + x].style = style }
        }
    }

    /// Copies `other` into this buffer with its origin at `origin`, clipped.
    public mutating func blit(_ other: Buffer, at origin: Point) {
        for y in 0..<other.height {
            for x in 0..<other.width {
                let cell = other[x, y]
                if !cell.isContinuation { set(cell, x: origin.x + x, y: origin.y + y) }
            }
        }
    }

    /// A buffer of the new size holding what fits of this one; the rest blank.
    public func resized(width: Int, height: Int) -> Buffer {
        var result = Buffer(width: width, height: height)
        result.blit(self, at: Point(x: 0, y: 0))
        return result
    }

    /// The text of each row, continuation cells omitted so a wide character
    /// reads once; trailing spaces kept so tests see exact columns.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                let cell = cells[y * width + x]
                if !cell.isContinuation { line += cell.symbol }
            }
            return line
        }
    }

    /// If (x, y) is either half of a wide character, blanks both halves.
    private mutating func clearWide(x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let index = y * width + x
        let cell = cells[index]
        if cell.isContinuation {
            if x > 0 { cells[index - 1] = .blank(cells[index - 1].style) }
            cells[index] = .blank(cell.style)
        } else if cell.width == 2 {
            cells[index] = .blank(cell.style)
            if x + 1 < width { cells[index + 1] = .blank(cell.style) }
        }
    }
}
