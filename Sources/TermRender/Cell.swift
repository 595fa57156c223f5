import ColumnWidth

/// One screen cell: a grapheme cluster, the columns it covers and its style.
///
/// A wide (two-column) character lives in its own cell with `width == 2`;
/// the cell to its right is a *continuation* (`width == 0`, empty symbol)
/// that the terminal covers with the right half of the glyph. Keeping the
/// continuation explicit is what lets the buffer never split a wide
/// character and the diff repaint a wide character as one unit.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; `""` for a continuation cell.
    public var symbol: String
    /// Columns covered: 1 or 2, or 0 for a continuation cell.
    public var width: Int
    public var style: Style

    public init(_ symbol: String, width: Int, style: Style = .plain) {
        self.symbol = symbol
        self.width = width
        self.style = style
    }

    /// A cell holding `character`, measured; the caller must have sanitised it.
    public init(_ character: Character, style: Style = .plain) {
        self.init(String(character), width: displayWidth(character), style: style)
    }

    /// An empty cell: one space in `style`.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(" ", width: 1, style: style)
    }

    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell {
        Cell("", width: 0, style: style)
    }

    public var isContinuation: Bool { width == 0 }
}
