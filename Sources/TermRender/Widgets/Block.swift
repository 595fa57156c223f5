/// A box with an optional title on its top border — the frame around every
/// panel. Draw it, then draw the panel's content into `inner(_:)`.
public struct Block: Widget, Sendable {
    /// The line-drawing characters of a border.
    public struct Border: Hashable, Sendable {
        public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character

        public static let plain = Border(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
        public static let rounded = Border(horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯")
        public static let double = Border(horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝")
        public static let heavy = Border(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
    }

    public var title: String?
    public var titleStyle: Style
    public var titleAlignment: Alignment
    public var border: Border
    public var borderStyle: Style

    public init(title: String? = nil, titleStyle: Style = Style().bold, titleAlignment: Alignment = .left,
                border: Border = .plain, borderStyle: Style = .plain) {
        self.title = title
        self.titleStyle = titleStyle
        self.titleAlignment = titleAlignment
        self.border = border
        self.borderStyle = borderStyle
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        let top = area.y, bottom = area.maxY - 1, left = area.x, right = area.maxX - 1
        buffer.fill(Rect(x: left + 1, y: top, width: area.width - 2, height: 1), with: border.horizontal, style: borderStyle)
        buffer.fill(Rect(x: left + 1, y: bottom, width: area.width - 2, height: 1), with: border.horizontal, style: borderStyle)
        buffer.fill(Rect(x: left, y: top + 1, width: 1, height: area.height - 2), with: border.vertical, style: borderStyle)
        buffer.fill(Rect(x: right, y: top + 1, width: 1, height: area.height - 2), with: border.vertical, style: borderStyle)
        buffer.set(Cell(border.topLeft, style: borderStyle), x: left, y: top)
        buffer.set(Cell(border.topRight, style: borderStyle), x: right, y: top)
        buffer.set(Cell(border.bottomLeft, style: borderStyle), x: left, y: bottom)
        buffer.set(Cell(border.bottomRight, style: borderStyle), x: right, y: bottom)
        if let title, area.width > 4 {
            // " title " on the top border, between the corners.
            let room = Rect(x: left + 1, y: top, width: area.width - 2, height: 1)
            let text = " " + truncate(title, toWidth: room.width - 2) + " "
            buffer.put(text, in: room, alignment: titleAlignment, style: titleStyle)
        }
    }
}
