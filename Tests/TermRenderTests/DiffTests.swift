import Testing
@testable import TermRender

@Suite struct DiffTests {
    private func queue(_ names: [String]) -> Buffer {
        var buffer = Buffer(width: 30, height: names.count)
        for (row, name) in names.enumerated() {
            buffer.put(name, x: 0, y: row)
            buffer.put("03:1\(row)", x: 24, y: row)
        }
        return buffer
    }

    @Test func identicalBuffersProduceNoChanges() {
        let frame = queue(["张伟", "김민준", "Alice"])
        #expect(diff(frame, frame).isEmpty)
    }

    @Test func oneChangedRowRepaintsOnlyItsChangedCells() {
        let before = queue(["张伟", "김민준", "Alice"])
        var after = before
        after.put("박", x: 0, y: 1)  // 김 → 박
        let changes = diff(before, after)
        #expect(changes == [Change(x: 0, y: 1, cells: [Cell("박", width: 2), .continuation(.plain)])])
    }

    @Test func changeInContinuationRepaintsTheWholeWideCharacter() {
        var before = Buffer(width: 6, height: 1)
        before.put("ab", x: 0, y: 0)
        var after = before
        after.put("中", x: 1, y: 0)      // covers 'b' and a blank
        let changes = diff(before, after)
        #expect(changes.count == 1)
        #expect(changes[0].x == 1)
        #expect(changes[0].cells.map(\.symbol) == ["中", ""])
        var painted = before
        painted.apply(changes)
        #expect(painted == after)
    }

    @Test func nearbyRunsMergeDistantRunsStaySeparate() {
        var before = Buffer(width: 20, height: 1)
        before.put("aaaaaaaaaaaaaaaaaaaa", x: 0, y: 0)
        var after = before
        after.put("b", x: 1, y: 0)
        after.put("b", x: 4, y: 0)   // gap of 2: merged
        after.put("b", x: 15, y: 0)  // far: its own run
        let changes = diff(before, after)
        #expect(changes.map(\.x) == [1, 15])
        #expect(changes.map(\.cells.count) == [4, 1])
    }

    @Test func applyingTheDiffReproducesTheNewBufferWithCJK() {
        let before = queue(["张伟", "김민준", "Alice", "李娜"])
        let after = queue(["김민준", "Alice", "李娜", "Bob"])
        var painted = before
        painted.apply(diff(before, after))
        #expect(painted.lines() == after.lines())
        #expect(painted == after)
    }
}

@Suite struct MemoryTerminalTests {
    @Test func drawsThroughTheDiffAndReplaysEvents() {
        let terminal = MemoryTerminal(size: Size(width: 10, height: 2), events: [.key(.char("가")), .key(.resize(width: 12, height: 3))])
        var frame = Buffer(size: terminal.size)
        frame.put("대기 3", x: 0, y: 0)
        terminal.draw(frame, cursor: Point(x: 1, y: 1))
        terminal.draw(frame, cursor: Point(x: 1, y: 1))
        frame.put("4", x: 5, y: 0)
        terminal.draw(frame, cursor: nil)
        // The screen starts blank: the first frame paints only "대기 3" (six cells).
        #expect(terminal.paintedCells == [6, 0, 1])
        #expect(terminal.screen.lines() == ["대기 4    ", "          "])
        #expect(terminal.cursor == nil)
        #expect(terminal.nextEvent(timeoutMilliseconds: 0, watching: []) == .key(.char("가")))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0, watching: []) == .key(.resize(width: 12, height: 3)))
        #expect(terminal.size == Size(width: 12, height: 3))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0, watching: []) == .timeout)
    }
}
