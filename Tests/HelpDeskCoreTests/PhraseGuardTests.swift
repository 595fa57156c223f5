import Foundation
import Testing
@testable import HelpDeskCore

/// One row of the table: a text with each expected hit marked «like this»,
/// and the rule ids of those hits in order. A row without marks must be clean.
struct PhraseCase: Sendable, CustomTestStringConvertible {
    let marked: String
    let rules: [String]
    init(_ marked: String, _ rules: String...) {
        self.marked = marked
        self.rules = rules
    }
    var testDescription: String { marked }

    /// The text without marks, and each marked span as a character range.
    var parsed: (text: String, spans: [Range<Int>]) {
        var text = ""
        var spans: [Range<Int>] = []
        var open = 0
        var count = 0
        for character in marked {
            switch character {
            case "«": open = count
            case "»": spans.append(open..<count)
            default:
                text.append(character)
                count += 1
            }
        }
        return (text, spans)
    }
}

@Suite("Phrase guard")
struct PhraseGuardTests {
    static let cases: [PhraseCase] = [
        // English: hits
        PhraseCase("«I can't help you with that».", "en.cant"),
        PhraseCase("Sorry, «we cannot change the date».", "en.cant"),
        PhraseCase("«I CAN’T do that»", "en.cant"),
        PhraseCase("«Ｉ ｃａｎ＇ｔ do it»", "en.cant"),
        PhraseCase("«I  can't  come today»", "en.cant"),
        PhraseCase("Honestly «I don't know when it ships».", "en.dont-know"),
        PhraseCase("«I’m not sure about that».", "en.dont-know"),
        PhraseCase("«That's not my job», call sales.", "en.not-my-job"),
        PhraseCase("«That is not\nmy job».", "en.not-my-job"),
        PhraseCase("What a great idea, «but» we need a receipt.", "en.but-after-praise"),
        PhraseCase("Thanks for waiting, «however» the part is late.", "en.but-after-praise"),
        PhraseCase("«Maybe» it will arrive Friday.", "en.maybe"),
        PhraseCase("It arrives Friday, «possibly» Monday.", "en.maybe"),
        PhraseCase("«Just read the manual», sir.", "en.read-manual"),
        PhraseCase("«Calm down», please.", "en.calm-down"),
        PhraseCase("Well, «it's a design problem».", "en.design-problem"),
        PhraseCase("Sadly «it happens all the time».", "en.happens-all-the-time"),
        PhraseCase("«We won't refund the shipping».", "en.wont"),
        PhraseCase("You could «ask someone else».", "en.ask-someone-else"),
        PhraseCase("«I don't know», «maybe» tomorrow.", "en.dont-know", "en.maybe"),
        PhraseCase("Nice colour. But it is out of stock."),
        // English: harmless look-alikes
        PhraseCase("Press the button to reset the router."),
        PhraseCase("Nothing but the best for you."),
        PhraseCase("The part arrives Friday, but the engineer is booked."),
        PhraseCase("I can't thank you enough for waiting."),
        PhraseCase("I won't be long, please hold."),
        PhraseCase("Let me make sure it works."),
        PhraseCase("The candidate can deliver on Monday."),
        PhraseCase("Goodbye, but call again if anything changes."),
        PhraseCase("That was a possibility we checked."),
        PhraseCase("The customer is relaxed now."),
        PhraseCase("Great, and the part is on its way."),
        PhraseCase("Scanning the barcode on the butter dish."),
        PhraseCase("Great news arrived yesterday from the warehouse about your replacement order, but the courier is late."),
        // Chinese: hits
        PhraseCase("这个问题«我不知道»。", "zh.dont-know"),
        PhraseCase("«我也不 清 楚»具体时间", "zh.unclear"),
        PhraseCase("«這個產品就這樣»，先用著", "zh.just-like-this"),
        PhraseCase("«沒有辦法»，公司規定", "zh.no-way"),
        PhraseCase("«你爱找谁就找谁»！", "zh.complain-anywhere"),
        PhraseCase("«你爱找谁，就找谁»", "zh.complain-anywhere"),
        PhraseCase("«这台机器修不好了»", "zh.cant-repair"),
        PhraseCase("«绝对不可能出现这种情况»", "zh.impossible"),
        PhraseCase("«也许明天能到»", "zh.maybe"),
        PhraseCase("衣服真好看，«但是»颜色有点深", "zh.but-after-praise"),
        PhraseCase("«配件没到，到了再修吧»", "zh.wait-for-part"),
        PhraseCase("«这是常有的事»，您别担心", "zh.happens-often"),
        PhraseCase("这种问题«连小孩子都会»", "zh.even-a-child"),
        PhraseCase("«我不能帮您改地址»", "zh.cant"),
        PhraseCase("«你冷静一点»", "zh.calm-down"),
        PhraseCase("«我已经说过了»，请您听清楚", "zh.already-said"),
        PhraseCase("«你看看说明书就行了»", "zh.read-manual"),
        PhraseCase("ＯＫ，«这个我不晓得»", "zh.dont-know"),
        // Chinese: harmless look-alikes
        PhraseCase("您的声音有点小，我听不清楚。"),
        PhraseCase("我们会尽可能快地处理。"),
        PhraseCase("不知道您现在方便接电话吗？"),
        PhraseCase("我不会让您久等的。"),
        PhraseCase("但是这个型号有现货。"),
        PhraseCase("请问有没有办法加急？"),
        PhraseCase("先生您好，配件已经到了，请问什么时候方便上门？"),
        PhraseCase("我知道了，马上处理。"),
        PhraseCase("他说不。知道了就好"),
        // Korean: hits
        PhraseCase("«그건 제가 잘 모르겠습니다»", "ko.dont-know"),
        PhraseCase("«아마 내일 도착할 거예요»", "ko.maybe"),
        PhraseCase("«그건 안 됩니다»", "ko.cant"),
        PhraseCase("«그건 안됩니다»", "ko.cant"),
        PhraseCase("«제 업무가 아닙니다»", "ko.not-my-job"),
        PhraseCase("«진정하세요», 고객님", "ko.calm-down"),
        PhraseCase("정말 좋은 의견이에요. 하지만 지금은 어렵습니다"),
        PhraseCase("«그럴 리가 없어요»", "ko.impossible"),
        PhraseCase("«설명서 보세요»", "ko.read-manual"),
        PhraseCase("«제가 아까 말씀드렸잖아요»", "ko.already-said"),
        PhraseCase("«다른 데 물어보세요»", "ko.ask-elsewhere"),
        PhraseCase("«저도 몰라요»", "ko.dont-know"),
        // Korean: harmless look-alikes
        PhraseCase("아마존에서 주문하신 제품이죠?"),
        PhraseCase("전원 코드를 뽑으시면 안 됩니다."),
        PhraseCase("아까 말씀드린 대로 처리하겠습니다"),
        PhraseCase("하지만 부품은 내일 도착합니다"),
        PhraseCase("모르시는 부분은 언제든 물어보세요"),
        PhraseCase("설명서를 함께 보면서 안내해 드리겠습니다"),
        // Mixed notes and offsets beyond the BMP
        PhraseCase("客户说 «I don't know»，我回答«不清楚»", "en.dont-know", "zh.unclear"),
        PhraseCase("😀😀 «I can't do it»", "en.cant"),
        PhraseCase("👍🏽 «고객님 몰라요»", "ko.dont-know"),
    ]

    @Test("table: hits and harmless look-alikes in zh, en and ko, each hit at its place", arguments: cases)
    func table(_ row: PhraseCase) {
        let (text, spans) = row.parsed
        let report = ShippedResources.phraseGuard.check(text)
        #expect(report.hits.map(\.rule.id) == row.rules)
        #expect(report.hits.map(\.characterRange) == spans)
        for (hit, span) in zip(report.hits, spans) {
            let start = text.index(text.startIndex, offsetBy: span.lowerBound)
            let end = text.index(text.startIndex, offsetBy: span.upperBound)
            #expect(hit.range == start..<end)
            #expect(hit.matched == String(text[start..<end]))
            #expect(hit.utf16Range == text.utf16.distance(from: text.startIndex, to: start)..<text.utf16.distance(from: text.startIndex, to: end))
        }
    }

    @Test func tableIsLargeAndBalanced() {
        #expect(Self.cases.count >= 60)
        #expect(Self.cases.filter { $0.rules.isEmpty }.count >= 20)
        for prefix in ["en.", "zh.", "ko."] {
            #expect(Self.cases.contains { $0.rules.contains { $0.hasPrefix(prefix) } })
        }
    }

    @Test("decomposed Hangul (NFD input) is composed before matching")
    func decomposedHangul() {
        let text = "저는 " + "모르겠습니다".decomposedStringWithCanonicalMapping + "."
        let report = ShippedResources.phraseGuard.check(text)
        #expect(report.hits.map(\.rule.id) == ["ko.dont-know"])
        #expect(report.hits.first?.characterRange == 0..<9)
        #expect(report.hits.first.map { String(text[$0.range]) } == "저는 " + "모르겠습니다".decomposedStringWithCanonicalMapping)
    }

    /// Found by fuzzing: an Extended-A jamo (ꥴ) joins the syllable after it
    /// into one character, so a hit after it must count characters, not scalars.
    @Test("a hit after a conjoining jamo of Extended-A keeps its character range")
    func extendedJamoBeforeAHit() throws {
        let text = "모ꥴ겠 I can't promise a date."
        let report = ShippedResources.phraseGuard.check(text)
        let hit = try #require(report.hits.first)
        #expect(hit.characterRange.lowerBound == text.distance(from: text.startIndex, to: hit.range.lowerBound))
        #expect(hit.characterRange.count == hit.matched.count)
    }

    @Test("invisible characters inside a phrase do not hide it")
    func zeroWidth() {
        let report = ShippedResources.phraseGuard.check("I can\u{200B}'t. Do that")
        #expect(report.hits.map(\.rule.id) == ["en.cant"])
        #expect(report.hits.first?.characterRange == 0..<8)
    }

    @Test("replacing puts the alternative in place, fitted to English case")
    func replacing() throws {
        let phrase = ShippedResources.phraseGuard
        let praise = phrase.check("What a great idea, but we need a receipt.")
        #expect(praise.replacing(try #require(praise.hits.first)) == "What a great idea, and we need a receipt.")
        let start = phrase.check("Maybe tomorrow.")
        #expect(start.replacing(try #require(start.hits.first)) == "I'll confirm that for you tomorrow.")
        let inside = phrase.check("Sorry, that's not my job.")
        #expect(inside.replacing(try #require(inside.hits.first)) == "Sorry, I'd be glad to take care of that for you.")
        let sentence = phrase.check("Sure. maybe later")
        #expect(sentence.replacing(try #require(sentence.hits.first)) == "Sure. I'll confirm that for you later")
        let chinese = phrase.check("这个我不知道。")
        #expect(chinese.replacing(try #require(chinese.hits.first)) == "我马上为您查询确认。")
        let clause = phrase.check("Sorry, we cannot change the date.")
        #expect(clause.replacing(try #require(clause.hits.first)) == "Sorry, let's see what we can do.")
        let two = phrase.check("I don't know, maybe tomorrow.")
        #expect(two.replacing(two.hits[1]) == "I don't know, I'll confirm that for you tomorrow.")
    }

    @Test("a hit becomes the quality-review event")
    func event() throws {
        let hit = try #require(ShippedResources.phraseGuard.check("不清楚").hits.first)
        #expect(hit.event(field: "note", call: "C-7") == PhraseHitRecorded(rule: "zh.unclear", language: .zh, field: "note", call: "C-7"))
    }

    @Test("a guard restricted to one language ignores the others")
    func restricted() {
        let english = ShippedResources.phraseGuard.restricted(to: [.en])
        #expect(english.check("不知道 and I don't know").hits.map(\.rule.id) == ["en.dont-know"])
        #expect(english.rules.allSatisfy { $0.language == .en })
    }

    @Test func emptyAndCleanTexts() {
        #expect(ShippedResources.phraseGuard.check("").isClean)
        #expect(ShippedResources.phraseGuard.check("   \n\t ").isClean)
        #expect(ShippedResources.phraseGuard.check(String(repeating: "好的，马上为您处理。", count: 200)).isClean)
    }
}
