import Testing
@testable import TermRender

@Suite struct TextLayoutTests {
    @Test func truncateByDisplayWidthWithEllipsis() {
        #expect(truncate("欧阳娜娜", toWidth: 5) == "欧阳…")
        #expect(truncate("Jonathan", toWidth: 5) == "Jona…")
        #expect(truncate("short", toWidth: 5) == "short")
        #expect(pad("李", toWidth: 4) == "李  ")
    }

    @Test func latinWrapsAtSpaces() {
        #expect(wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
    }

    @Test func cjkWrapsAnywhereButNotBeforeClosingPunctuation() {
        #expect(wrap("客户投诉了三次", width: 6) == ["客户投", "诉了三", "次"])
        #expect(wrap("你好，世界", width: 4) == ["你", "好，", "世界"])
        #expect(wrap("배송이 늦었어요", width: 8) == ["배송이", "늦었어요"])
    }

    @Test func newlinesAlwaysBreak() {
        #expect(wrap("a\n\nb", width: 10) == ["a", "", "b"])
    }

    @Test func splitsRectsByConstraints() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        let rows = area.rows([.fixed(1), .fill(1), .fixed(1)])
        #expect(rows.map(\.height) == [1, 22, 1])
        #expect(rows.map(\.y) == [0, 1, 23])
        let columns = area.columns([.percent(25), .fill(2), .fill(1)])
        #expect(columns.map(\.width) == [20, 40, 20])
        #expect(columns.map(\.x) == [0, 20, 60])
        #expect(area.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
    }
}
