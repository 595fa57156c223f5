import CICUBreak
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

    for variants in [ChineseVariants.Source.openCC, .ruleCharacters] {
        let name = variants == .openCC ? "with OpenCC's table" : "without OpenCC (ICU transform of the rules' characters only)"
        let compileStart = ContinuousClock.now
        let phraseGuard = PhraseGuard(rules: rules, variants: variants)
        let compile = ContinuousClock.now - compileStart
        let perLanguage = Language.allCases.map { language in "\(language.rawValue) \(rules.filter { $0.language == language }.count)" }
        lines.append("phrase guard \(name): \(rules.count) rules (\(perLanguage.joined(separator: ", "))), compiled in \(milliseconds(compile)) ms")
        for (label, note) in [("with hits", benchNote(withHits: true)), ("clean", benchNote(withHits: false))] {
            let hits = phraseGuard.check(note).hits.count
            let (perSecond, perCheck, cpuPerCheck) = timeChecks(phraseGuard, note, iterations: 5_000)
            lines.append(String(format: "  %d-char mixed note %@ (%d hits): %.0f checks/s, %.4f ms/check wall, %.4f ms/check CPU (target < 0.2 ms)",
                                note.count, label, hits, perSecond, perCheck, cpuPerCheck))
        }
    }
    lines.append(icuSegmentation(benchNote(withHits: true)))
    lines += linearity(PhraseGuard(rules: rules))
    return lines.joined(separator: "\n")
}

/// Checks per second, and wall and CPU milliseconds per check of `note`,
/// after a warm-up. CPU time is the honest figure on a host shared with
/// other builds, where wall time also counts the waits for a core.
private func timeChecks(_ phraseGuard: PhraseGuard, _ note: String, iterations: Int) -> (Double, Double, Double) {
    var found = 0
    for _ in 0..<200 { found &+= phraseGuard.check(note).hits.count }
    let start = ContinuousClock.now
    let cpuStart = threadCPUSeconds()
    for _ in 0..<iterations { found &+= phraseGuard.check(note).hits.count }
    let cpu = threadCPUSeconds() - cpuStart
    let elapsed = seconds(ContinuousClock.now - start)
    precondition(found >= 0)
    return (Double(iterations) / elapsed, elapsed / Double(iterations) * 1_000, cpu / Double(iterations) * 1_000)
}

/// The CPU time this thread has used, in seconds.
private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// What ICU's dictionary word break and sentence break would add to every
/// keystroke on the same note: the yardstick for keeping the guard's own
/// clause and sentence boundaries (see docs/phrases.md).
private func icuSegmentation(_ note: String) -> String {
    let utf16 = Array(note.utf16)
    var words: Int32 = 0
    var sentences: Int32 = 0
    let iterations = 500
    let start = ContinuousClock.now
    let cpuStart = threadCPUSeconds()
    for _ in 0..<iterations {
        words = helpdesk_icu_count_breaks(utf16, Int32(utf16.count), 0)
        sentences = helpdesk_icu_count_breaks(utf16, Int32(utf16.count), 1)
    }
    let cpu = (threadCPUSeconds() - cpuStart) / Double(iterations) * 1_000
    let perNote = seconds(ContinuousClock.now - start) / Double(iterations) * 1_000
    return String(format: "ICU dictionary word break + sentence break of the same note: %.4f ms/note wall, %.4f ms/note CPU (%d words, %d sentences)",
                  perNote, cpu, words, sentences)
}

/// Time grows with the text and not faster: 16,000 hits, and a line of
/// 1.2 and 2.4 million characters (the inputs that once took 26 s and minutes).
private func linearity(_ phraseGuard: PhraseGuard) -> [String] {
    var lines: [String] = []
    let inputs: [(String, String)] = [
        ("16,000 hits (我不知道。× 16,000)", String(repeating: "我不知道。", count: 16_000)),
        ("1.2 M-character line (我 × 1.2 M)", String(repeating: "我", count: 1_200_000)),
        ("2.4 M-character line (我 × 2.4 M)", String(repeating: "我", count: 2_400_000)),
        ("2.4 M-character mixed line", String(repeating: "I can't, 不知道, 안 돼요 ", count: 2_400_000 / 20)),
    ]
    for (label, text) in inputs {
        let start = ContinuousClock.now
        let cpuStart = threadCPUSeconds()
        let hits = phraseGuard.check(text).hits.count
        let cpu = threadCPUSeconds() - cpuStart
        lines.append(String(format: "phrase guard, %@: %.3f s wall, %.3f s CPU, %d hits", label, seconds(ContinuousClock.now - start), cpu, hits))
    }
    return lines
}

private func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
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
