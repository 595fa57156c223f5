import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import Testing
import TermRender

/// The phrase guard live in the console's text fields, with the shipped
/// rules: hits marked on their own cells, the alternative under the field,
/// one key to replace, each new hit journaled once, never blocking.
@Suite struct PhraseMarksTests {
    /// A console in wrap-up after a call, the notes field focused.
    static func inWrapUp(language: Language = .zh, size: Size = Size(width: 80, height: 24)) throws -> (ScriptFixture.Console, String) {
        var c = ScriptFixture.Console(size: size, language: language)
        try c.takeCall()
        let call = try #require(c.model.callInHand?.id)
        c.apply(try Floor.hangUp(c.live, call: call))
        c.keys(.tab, .tab)
        #expect(c.model.wrapUp?.form.fields[c.model.wrapUp!.form.focus].id == "notes")
        return (c, call)
    }

    /// The text of the cells drawn in the mark style, row by row.
    static func markedText(_ buffer: Buffer) -> String {
        buffer.cells.filter { $0.style == TextEditor.markStyle && !$0.isContinuation }.map(\.symbol).joined()
    }

    @Test func aForbiddenPhraseIsMarkedInPlaceWithItsAlternativeUnderTheField() throws {
        var (c, call) = try Self.inWrapUp()
        c.type("客户问我，我说我不知道")
        let notes = try #require(c.model.wrapUp?.form["notes"])
        #expect(notes.marks == [7..<11])
        let buffer = ConsoleView(model: c.model).render().buffer
        #expect(Self.markedText(buffer) == "我不知道")
        #expect(buffer.lines().contains { $0.contains("✗ «我不知道» → 我马上为您查询确认 · Ctrl-R/F6 替换") })
        #expect(c.hits == [PhraseHitRecorded(rule: "zh.dont-know", language: .zh, field: "wrapUp.notes", call: call)])
    }

    @Test(arguments: [Language.zh, .ko])
    func theMarkedWrapUpMatchesItsSnapshot(language: Language) throws {
        var (c, _) = try Self.inWrapUp(language: language)
        c.type(language == .zh ? "客户问我，我说我不知道，已约周六上门" : "고객님께 원래 그래요 라고 말함")
        try assertSnapshot(ConsoleView(model: c.model).render().buffer, named: "phrase-wrapup-80x24-\(language.rawValue)")
    }

    @Test func theReplaceKeyPutsTheAlternativeInAndTheCursorAfterIt() throws {
        var (c, _) = try Self.inWrapUp(language: .en)
        c.keys(.tab, .tab, .tab, .tab, .tab)  // notes → resolved → satisfaction → kind → when → why
        c.type("Told them I can't, sorry")
        #expect(c.model.wrapUp?.form["followUpWhy"]?.hint?.contains("Let's see what we can do") == true)
        c.keys(.ctrl("r"))
        let field = try #require(c.model.wrapUp?.form["followUpWhy"])
        #expect(field.value == "Told them let's see what we can do, sorry", "the whole clause, subject and all, in lower case inside the sentence")
        #expect(field.marks.isEmpty)
        #expect(field.hint == nil)
        guard case .text(let editor) = field.kind else { Issue.record("the follow-up reason is a text field"); return }
        #expect(editor.cursor == "Told them let's see what we can do".count)
        let screen = ConsoleView(model: c.model).render().buffer.lines().joined(separator: "\n")
        #expect(!screen.contains("can't"))
        #expect(c.keys(.function(6)).isEmpty, "F6 with nothing flagged does nothing")
    }

    @Test func theHitNearestBeforeTheCursorIsTheOneReplaced() throws {
        var (c, _) = try Self.inWrapUp(language: .en)
        c.type("Maybe. I can't say")
        c.keys(.left, .left, .left, .left)
        c.keys(.function(6))
        #expect(c.model.wrapUp?.form.text("notes") == "Maybe. Let's see what we can do")
        c.keys(.function(6))
        #expect(c.model.wrapUp?.form.text("notes") == "I'll confirm that for you. Let's see what we can do")
    }

    @Test func eachNewHitIsRecordedOnceAndTypingOnRecordsNothingMore() throws {
        var (c, call) = try Self.inWrapUp(language: .en)
        c.type("I can't")
        #expect(c.hits.count == 1)
        c.type(" help with that")
        c.keys(.backspace, .backspace, .left, .right)
        #expect(c.hits.count == 1, "the same hit is not recorded again as the agent types on or moves")
        c.type(". We can't")
        #expect(c.hits.count == 2, "a second occurrence is a new hit")
        #expect(c.hits.allSatisfy { $0 == PhraseHitRecorded(rule: "en.cant", language: .en, field: "wrapUp.notes", call: call) })
        c.keys(.ctrl("r"))
        c.type(". I can't")
        #expect(c.hits.count == 2, "two hits of the rule were seen in this field already")
    }

    @Test func aHitNeverBlocksTheWrapUp() throws {
        var (c, call) = try Self.inWrapUp(language: .en)
        c.type("I don't know")
        c.keys(.backTab, .backTab, .char("1"))
        let effects = c.keys(.ctrl("s"))
        guard case .complete(let facts)? = effects.last else {
            Issue.record("the wrap-up completes: \(effects)")
            return
        }
        #expect(facts.call == call && facts.notes == "I don't know" && facts.disposition == "answered")
    }

    @Test("the complaint's key points are the customer's own words: never flagged, counted or rewritten; the agent's own fields are")
    func keyPointsAreTheCustomersWordsAndNotGuarded() throws {
        var c = ScriptFixture.Console()
        try c.takeCall()
        let call = try #require(c.model.callInHand?.id)
        c.keys(.char("c"))
        c.keys(.tab, .tab)
        c.type("规定就是规定")
        #expect(c.hits.isEmpty, "the product field is not guarded")
        c.keys(.tab)
        let quoted = "师傅说配件没到，规定就是规定"
        let effects = c.type(quoted)
        #expect(effects.contains { if case .saveDraft = $0 { true } else { false } })
        #expect(c.hits.isEmpty, "the customer's words are not the agent's hits")
        #expect(c.model.complaint?.form["keyPoints"]?.marks == [])
        c.keys(.ctrl("r"))
        #expect(c.model.complaint?.form.text("keyPoints") == quoted, "Ctrl-R never rewrites the customer's words")
        c.keys(.tab)
        c.type("规定就是规定")
        #expect(c.hits.map(\.rule) == ["zh.company-rules"])
        #expect(c.hits.allSatisfy { $0.field == "complaint.wants" && $0.call == call })
        #expect(Self.markedText(ConsoleView(model: c.model).render().buffer) == "规定就是规定")
    }

    @Test func aReopenedDraftShowsItsMarksWithoutRecordingThemAgain() throws {
        var c = ScriptFixture.Console(language: .en)
        let customer = Customer(name: "Emma O'Brien", surname: "O'Brien", honorific: "Ms", phone: "07700900123")
        c.model.restore(draft: ComplaintDraft(call: nil, customer: customer, keyPoints: "She said it is what it is", wants: "I told her it is what it is"))
        #expect(c.model.complaint?.form["keyPoints"]?.marks == [])
        #expect(c.model.complaint?.form["wants"]?.marks == ["I told her ".count..<"I told her it is what it is".count])
        #expect(c.hits.isEmpty)
        c.keys(.tab, .tab, .tab, .tab, .end)
        c.type(" and more")
        #expect(c.hits.isEmpty, "the hit was seen when the draft was reopened")
    }

    @Test func marksFollowTheEditorsWrappingAcrossLines() {
        // 10 columns wide: a multi-line editor wraps at 9, so "0123456我" fills the first line.
        let editor = TextEditor("0123456我不知道的事", multiline: true)
        let area = Rect(x: 3, y: 5, width: 10, height: 3)
        #expect(editor.screenRects(of: [8..<11], in: area) == [Rect(x: 3, y: 6, width: 6, height: 1)])
        #expect(editor.screenRects(of: [7..<9], in: area) == [Rect(x: 10, y: 5, width: 2, height: 1), Rect(x: 3, y: 6, width: 2, height: 1)])
        var buffer = Buffer(width: 20, height: 10)
        editor.render(in: area, buffer: &buffer)
        for rect in editor.screenRects(of: [7..<9], in: area) { buffer.setStyle(TextEditor.markStyle, in: rect) }
        #expect(Self.markedText(buffer) == "我不")
    }

    @Test func marksFollowASingleLineScrolledSideways() {
        var editor = TextEditor("abcdefghij I can't")
        editor.moveLeft()
        let area = Rect(x: 0, y: 0, width: 8, height: 1)
        var buffer = Buffer(width: 8, height: 1)
        editor.render(in: area, buffer: &buffer)
        for rect in editor.screenRects(of: [11..<18], in: area) { buffer.setStyle(TextEditor.markStyle, in: rect) }
        #expect(editor.screenRects(of: [0..<3], in: area).isEmpty, "scrolled out of view")
        #expect(Self.markedText(buffer) == "I can't")
    }
}
