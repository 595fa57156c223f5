import Foundation
import HelpDeskCore
import HelpDeskStore

/// Phrase-guard speed on what an agent types: a 2,000-character note mixing
/// Chinese, Korean and English, checked against every shipped rule, as the
/// console does on each keystroke (target: under 0.2 ms per check).
/// Returns the lines to print.
func runPhraseBench() -> String {
    var lines: [String] = []
    let resources: ResourceDirectory
    do {
        resources = try ResourceDirectory.locate()
    } catch {
        return "phrase guard: no resources directory (\(error)); set HELPDESK_RESOURCES"
    }
    let (rules, issues) = resources.loadPhraseRules(dataDirectory: nil)
    if !issues.isEmpty { lines.append("phrase guard: \(issues.count) problems loading rules: \(issues.first!)") }

    let compileStart = ContinuousClock.now
    let phraseGuard = PhraseGuard(rules: rules)
    let compile = ContinuousClock.now - compileStart
    let perLanguage = Language.allCases.map { language in "\(language.rawValue) \(rules.filter { $0.language == language }.count)" }
    lines.append("phrase guard: \(rules.count) rules (\(perLanguage.joined(separator: ", "))), compiled in \(milliseconds(compile)) ms")

    for (label, note) in [("with hits", benchNote(withHits: true)), ("clean", benchNote(withHits: false))] {
        let hits = phraseGuard.check(note).hits.count
        let iterations = 5_000
        var found = 0
        for _ in 0..<200 { found &+= phraseGuard.check(note).hits.count }
        let start = ContinuousClock.now
        for _ in 0..<iterations { found &+= phraseGuard.check(note).hits.count }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let perCheck = seconds / Double(iterations) * 1_000
        lines.append(String(
            format: "phrase guard, %d-char mixed note %@ (%d hits): %.0f checks/s, %.4f ms/check (target < 0.2 ms)%@",
            note.count, label, hits, Double(iterations) / seconds, perCheck, found == 0 && hits > 0 ? " [no hits?]" : ""))
    }
    return lines.joined(separator: "\n")
}

/// A note of exactly 2,000 characters built from call-note sentences in the
/// three languages; `withHits` mixes in sentences with forbidden phrases.
func benchNote(withHits: Bool) -> String {
    let clean = [
        "客户王女士来电反映冰箱冷藏室不制冷，已登记型号BCD-452并预约工程师周五上午上门检测。",
        "Customer reports the fridge is not cooling; model BCD-452, visit booked for Friday morning. ",
        "고객님께서 냉장고 냉장실이 시원하지 않다고 하셔서 금요일 오전 방문을 예약했습니다. ",
        "已向客户说明配件到货时间，客户表示理解，并留了备用电话13800000000。",
        "Explained the part delivery date; the customer agreed and left a second number. ",
        "부품 도착 예정일을 안내드렸고 고객님께서 이해해 주셨습니다. ",
    ]
    let flagged = [
        "客户问什么时候修好，我说不知道，可能下周吧。",
        "Great question, but I can't promise a date; maybe next week. ",
        "제가 잘 모르겠습니다, 아마 다음 주에 될 거예요. ",
    ]
    var note = ""
    var index = 0
    while note.count < 2_000 {
        let pool = withHits && index % 4 == 3 ? flagged : clean
        note += pool[index % pool.count]
        index += 1
    }
    return String(note.prefix(2_000))
}

private func milliseconds(_ duration: Duration) -> String {
    let value = Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    return String(format: "%.1f", value)
}
