/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
}

/// How a cell looks: foreground, background and attributes.
public struct Style: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var attributes: TextAttributes

    public init(fg: Color = .default, bg: Color = .default, attributes: TextAttributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()

    public func fg(_ color: Color) -> Style { var s = self; s.fg = color; return s }
    public func bg(_ color: Color) -> Style { var s = self; s.bg = color; return s }
    public func with(_ extra: TextAttributes) -> Style {
        var s = self; s.attributes.formUnion(extra); return s
    }
    public var bold: Style { with(.bold) }
    public var dim: Style { with(.dim) }
    public var reversed: Style { with(.reverse) }
    public var underlined: Style { with(.underline) }

    /// This style as a terminal with `capability` can show it.
    ///
    /// Colour carries meaning on this floor (a wait past its service level
    /// turns red), so monochrome must not simply drop it: a coloured
    /// background becomes reverse video and a coloured foreground becomes
    /// bold, which keeps highlighted rows and alerts visible. On 8 colours
    /// bright and palette colours fold to their nearest basic colour. A grey
    /// foreground (bright black, the dark greys of the palette) would fold to
    /// black and vanish on a dark screen, so on 8 colours or none it becomes
    /// the default colour, dimmed.
    public func adapted(to capability: ColorCapability) -> Style {
        switch capability {
        case .palette256:
            return self
        case .basic16:
            return Style(fg: Self.fold16(fg), bg: Self.fold16(bg), attributes: attributes)
        case .basic8:
            if fg.isDarkGrey && bg == .default { return Style(attributes: attributes.union(.dim)) }
            return Style(fg: Self.fold8(fg), bg: Self.fold8(bg), attributes: attributes)
        case .monochrome:
            var attributes = self.attributes
            if bg != .default { attributes.insert(.reverse) }
            if fg != .default && bg == .default { attributes.insert(fg.isDarkGrey ? .dim : .bold) }
            return Style(attributes: attributes)
        }
    }

    private static let basics: [Color] = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]
    private static let brights: [Color] = [
        .brightBlack, .brightRed, .brightGreen, .brightYellow,
        .brightBlue, .brightMagenta, .brightCyan, .brightWhite,
    ]

    private static func fold8(_ color: Color) -> Color {
        guard let index = color.basicIndex else { return .default }
        return basics[index]
    }

    private static func fold16(_ color: Color) -> Color {
        guard let index = color.paletteIndex else { return .default }
        if index < 16 { return index < 8 ? basics[index] : brights[index - 8] }
        return fold8(color)
    }
}
