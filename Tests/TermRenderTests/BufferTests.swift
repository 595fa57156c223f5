import Testing
@testable import TermRender

@Suite struct BufferTests {
    @Test func putWritesTextAndReportsColumns() {
        var buffer = Buffer(width: 8, height: 2)
        #expect(buffer.put("张伟 ok", x: 0, y: 0) == 7)
        #expect(buffer.lines() == ["张伟 ok ", "        "])
        #expect(buffer[0, 0].width == 2)
        #expect(buffer[1, 0].isContinuation)
    }

    @Test func wideCharacterThatDoesNotFitLeavesASpace() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.fill(buffer.area, with: ".")
        buffer.put("김민준", x: 0, y: 0)
        #expect(buffer.lines() == ["김민 "])
        var clipped = Buffer(width: 10, height: 1)
        clipped.fill(clipped.area, with: ".")
        clipped.put("李娜娜", x: 1, y: 0, maxWidth: 5)
        #expect(clipped.lines() == [".李娜 ...."])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.put("中文字", x: 0, y: 0)
        buffer.put("x", x: 3, y: 0)    // right half of 文
        #expect(buffer.lines() == ["中 x字"])
        buffer.put("y", x: 4, y: 0)    // left half of 字
        #expect(buffer.lines() == ["中 xy "])
    }

    @Test func hostileNameIsDrawnAsHarmlessText() {
        var buffer = Buffer(width: 20, height: 1)
        buffer.put("\u{1B}[2J\u{1B}]0;pwned\u{07}", x: 0, y: 0)
        #expect(buffer.lines() == ["^[[2J^[]0;pwned^G   "])
    }

    @Test func resizeKeepsWhatFits() {
        var buffer = Buffer(width: 4, height: 2)
        buffer.put("abcd", x: 0, y: 0)
        buffer.put("한국", x: 0, y: 1)
        let smaller = buffer.resized(width: 3, height: 3)
        #expect(smaller.lines() == ["abc", "한 ", "   "])
    }
}
