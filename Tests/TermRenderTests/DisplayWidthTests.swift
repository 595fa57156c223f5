import ColumnWidth
import Testing
@testable import TermRender

@Suite struct DisplayWidthTests {
    @Test func latinIsOneColumnPerLetter() {
        #expect(displayWidth("Hello, world") == 12)
    }

    @Test func chineseAndKoreanAreTwoColumnsEach() {
        #expect(displayWidth("张伟") == 4)
        #expect(displayWidth("김민준") == 6)
        #expect(displayWidth("ＡＢ") == 4) // fullwidth forms
        #expect(displayWidth("王 Li") == 5)
    }

    @Test func combiningMarksAndZeroWidthTakeNoColumn() {
        #expect(displayWidth("e\u{301}") == 1)       // é decomposed
        #expect(displayWidth("a\u{200B}b") == 2)     // zero-width space
        // Hangul written as conjoining jamo: leading jamo wide, the rest zero.
        #expect(displayWidth("\u{1100}\u{1161}\u{11A8}") == 2)
    }

    @Test func emojiPresentationIsTwoColumns() {
        #expect(displayWidth("😀") == 2)
        #expect(displayWidth("❤\u{FE0F}") == 2)
        #expect(displayWidth("🇰🇷") == 2)
        #expect(displayWidth("👩\u{200D}💻") == 2)
    }
}
