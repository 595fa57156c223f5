import ColumnWidth

/// Something that draws itself into a rectangle of a buffer, as in ratatui:
/// widgets are plain values built fresh for each frame.
public protocol Widget {
    func render(in area: Rect, buffer: inout Buffer)
}

/// A piece of text in one style.
public struct Span: Hashable, Sendable, ExpressibleByStringInterpolation {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(String(stringInterpolation: stringInterpolation))
    }
}

/// How text sits inside the width it is given.
public enum Alignment: Hashable, Sendable {
    case left, center, right
}

extension Buffer {
    /// Writes spans one after another on row `y` from column `x`, clipped to
    /// `maxWidth` columns; returns the columns used.
    @discardableResult
    public mutating func put(_ spans: [Span], x: Int, y: Int, maxWidth: Int) -> Int {
        var used = 0
        for span in spans where used < maxWidth {
            used += put(span.text, x: x + used, y: y, style: span.style, maxWidth: maxWidth - used)
        }
        return used
    }

    /// Writes `text` aligned inside the one-row `area`, truncated with an
    /// ellipsis when it is wider.
    public mutating func put(_ text: String, in area: Rect, alignment: Alignment, style: Style = .plain) {
        guard !area.isEmpty else { return }
        let cut = truncate(text, toWidth: area.width)
        let slack = area.width - displayWidth(cut)
        let offset: Int
        switch alignment {
        case .left: offset = 0
        case .center: offset = slack / 2
        case .right: offset = slack
        }
        put(cut, x: area.x + offset, y: area.y, style: style, maxWidth: area.width - offset)
    }
}
