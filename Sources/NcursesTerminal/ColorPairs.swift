import CNcursesW
import TermRender

/// Turns `Style`s into ncurses attributes and colour pairs, allocating a
/// pair the first time a foreground/background combination is used and
/// caching the result, since the same few styles repeat in every frame.
struct ColorPairs {
    let capability: ColorCapability
    private var pairs: [Pair: Int32] = [:]
    private var looks: [Style: (attributes: attr_t, pair: Int32)] = [:]
    private let maxPairs: Int32

    private struct Pair: Hashable {
        var fg: Int32
        var bg: Int32
    }

    init(capability: ColorCapability) {
        self.capability = capability
        maxPairs = capability == .monochrome ? 0 : min(hd_color_pairs(), 32_767)
    }

    /// The attributes and pair to paint `style` with on this terminal.
    mutating func look(for style: Style) -> (attributes: attr_t, pair: Int32) {
        if let known = looks[style] { return known }
        let shown = style.adapted(to: capability)
        var attributes = hd_a_normal()
        if shown.attributes.contains(.bold) { attributes |= hd_a_bold() }
        if shown.attributes.contains(.dim) { attributes |= hd_a_dim() }
        if shown.attributes.contains(.reverse) { attributes |= hd_a_reverse() }
        if shown.attributes.contains(.underline) { attributes |= hd_a_underline() }
        let result = (attributes, pair(fg: shown.fg, bg: shown.bg))
        looks[style] = result
        return result
    }

    /// Pair 0 is the terminal default; others are allocated in order of
    /// first use. When pairs run out, colour falls back to the default
    /// rather than reusing a pair that means something else.
    private mutating func pair(fg: Color, bg: Color) -> Int32 {
        guard capability != .monochrome else { return 0 }
        let key = Pair(fg: Int32(fg.paletteIndex ?? -1), bg: Int32(bg.paletteIndex ?? -1))
        if key.fg == -1 && key.bg == -1 { return 0 }
        if let known = pairs[key] { return known }
        let number = Int32(pairs.count + 1)
        guard number < maxPairs, init_extended_pair(number, key.fg, key.bg) != ERR else { return 0 }
        pairs[key] = number
        return number
    }
}
