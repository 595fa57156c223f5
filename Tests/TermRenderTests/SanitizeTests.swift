import Testing
@testable import ColumnWidth

@Suite struct SanitizeTests {
    @Test func titleChangingSequenceBecomesVisibleText() {
        let hostile = "Eve\u{1B}]0;pwned\u{07}"
        let clean = sanitize(hostile)
        #expect(clean == "Eve^[]0;pwned^G")
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    @Test func clearScreenSequenceBecomesVisibleText() {
        #expect(sanitize("\u{1B}[2JMallory") == "^[[2JMallory")
    }

    @Test func c1ControlsBidiOverridesAndDeleteAreReplaced() {
        #expect(sanitize("a\u{9B}2Jb") == "a\u{FFFD}2Jb")      // 8-bit CSI
        #expect(sanitize("abc\u{202E}fed") == "abc\u{FFFD}fed")  // right-to-left override
        #expect(sanitize("x\u{7F}y") == "x^?y")
        #expect(sanitize("tab\there") == "tab here")
        #expect(sanitize("two\nlines") == "two^Jlines")
    }

    @Test func ordinaryCJKTextIsUntouched() {
        let name = "李娜 이서연 Zoë"
        #expect(sanitize(name) == name)
    }
}
