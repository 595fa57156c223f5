/// Large digits for the wallboard, readable across a room: each glyph is
/// five rows of block characters, optionally scaled up. Covers `0`–`9`,
/// `:`, `%`, `.`, `-`, `/` and space; any other character draws as a space.
public struct BigDigits: Widget, Sendable {
    public var text: String
    public var style: Style
    /// Each glyph pixel becomes `scale` columns wide and `scale` rows high.
    public var scale: Int
    public var alignment: Alignment

    public init(_ text: String, style: Style = .plain, scale: Int = 1, alignment: Alignment = .left) {
        self.text = text
        self.style = style
        self.scale = max(1, scale)
        self.alignment = alignment
    }

    /// Rows of the unscaled font.
    public static let glyphHeight = 5

    /// The rows the text takes.
    public var height: Int { Self.glyphHeight * scale }

    /// The columns the text takes: glyphs plus one-pixel gaps between them.
    public var width: Int {
        let glyphs = text.map { Self.glyph(for: $0)[0].count }
        guard !glyphs.isEmpty else { return 0 }
        return (glyphs.reduce(0, +) + glyphs.count - 1) * scale
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let slack = max(0, area.width - width)
        var x = area.x + (alignment == .left ? 0 : alignment == .center ? slack / 2 : slack)
        for character in text {
            let glyph = Self.glyph(for: character)
            for (row, pattern) in glyph.enumerated() {
                for (column, pixel) in pattern.enumerated() where pixel == "#" {
                    let pixelArea = Rect(x: x + column * scale, y: area.y + row * scale, width: scale, height: scale)
                    buffer.fill(pixelArea.intersection(area), with: "█", style: style)
                }
            }
            x += (glyph[0].count + 1) * scale
        }
    }

    static func glyph(for character: Character) -> [String] {
        font[character] ?? font[" "]!
    }

    private static let font: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", " ##", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", " # ", " # "],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
        ".": [" ", " ", " ", " ", "#"],
        "-": ["   ", "   ", "###", "   ", "   "],
        "/": ["  #", "  #", " # ", "#  ", "#  "],
        "%": ["# #", "  #", " # ", "#  ", "# #"],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]
}
