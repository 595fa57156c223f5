import CNcursesW
import CTermSupport
import ColumnWidth
import Glibc
import TermRender

/// The real terminal, through ncurses: the only type in the program that
/// touches it.
///
/// Opening it selects a UTF-8 locale, starts ncurses in raw mode with
/// keypad translation, picks colours (256, 8 or none; `NO_COLOR` honoured),
/// and arranges that the terminal is restored however the process ends:
/// `close()` (also run by `deinit`), SIGINT/SIGTERM/SIGHUP delivered as
/// `.signal` events for the UI to save and leave, and a C handler that
/// restores the screen before a crash report prints.
///
/// ncurses' state is global, so only one `NcursesTerminal` may be open at
/// a time.
public final class NcursesTerminal: Terminal {
    public struct Options: Sendable {
        /// Report mouse clicks as `.mouseClick`. Off by default because a
        /// terminal that reports the mouse stops selecting text for copy.
        public var enableMouse: Bool
        /// Draw without colour (attributes only). Defaults to whether the
        /// `NO_COLOR` environment variable is set and not empty.
        public var noColor: Bool
        /// Deliver SIGINT, SIGTERM and SIGHUP as `.signal` events.
        public var catchTerminationSignals: Bool

        public init(enableMouse: Bool = false, noColor: Bool = NcursesTerminal.noColorRequested,
                    catchTerminationSignals: Bool = true) {
            self.enableMouse = enableMouse
            self.noColor = noColor
            self.catchTerminationSignals = catchTerminationSignals
        }
    }

    /// Whether `NO_COLOR` is set to a non-empty value (no-color.org).
    public static var noColorRequested: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }

    public private(set) var size: Size
    public let colorCapability: ColorCapability
    /// The locale selected at start-up.
    public let localeName: String
    /// Cells painted by the last `draw` (0 for an idle frame).
    public private(set) var lastFrameCells = 0
    /// Bytes the last `draw` wrote to the terminal, when the output is a
    /// regular file (see `headless`); nil on a real terminal.
    public private(set) var lastFrameBytes: Int?

    private var screen: OpaquePointer?
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    /// The descriptor polled for key presses; nil when headless.
    private let inputDescriptor: Int32?
    private var painted: Buffer
    private var shownCursor: Point?? = .none
    private var cursorVisible: Bool?
    private var pairs: ColorPairs
    private let signalPipe: SignalPipe?
    private var pendingSignals: [Int32] = []

    /// Opens the controlling terminal (standard input and output).
    public convenience init(options: Options = Options()) throws {
        Self.unblockTerminalSignals()
        let locale = try UTF8Locale.activate()
        guard let output = fdopen(fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 0), "w"),
              let input = fdopen(fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0), "r") else {
            throw TerminalError.system(call: "fdopen", errno: errno)
        }
        try self.init(term: nil, output: output, input: input, inputDescriptor: STDIN_FILENO,
                      size: nil, locale: locale, options: options)
    }

    /// Opens ncurses on a terminal description with no tty: output goes to
    /// `outputPath` (a regular file lets `lastFrameBytes` count every byte
    /// of each frame) and keys come only from `inject`. For tests and the
    /// benchmark.
    public static func headless(width: Int, height: Int, term: String = "xterm-256color",
                                outputPath: String = "/dev/null", options: Options = Options()) throws -> NcursesTerminal {
        let locale = try UTF8Locale.activate()
        guard let output = fopen(outputPath, "w"), let input = fopen("/dev/null", "r") else {
            throw TerminalError.system(call: "fopen", errno: errno)
        }
        return try NcursesTerminal(term: term, output: output, input: input, inputDescriptor: nil,
                                   size: Size(width: width, height: height), locale: locale, options: options)
    }

    private init(term: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
                 inputDescriptor: Int32?, size: Size?, locale: String, options: Options) throws {
        self.output = output
        self.input = input
        self.inputDescriptor = inputDescriptor
        localeName = locale
        guard let screen = newterm(term, output, input) else {
            fclose(output)
            fclose(input)
            throw TerminalError.cannotStart(term: term ?? getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        set_term(screen)
        if let size { resize_term(Int32(size.height), Int32(size.width)) }
        raw()
        noecho()
        nonl()
        keypad(hd_stdscr(), true)
        wtimeout(hd_stdscr(), 0)
        set_escdelay(25)
        if options.enableMouse {
            mousemask(hd_button1_pressed(), nil)
            mouseinterval(0)
        }
        var capability = ColorCapability.monochrome
        if !options.noColor && has_colors() {
            start_color()
            use_default_colors()
            capability = ColorCapability(colors: Int(hd_colors()), noColor: false)
        }
        colorCapability = capability
        pairs = ColorPairs(capability: capability)
        self.size = Size(width: Int(hd_cols()), height: Int(hd_lines()))
        painted = Buffer(width: 0, height: 0)
        term_support_install_fatal_handlers(endwin)
        term_support_set_screen_active(1)
        do {
            signalPipe = options.catchTerminationSignals ? try SignalPipe() : nil
        } catch {
            term_support_set_screen_active(0)
            endwin()
            delscreen(screen)
            fclose(output)
            fclose(input)
            throw error
        }
    }

    deinit {
        close()
    }

    /// A console started by a parent that blocks signals (a supervisor, a
    /// test runner's thread) inherits that mask and would never see a
    /// resize or a hang-up; unblock the signals a terminal program lives by.
    private static func unblockTerminalSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGWINCH, SIGHUP, SIGINT, SIGTERM, SIGCONT, SIGTSTP] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Restores the terminal and releases ncurses. Safe to call twice.
    public func close() {
        guard let screen else { return }
        term_support_set_screen_active(0)
        signalPipe?.close()
        endwin()
        delscreen(screen)
        fclose(output)
        fclose(input)
        self.screen = nil
    }

    public func bell() { beep() }

    /// Paints the cells of `buffer` that differ from the last frame and
    /// places the cursor. An unchanged frame writes nothing at all.
    public func draw(_ buffer: Buffer, cursor: Point?) {
        guard screen != nil else { return }
        let before = outputOffset()
        let changes = diff(painted, buffer)
        let window = hd_stdscr()
        let rows = Int(hd_lines()), columns = Int(hd_cols())
        var cells = 0
        for change in changes where change.y < rows {
            var x = change.x
            for cell in change.cells {
                defer { x += 1 }
                guard !cell.isContinuation, x < columns else { continue }
                paint(cell, x: x, y: change.y, in: window)
                cells += 1
            }
        }
        painted = buffer
        lastFrameCells = cells
        let cursorMoved = shownCursor == nil || shownCursor! != cursor
        guard cells > 0 || cursorMoved else {
            lastFrameBytes = before == nil ? nil : 0
            return
        }
        if let cursor, cursor.x >= 0, cursor.x < columns, cursor.y >= 0, cursor.y < rows {
            setCursorVisible(true)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            setCursorVisible(false)
        }
        shownCursor = .some(cursor)
        wnoutrefresh(window)
        doupdate()
        if let before, let after = outputOffset() { lastFrameBytes = after - before }
    }

    /// Waits for a key, a termination signal or a watched descriptor, at
    /// most `timeout` milliseconds. Signals come first, then keys, then
    /// descriptors. Ctrl-C arrives as `.signal(SIGINT)` (raw mode keeps the
    /// tty from sending it); a closed terminal as `.signal(SIGHUP)`.
    public func nextEvent(timeoutMilliseconds timeout: Int, watching descriptors: [Int32]) -> TerminalEvent {
        let deadline = ContinuousClock.now + .milliseconds(max(0, timeout))
        while true {
            if let event = pendingEvent() { return event }
            var polled: [pollfd] = []
            if let signalPipe { polled.append(pollfd(fd: signalPipe.readEnd, events: Int16(POLLIN), revents: 0)) }
            if let inputDescriptor { polled.append(pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)) }
            polled += descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let remaining = deadline - ContinuousClock.now
            let milliseconds = max(0, Int32(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000))
            let ready = poll(&polled, nfds_t(polled.count), milliseconds)
            if ready < 0 {
                // EINTR: most often SIGWINCH, whose KEY_RESIZE get_wch now returns.
                if errno == EINTR { continue }
                return .timeout
            }
            if ready == 0 {
                return pendingEvent() ?? .timeout
            }
            for entry in polled where entry.fd == inputDescriptor && entry.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                if entry.revents & Int16(POLLIN) == 0 { return .signal(SIGHUP) }
            }
            if let event = pendingEvent() { return event }
            let watched = Set(descriptors)
            if let entry = polled.first(where: { watched.contains($0.fd) && $0.revents != 0 }) {
                return .readable(entry.fd)
            }
            if ContinuousClock.now >= deadline { return .timeout }
        }
    }

    /// Pushes a character into ncurses' input queue as if typed, to be
    /// read back through the real `get_wch` translation. ncurses keeps
    /// pushed input as a stack: the last pushed is read first.
    public func inject(character scalar: Unicode.Scalar) {
        unget_wch(wchar_t(bitPattern: scalar.value))
    }

    /// Pushes a function key (arrows, Home, F1–F12, Shift-Tab…) as its
    /// ncurses code, or a mouse click as a mouse event (when the mouse is
    /// enabled); other keys are not function keys and are ignored.
    public func inject(_ key: Key) {
        if case .mouseClick(let x, let y) = key {
            var event = MEVENT(id: 0, x: Int32(x), y: Int32(y), z: 0, bstate: hd_button1_pressed())
            ungetmouse(&event)
        } else if let code = KeyTranslation.code(for: key) {
            ungetch(code)
        }
    }

    /// Resizes ncurses' screen as its SIGWINCH handling does and queues
    /// `KEY_RESIZE`; lets tests exercise the resize path without a tty.
    public func simulateResize(width: Int, height: Int) {
        resize_term(Int32(height), Int32(width))
        ungetch(hd_key_resize())
    }

    /// The text ncurses holds for each row, wide characters once: what the
    /// terminal shows, read back for tests.
    public func screenLines() -> [String] {
        let window = hd_stdscr()
        let columns = Int(hd_cols())
        return (0..<Int(hd_lines())).map { y in
            var chars = [wchar_t](repeating: 0, count: columns + 1)
            let count = hd_read_row(window, Int32(y), 0, &chars, Int32(columns))
            guard count > 0 else { return "" }
            var line = String.UnicodeScalarView()
            for value in chars[0..<Int(count)] {
                if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { line.append(scalar) }
            }
            return String(line)
        }
    }

    /// The attributes ncurses holds for the cell at (x, y), and whether it
    /// has a colour pair: for tests of colour and monochrome output.
    public func cellLook(x: Int, y: Int) -> (attributes: TextAttributes, colored: Bool) {
        var attributes: attr_t = 0
        var pair: Int32 = 0
        guard hd_cell_look(hd_stdscr(), Int32(y), Int32(x), &attributes, &pair) != ERR else { return ([], false) }
        var result: TextAttributes = []
        if attributes & hd_a_bold() != 0 { result.insert(.bold) }
        if attributes & hd_a_dim() != 0 { result.insert(.dim) }
        if attributes & hd_a_reverse() != 0 { result.insert(.reverse) }
        if attributes & hd_a_underline() != 0 { result.insert(.underline) }
        return (result, pair != 0)
    }

    /// A signal, resize or key already waiting, without blocking.
    private func pendingEvent() -> TerminalEvent? {
        if let signalPipe { pendingSignals += signalPipe.drain() }
        if !pendingSignals.isEmpty { return .signal(pendingSignals.removeFirst()) }
        while true {
            var value: wint_t = 0
            let status = wget_wch(hd_stdscr(), &value)
            if status == ERR { return nil }
            if status == hd_key_code_yes() {
                let code = Int32(bitPattern: value)
                if code == hd_key_resize() { return .key(resized()) }
                if code == hd_key_mouse() {
                    var event = MEVENT()
                    // Only presses of the first button count; releases and the wheel do not.
                    if getmouse(&event) == OK, event.bstate & hd_button1_pressed() != 0 {
                        return .key(.mouseClick(x: Int(event.x), y: Int(event.y)))
                    }
                    continue
                }
                if let key = KeyTranslation.key(forKeyCode: code) { return .key(key) }
                continue
            }
            if value == 0x03 { return .signal(SIGINT) }
            if let key = KeyTranslation.key(forCharacter: value) { return .key(key) }
        }
    }

    /// After SIGWINCH ncurses has resized its screen; the next frame must
    /// repaint every cell, and the physical screen is cleared first so no
    /// stale glyph survives the terminal's own reflow.
    private func resized() -> Key {
        size = Size(width: Int(hd_cols()), height: Int(hd_lines()))
        painted = Buffer(width: 0, height: 0)
        clearok(hd_curscr(), true)
        return .resize(width: size.width, height: size.height)
    }

    private func paint(_ cell: Cell, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>?) {
        let look = pairs.look(for: cell.style)
        var chars: [wchar_t] = []
        var baseWidth = 0
        for scalar in cell.symbol.unicodeScalars {
            if chars.isEmpty {
                baseWidth = displayWidth(scalar)
                guard baseWidth > 0 else { break }
                chars.append(wchar_t(bitPattern: scalar.value))
            } else if displayWidth(scalar) == 0 && chars.count < 5 {
                chars.append(wchar_t(bitPattern: scalar.value))
            }
        }
        if chars.isEmpty {
            // Nothing drawable: keep the columns with spaces.
            chars = [0x20]
            baseWidth = 1
        }
        chars.append(0)
        hd_put_cell(window, Int32(y), Int32(x), chars, look.attributes, look.pair)
        // A cluster ncurses draws narrower than the grid measured it (a
        // flag drawn as one regional indicator) leaves its second column
        // blank rather than stale.
        if baseWidth < cell.width {
            var space: [wchar_t] = [0x20, 0]
            hd_put_cell(window, Int32(y), Int32(x + 1), &space, look.attributes, look.pair)
        }
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        curs_set(visible ? 1 : 0)
        cursorVisible = visible
    }

    /// How far the output file has grown, for counting bytes per frame;
    /// nil unless the output is a regular file.
    private func outputOffset() -> Int? {
        var status = stat()
        guard fstat(fileno(output), &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }
}
