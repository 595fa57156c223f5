import Glibc
import Testing
import TermRender
@testable import NcursesTerminal

/// ncurses keeps one global screen, so these run one at a time, each on a
/// headless `newterm` whose output goes to /dev/null or a file we measure.
@Suite(.serialized) struct NcursesTerminalTests {
    private func queueFrame(width: Int, height: Int, names: [String], highlight: Int? = nil) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        let table = Table(
            columns: [.init("Name", width: .fixed(12)), .init("Tier", width: .fixed(6)), .init("Wait", width: .fill(1), alignment: .right)],
            rows: names.enumerated().map { .init([Span($1), "gold", "0:\(10 + $0)"]) },
            selected: highlight)
        table.render(in: buffer.area, buffer: &buffer)
        return buffer
    }

    @Test func paintsCJKAndReadsItBackCellForCell() throws {
        let terminal = try NcursesTerminal.headless(width: 30, height: 4)
        defer { terminal.close() }
        #expect(terminal.size == Size(width: 30, height: 4))
        let frame = queueFrame(width: 30, height: 4, names: ["张伟", "김민준", "\u{1B}]0;pwned\u{07}"])
        terminal.draw(frame, cursor: nil)
        #expect(terminal.screenLines() == frame.lines())
        #expect(terminal.screenLines()[3].hasPrefix("^[]0;pwned^G"))
    }

    @Test func idleFrameWritesNothingAndOneChangedRowIsSmall() throws {
        let path = "/tmp/ncurses-bytes-\(getpid()).out"
        defer { unlink(path) }
        let terminal = try NcursesTerminal.headless(width: 240, height: 67, outputPath: path)
        defer { terminal.close() }
        let names = (0..<66).map { $0 % 2 == 0 ? "客户\($0)" : "고객\($0)" }
        let first = queueFrame(width: 240, height: 67, names: names)
        terminal.draw(first, cursor: nil)
        #expect(terminal.lastFrameCells > 0)
        #expect((terminal.lastFrameBytes ?? 0) > 1000)
        terminal.draw(first, cursor: nil)
        #expect(terminal.lastFrameCells == 0)
        #expect(terminal.lastFrameBytes == 0)
        var changed = names
        changed[20] = "박서연"
        terminal.draw(queueFrame(width: 240, height: 67, names: changed), cursor: nil)
        let bytes = try #require(terminal.lastFrameBytes)
        print("ncurses bytes for one changed queue row at 240x67: \(bytes)")
        #expect(bytes > 0 && bytes < 200)
        #expect(terminal.screenLines()[21].hasPrefix("박서연"))
    }

    @Test func wideCharacterAndFunctionKeysArriveAsKeys() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 5)
        defer { terminal.close() }
        terminal.inject(character: "가")
        #expect(terminal.nextEvent(timeoutMilliseconds: 0, watching: []) == .key(.char("가")))
        terminal.inject(character: "中")
        terminal.inject(character: "\t")
        terminal.inject(.up)
        terminal.inject(.function(5))
        terminal.inject(.backTab)
        terminal.inject(character: "\u{7F}")
        terminal.inject(character: "\u{13}")  // Ctrl-S
        // unget pushes onto a stack: the last pushed comes out first.
        var keys: [TerminalEvent] = []
        for _ in 0..<7 { keys.append(terminal.nextEvent(timeoutMilliseconds: 0, watching: [])) }
        #expect(keys == [.key(.ctrl("s")), .key(.backspace), .key(.backTab), .key(.function(5)), .key(.up), .key(.tab), .key(.char("中"))])
    }

    @Test func mouseClicksArriveWithTheirCell() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 5, options: .init(enableMouse: true))
        defer { terminal.close() }
        terminal.inject(.mouseClick(x: 7, y: 3))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0, watching: []) == .key(.mouseClick(x: 7, y: 3)))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0, watching: []) == .timeout)
    }

    @Test func ctrlCAndTerminationSignalsBecomeSignalEvents() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 5)
        defer { terminal.close() }
        terminal.inject(character: "\u{03}")
        #expect(terminal.nextEvent(timeoutMilliseconds: 0, watching: []) == .signal(SIGINT))
        kill(getpid(), SIGTERM)
        kill(getpid(), SIGHUP)
        let events = (0..<2).map { _ in terminal.nextEvent(timeoutMilliseconds: 100, watching: []) }
        #expect(Set(events) == [.signal(SIGTERM), .signal(SIGHUP)])
    }

    @Test func watchedDescriptorAndTimeoutWakeTheLoop() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 5)
        defer { terminal.close() }
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let start = ContinuousClock.now
        #expect(terminal.nextEvent(timeoutMilliseconds: 60, watching: [ends[0]]) == .timeout)
        #expect(ContinuousClock.now - start >= .milliseconds(55))
        var byte: UInt8 = 1
        #expect(write(ends[1], &byte, 1) == 1)
        #expect(terminal.nextEvent(timeoutMilliseconds: 1000, watching: [ends[0]]) == .readable(ends[0]))
    }

    @Test func resizeRepaintsEverything() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 3)
        defer { terminal.close() }
        var small = Buffer(width: 20, height: 3)
        small.put("李娜 waiting", x: 0, y: 0)
        terminal.draw(small, cursor: nil)
        terminal.simulateResize(width: 30, height: 4)
        #expect(terminal.nextEvent(timeoutMilliseconds: 0, watching: []) == .key(.resize(width: 30, height: 4)))
        #expect(terminal.size == Size(width: 30, height: 4))
        var large = Buffer(width: 30, height: 4)
        large.put("李娜 waiting", x: 0, y: 0)
        large.put("row four", x: 0, y: 3)
        terminal.draw(large, cursor: Point(x: 2, y: 1))
        #expect(terminal.lastFrameCells == 30 * 4 - 2)  // every cell but two continuations
        #expect(terminal.screenLines() == large.lines())
    }

    @Test func monochromeKeepsAlertsVisibleWithAttributes() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 2, options: .init(noColor: true))
        defer { terminal.close() }
        #expect(terminal.colorCapability == .monochrome)
        var buffer = Buffer(width: 20, height: 2)
        buffer.put("OVERDUE", x: 0, y: 0, style: Style(fg: .white, bg: .red))
        buffer.put("late", x: 0, y: 1, style: Style(fg: .red))
        terminal.draw(buffer, cursor: nil)
        #expect(terminal.cellLook(x: 0, y: 0) == (attributes: [.reverse], colored: false))
        #expect(terminal.cellLook(x: 0, y: 1) == (attributes: [.bold], colored: false))
    }

    @Test func colourTerminalUsesColourPairs() throws {
        let terminal = try NcursesTerminal.headless(width: 20, height: 1, options: .init(noColor: false))
        defer { terminal.close() }
        #expect(terminal.colorCapability == .palette256)
        var buffer = Buffer(width: 20, height: 1)
        buffer.put("ok", x: 0, y: 0, style: Style(fg: .green).bold)
        buffer.put("plain", x: 5, y: 0)
        terminal.draw(buffer, cursor: nil)
        #expect(terminal.cellLook(x: 0, y: 0) == (attributes: [.bold], colored: true))
        #expect(terminal.cellLook(x: 5, y: 0) == (attributes: [], colored: false))
    }
}
