import ColumnWidth
import Foundation
@testable import HelpDeskCore
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

/// The fast paths of the identifier check against the Unicode definitions they stand for.
struct IdentifierFastPathTests {
    @Test func everyScalarIsAControlExactlyWhenUnicodeSaysSo() {
        for value in UInt32(0)..<0x110000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let slow = needsReplacement(scalar) || scalar.properties.generalCategory == .format
            if Identifier.isControl(scalar) != slow { Issue.record("U+\(String(value, radix: 16)): \(!slow)"); return }
        }
    }

    @Test func aTrailingSpaceIsFoundAsCharacterIsWhitespaceFindsIt() {
        for text in ["a ", "ab", "a\u{3000}", "a\u{301}", " \u{301}", "x \u{301}", "\u{0D4E}a", "a\u{0D4E}", "1", " ", "a\u{A0}", "ab1"] {
            #expect((Identifier.problem(text) == "starts or ends with a space")
                    == (text.first!.isWhitespace || text.last!.isWhitespace), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func trimmingSpacesTrimsWhatFoundationTrims() {
        var texts = ["", " ", "\t a b \t", "分部1", " 分部1\u{3000}", "\u{200B}x\u{200B}", "\u{85}x\u{180E}", "\u{2028}x\u{2029}", "a\u{301} "]
        for value in UInt32(0)..<0x3100 {
            guard let s = Unicode.Scalar(value) else { continue }
            texts.append("\(s)x\(s)")
        }
        for text in texts {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
