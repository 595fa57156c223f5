/// A key press (or mouse click, or resize) as the UI sees it, with no
/// ncurses in sight: the terminal layer translates its codes into these, and
/// tests feed them directly.
public enum Key: Hashable, Sendable {
    /// A printable character, wide characters included (`"가"`, `"中"`).
    case char(Character)
    /// Ctrl with a letter, lowercased: Ctrl-S is `.ctrl("s")`.
    case ctrl(Character)
    case up, down, left, right
    case tab, backTab, enter, escape, backspace, delete, insert
    case home, end, pageUp, pageDown
    /// F1 through F12.
    case function(Int)
    /// The terminal now has this size; the screen must be redrawn whole.
    case resize(width: Int, height: Int)
    /// A mouse button press at this cell.
    case mouseClick(x: Int, y: Int)
}

/// Whatever woke the UI loop.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// SIGINT, SIGTERM or SIGHUP arrived: save drafts and leave cleanly.
    case signal(Int32)
    /// One of the extra descriptors passed to `nextEvent` is readable
    /// (for example the store's inotify descriptor).
    case readable(Int32)
    /// The timeout passed with nothing else happening: time to tick.
    case timeout
}
