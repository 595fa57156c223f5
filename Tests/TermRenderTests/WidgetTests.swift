import Testing
@testable import TermRender

@Suite struct WidgetTests {
    @Test func blockDrawsBoxWithTitleAndInnerArea() {
        var buffer = Buffer(width: 12, height: 4)
        let block = Block(title: "排队")
        block.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines() == [
            "┌ 排队 ────┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
        #expect(block.inner(buffer.area) == Rect(x: 1, y: 1, width: 10, height: 2))
    }

    @Test func tableAlignsChineseKoreanAndLatinByDisplayWidth() {
        var buffer = Buffer(width: 24, height: 5)
        let table = Table(
            columns: [.init("Name", width: .fixed(10)), .init("Tier", width: .fixed(6)), .init("Wait", width: .fill(1), alignment: .right)],
            rows: [
                .init(["欧阳娜娜", "gold", "1:05"]),
                .init(["김민준", "basic", "12:40"]),
                .init(["Alexandria Ocasio", "vip", "0:07"]),
                .init(["\u{1B}[2J李", "basic", "0:01"]),
            ],
            selected: 1)
        table.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines() == [
            "Name       Tier     Wait",
            "欧阳娜娜   gold     1:05",
            "김민준     basic   12:40",
            "Alexandri… vip      0:07",
            "^[[2J李    basic    0:01",
        ])
        #expect(buffer[0, 2].style == Style().reversed)
        #expect(buffer[23, 2].style == Style().reversed)
        #expect(buffer[0, 1].style == .plain)
    }

    @Test func tableScrollsToKeepSelectionVisibleAndDrawsOnlyTheWindow() {
        var fetched: [Int] = []
        var buffer = Buffer(width: 10, height: 4)
        let table = Table(columns: [.init("#", width: .fill(1))], rowCount: 10_000, rowAt: { index in
            fetched.append(index)
            return .init(["row \(index)"])
        }, selected: 5000)
        table.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines() == ["#         ", "row 4999  ", "row 5000  ", "row 5001  "])
        #expect(fetched == [4999, 5000, 5001])
        #expect(table.rowIndex(atScreenRow: 3, in: buffer.area) == 5001)
    }

    @Test func paragraphWrapsCJKAndClipsAtTheBottom() {
        var buffer = Buffer(width: 8, height: 3)
        Paragraph("客户说快递三天没到了请尽快处理").render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines() == ["客户说快", "递三天没", "到了请尽"])
        var scrolled = Buffer(width: 8, height: 2)
        Paragraph("Please call back tomorrow", scroll: 1).render(in: scrolled.area, buffer: &scrolled)
        #expect(scrolled.lines() == ["call    ", "back    "])
    }

    @Test func statusBarKeepsLeftAndDropsRightWhenNarrow() {
        var wide = Buffer(width: 30, height: 1)
        StatusBar(left: ["김민준 READY"], right: ["q quit"], style: .plain).render(in: wide.area, buffer: &wide)
        #expect(wide.lines() == ["김민준 READY            q quit"])
        var narrow = Buffer(width: 16, height: 1)
        StatusBar(left: ["김민준 READY"], right: ["q quit"], style: .plain).render(in: narrow.area, buffer: &narrow)
        #expect(narrow.lines() == ["김민준 READY    "])
    }

    @Test func tabsHighlightTheSelectedTitle() {
        var buffer = Buffer(width: 20, height: 1)
        let tabs = Tabs(["队列", "Script"], selected: 1)
        tabs.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines() == [" 队列 │ Script      "])
        #expect(buffer[8, 0].style == Style().reversed.bold)
        #expect(buffer[1, 0].style == .plain)
        #expect(tabs.tabIndex(atColumn: 9, in: buffer.area) == 1)
        #expect(tabs.tabIndex(atColumn: 2, in: buffer.area) == 0)
    }

    @Test func bigDigitsDrawClockDigits() {
        let digits = BigDigits("1:05")
        var buffer = Buffer(width: digits.width, height: digits.height)
        digits.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines() == [
            " █    ███ ███",
            "██  █ █ █ █  ",
            " █    █ █ ███",
            " █  █ █ █   █",
            "███   ███ ███",
        ])
    }

    @Test func barRowScalesToTheMaximum() {
        var buffer = Buffer(width: 19, height: 1)
        BarRow(label: "李娜", labelWidth: 4, value: 3, maximum: 4, valueText: "3").render(in: buffer.area, buffer: &buffer)
        // 12 columns of bar room, 3/4 of it is 9 full blocks.
        #expect(buffer.lines() == ["李娜 █████████    3"])
        BarRow(label: "Bob", labelWidth: 4, value: 1, maximum: 8, valueText: "1").render(in: buffer.area, buffer: &buffer)
        // 1/8 of 12 columns is one and a half: a full block and a half block.
        #expect(buffer.lines() == ["Bob  █▌           1"])
    }
}
