import TermRender

/// Where each part of the wallboard goes for a terminal size: "too small"
/// below `minimum`; a compact layout (the 80x24 of a spare terminal); and
/// from `bigFrom` a row of headline figures in big digits, readable across
/// the room, over the detail panels.
public struct WallboardLayout: Equatable, Sendable {
    public static let minimum = Size(width: 60, height: 16)
    public static let bigFrom = Size(width: 120, height: 36)

    public var tooSmall: Bool
    public var title: Rect
    public var status: Rect
    /// The big-figure tiles (big layout only).
    public var headline: Rect?
    /// Rows and columns each glyph pixel of the big digits takes.
    public var digitScale: Int
    public var queue: Rect
    public var service: Rect
    /// The per-queue or per-team table (those screens: it takes the queue
    /// and service places).
    public var table: Rect
    public var agents: Rect
    public var complaints: Rect

    public init(size: Size, screen: WallboardModel.Screen) {
        tooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        title = Rect(x: 0, y: 0, width: size.width, height: 1)
        status = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1)
        var body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        let big = size.width >= Self.bigFrom.width && size.height >= Self.bigFrom.height
        digitScale = size.height >= 46 ? 2 : 1
        if big {
            let tiles = body.rows([.fixed(BigDigits.glyphHeight * digitScale + 2), .fill(1)])
            headline = tiles[0]
            body = tiles[1]
            let columns = body.columns([.percent(30), .percent(35), .fill(1)])
            let middle = columns[1].rows([.fixed(10), .fill(1)])
            queue = columns[0]
            service = middle[0]
            complaints = middle[1]
            agents = columns[2]
            let split = body.rows([.percent(40), .fill(1)])
            let lower = split[1].columns([.percent(50), .fill(1)])
            table = split[0]
            if screen.isTable {
                agents = lower[0]
                complaints = lower[1]
            }
        } else {
            headline = nil
            let rows = body.rows([.fixed(min(9, body.height / 2)), .fill(1)])
            let top = rows[0].columns([.percent(45), .fill(1)])
            let bottom = rows[1].columns([.percent(50), .fill(1)])
            queue = top[0]
            service = top[1]
            table = rows[0]
            agents = bottom[0]
            complaints = bottom[1]
        }
    }
}
