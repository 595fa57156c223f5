/// A terminal colour: the terminal's own default, one of the sixteen named
/// ANSI colours, or an index into the xterm 256-colour palette.
///
/// Screens pick colours by name; the terminal layer then adapts them to what
/// the terminal can show (see `Style.adapted(to:)`), so a view never needs to
/// know whether it is drawing on 256, 8 or no colours.
public enum Color: Hashable, Sendable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow
    case brightBlue, brightMagenta, brightCyan, brightWhite
    /// An xterm palette index (0–255); 0–15 are the named colours.
    case indexed(UInt8)

    /// The xterm palette index of this colour, `nil` for `.default`.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        case .brightBlack: return 8
        case .brightRed: return 9
        case .brightGreen: return 10
        case .brightYellow: return 11
        case .brightBlue: return 12
        case .brightMagenta: return 13
        case .brightCyan: return 14
        case .brightWhite: return 15
        case .indexed(let index): return Int(index)
        }
    }

    /// Bright black and the palette's darker greys: colours that read as
    /// grey text but fold to black when only eight colours exist.
    public var isDarkGrey: Bool {
        guard let index = paletteIndex else { return false }
        return index == 8 || (index >= 232 && index < 244)
    }

    /// The nearest of the eight basic colours (palette 0–7), for 8-colour
    /// terminals; bright variants fold onto their base colour.
    public var basicIndex: Int? {
        guard let index = paletteIndex else { return nil }
        if index < 8 { return index }
        if index < 16 { return index - 8 }
        if index >= 232 {
            // Grey ramp: dark greys read as black, light ones as white.
            return index < 244 ? 0 : 7
        }
        // 6×6×6 cube: threshold each channel at half intensity.
        let cube = index - 16
        let r = cube / 36, g = (cube / 6) % 6, b = cube % 6
        return (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
    }
}

/// How many colours the terminal can show.
public enum ColorCapability: Int, Hashable, Sendable, Comparable {
    /// No colour at all, or `NO_COLOR` is set: only attributes remain.
    case monochrome = 0
    /// The eight basic colours.
    case basic8 = 8
    /// The sixteen named colours.
    case basic16 = 16
    /// The xterm 256-colour palette.
    case palette256 = 256

    /// The capability for a terminal that reports `colors` colours
    /// (ncurses' `COLORS`), or monochrome when `noColor` is requested.
    public init(colors: Int, noColor: Bool) {
        if noColor || colors < 8 {
            self = .monochrome
        } else if colors >= 256 {
            self = .palette256
        } else if colors >= 16 {
            self = .basic16
        } else {
            self = .basic8
        }
    }

    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
