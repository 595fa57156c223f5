/// A terminal in memory, for running the UI loop in tests: it keeps the
/// screen as a `Buffer`, paints through the same `diff` a real terminal
/// uses (so tests can check how much each frame repaints), and replays a
/// script of events.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public let colorCapability: ColorCapability
    /// What the screen shows now.
    public private(set) var screen: Buffer
    /// Where the cursor is, `nil` when hidden.
    public private(set) var cursor: Point?
    /// Cells repainted by each `draw`, oldest first.
    public private(set) var paintedCells: [Int] = []
    /// How many times the bell rang.
    public private(set) var bells = 0
    /// Events `nextEvent` returns, first first; `.timeout` once empty.
    public var pendingEvents: [TerminalEvent]

    public init(size: Size, colorCapability: ColorCapability = .palette256, events: [TerminalEvent] = []) {
        self.size = size
        self.colorCapability = colorCapability
        screen = Buffer(size: size)
        pendingEvents = events
    }

    public func draw(_ buffer: Buffer, cursor: Point?) {
        let changes = diff(screen, buffer)
        if buffer.size != screen.size { screen = Buffer(size: buffer.size) }
        screen.apply(changes)
        paintedCells.append(changes.reduce(0) { $0 + $1.cells.count })
        self.cursor = cursor
    }

    public func bell() { bells += 1 }

    /// Returns the next scripted event; a `.key(.resize)` also resizes.
    public func nextEvent(timeoutMilliseconds timeout: Int, watching: [Int32]) -> TerminalEvent {
        guard !pendingEvents.isEmpty else { return .timeout }
        let event = pendingEvents.removeFirst()
        if case .key(.resize(let width, let height)) = event {
            size = Size(width: width, height: height)
        }
        return event
    }
}
