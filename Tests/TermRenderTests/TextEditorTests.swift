import Testing
@testable import TermRender

@Suite struct TextEditorTests {
    @Test func editsByGraphemeWithCJKAndCombiningMarks() {
        var editor = TextEditor("안녕")
        editor.insert("하세요")
        #expect(editor.text == "안녕하세요")
        editor.deleteBackward()
        #expect(editor.text == "안녕하세")
        editor.moveLeft(); editor.moveLeft()
        editor.insert("X")
        #expect(editor.text == "안녕X하세")
        editor.insert("e")
        editor.insert("\u{301}")  // combining acute joins the e
        #expect(editor.graphemes.count == 6)
        editor.deleteBackward()
        #expect(editor.text == "안녕X하세")
    }

    @Test func singleLineDropsControlsAndNewlines() {
        var editor = TextEditor()
        editor.insert("Eve\u{1B}[2J\nAdams\t!")
        #expect(editor.text == "Eve[2JAdams !")
        let used = [Key.enter, .tab, .up].map { editor.handle($0, width: 10) }
        #expect(used == [false, false, false])
    }

    @Test func singleLineScrollsSidewaysToKeepTheCursorVisible() {
        let editor = TextEditor("김민준박서연")   // 12 columns
        var buffer = Buffer(width: 6, height: 1)
        let cursor = editor.render(in: buffer.area, buffer: &buffer)
        // Cursor at column 12, area 6 wide: shift 7, so the half-visible 박 is a space.
        #expect(buffer.lines() == [" 서연 "])
        #expect(cursor == Point(x: 5, y: 0))
        var narrow = Buffer(width: 7, height: 1)
        let at = editor.render(in: narrow.area, buffer: &narrow)
        #expect(narrow.lines() == ["박서연 "])
        #expect(at == Point(x: 6, y: 0))
    }

    @Test func multiLineWrapsCJKAndReportsCursorScreenPosition() {
        var editor = TextEditor("快递三天没到客户很生气", multiline: true)
        var buffer = Buffer(width: 9, height: 3)   // wraps at 8 columns
        let cursor = editor.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines() == ["快递三天 ", "没到客户 ", "很生气   "])
        #expect(cursor == Point(x: 6, y: 2))
        let movedUp = editor.moveUp(width: 9)
        #expect(movedUp)
        #expect(editor.location(width: 9) == (1, 6))
        editor.moveHome(width: 9)
        #expect(editor.cursor == 4)
        editor.moveEnd(width: 9)
        // End of a softly wrapped line stays on that line, before its last character.
        #expect(editor.location(width: 9) == (1, 6))
        let moves = [editor.moveUp(width: 9), editor.moveUp(width: 9)]
        #expect(moves == [true, false])
    }

    @Test func verticalMovesKeepTheGoalColumnAcrossShortLines() {
        var editor = TextEditor("abcdefgh\nxy\n12345678", multiline: true)
        editor.moveUp(width: 20); editor.moveUp(width: 20)
        editor.moveEnd(width: 20)
        #expect(editor.location(width: 20) == (0, 8))
        editor.moveDown(width: 20)
        #expect(editor.location(width: 20) == (1, 2))
        editor.moveDown(width: 20)
        #expect(editor.location(width: 20) == (2, 8))
    }

    @Test func enterInsertsNewlineAndTallTextScrollsToTheCursor() {
        var editor = TextEditor(multiline: true)
        for key: Key in [.char("가"), .enter, .char("나"), .enter, .char("다")] {
            let used = editor.handle(key, width: 10)
            #expect(used)
        }
        #expect(editor.text == "가\n나\n다")
        var buffer = Buffer(width: 4, height: 2)
        let cursor = editor.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines() == ["나  ", "다  "])
        #expect(cursor == Point(x: 2, y: 1))
    }

    @Test func maxLengthStopsInput() {
        var editor = TextEditor(maxLength: 3)
        editor.insert("12345")
        #expect(editor.text == "123")
    }
}
