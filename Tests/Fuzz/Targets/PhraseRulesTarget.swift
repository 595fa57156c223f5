import Foundation
import HelpDeskCore

/// A phrase-rule file: any bytes decode or give load issues, never a trap;
/// rules that load compile into a guard that checks a mixed note.
enum PhraseRulesTarget {
    static let note = "客户说不知道，可能下周吧。 I can't promise a date. 제가 잘 모르겠습니다."

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let data = Data(bytes)
        guard let file = try? PhraseRuleFile.decode(data, fileName: "zh-Hans.json") else { return }
        require(file == (try? PhraseRuleFile.decode(data, fileName: "zh-Hans.json")), "decoding the same bytes twice differed")
        _ = PhraseGuard(rules: file.rules).check(note)
    }
}
