import HelpDeskCore
import Testing

struct IdentifierTests {
    @Test func namesOfTheFloorPass() {
        for name in ["1001", "wang", "C17", "T3", "北京朝阳", "김민준", "follow-up-repair", "a.b"] {
            #expect(Identifier.problem(name) == nil, "\(name)")
        }
    }

    @Test func emptyHugeControlAndPathNamesAreRefused() {
        #expect(Identifier.problem("") == "is empty")
        #expect(Identifier.problem(String(repeating: "x", count: 100_000))?.contains("100000 characters") == true)
        #expect(Identifier.problem(String(repeating: "x", count: Identifier.maximumLength)) == nil)
        #expect(Identifier.problem("10\u{1B}[2J") == "contains the control character U+001B")
        #expect(Identifier.problem("a\u{202E}b")?.contains("U+202E") == true)   // right-to-left override
        #expect(Identifier.problem("a\u{85}b")?.contains("U+0085") == true)     // C1 next line
        for path in ["../1001", "..", ".", "a/b", "/etc/passwd"] { #expect(Identifier.problem(path) != nil, "\(path)") }
        #expect(Identifier.problem(" 1001") != nil)
    }

    @Test func aRefusalQuotesTheNameWithoutItsControlCharacters() {
        #expect(throws: DomainError.invalid(field: "agent", reason: #""a\u{1B}[31m" contains the control character U+001B"#)) {
            try Identifier.check("a\u{1B}[31m", field: "agent")
        }
        #expect(Identifier.quoted(String(repeating: "长", count: 50)) == "\"" + String(repeating: "长", count: 40) + "…\"")
    }
}
