/// The screen and keyboard the UI runs against: ncurses in production
/// (`NcursesTerminal`), `MemoryTerminal` in tests.
///
/// The UI loop is: wait for `nextEvent`, update its state, render a
/// `Buffer` of `size`, `draw` it. The terminal paints only the cells that
/// differ from the last buffer it drew.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// How many colours can be shown (monochrome under `NO_COLOR`).
    var colorCapability: ColorCapability { get }
    /// Shows `buffer`, painting only what changed since the last draw, and
    /// puts the visible cursor at `cursor` (hidden when `nil`).
    func draw(_ buffer: Buffer, cursor: Point?)
    /// Waits up to `timeout` milliseconds for a key, a signal or one of
    /// `watching` descriptors to become readable; `.timeout` if none did.
    func nextEvent(timeoutMilliseconds timeout: Int, watching: [Int32]) -> TerminalEvent
    /// Rings the terminal bell, to draw the eye to something that just arrived.
    func bell()
}
