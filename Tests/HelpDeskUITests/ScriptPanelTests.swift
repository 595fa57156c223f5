import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import Testing
import TermRender

/// The script panel with the shipped scripts: it starts with the call,
/// counts down on the console's tick, moves on the panel's keys, switches to
/// situation scripts and back, and journals every step it records.
@Suite struct ScriptPanelTests {
    @Test func takingACallStartsTheOpeningWithAgentCompanyAndCallerFilledIn() throws {
        var c = ScriptFixture.Console()
        #expect(c.model.callScript == nil)
        try c.takeCall()
        let script = try #require(c.model.callScript)
        #expect(script.call == c.model.callInHand?.id)
        #expect(script.session.current.script.id == "opening")
        #expect(c.model.panel == .script, "the greeting is in front of the agent at once")
        let run = script.session.current
        let say = try #require(run.render(run.currentStep, context: c.model.scriptContext).say)
        #expect(say.text.contains("这里是helpdesk客户服务中心"))
        #expect(say.text.contains("我是1001号客服代表王芳"))
        #expect(say.missing.isEmpty)
        let screen = c.screen
        #expect(screen.contains { $0.contains("开场问候") && $0.contains("客户: 欧阳女士") })
        #expect(screen.contains { $0.contains("✗ 切忌") }, "the never-say line is shown with the line to say")
        #expect(screen.contains { $0.contains(" g  客户先问候您") }, "the step's branch key with its label")
        #expect(c.steps.isEmpty, "nothing is said yet")
    }

    @Test func theCallersLanguageWinsAndTheSurnameAppearsOnceKnown() throws {
        var c = ScriptFixture.Console(language: .zh)
        let stranger = Customer(name: "", phone: "01099990000")
        try c.takeCall(from: stranger)
        #expect(c.screen.contains { $0.contains("客户: 尚不知姓名 · m") })

        var known = stranger
        known.name = "박서연"
        known.surname = "박"
        known.honorific = "고객님"
        known.language = .ko
        c.apply(.customerUpdated(CustomerUpdated(customer: known, call: c.model.callInHand?.id)))
        #expect(c.model.scriptContext.language == .ko)
        #expect(c.screen.contains { $0.contains("첫인사") && $0.contains("客户: 박 고객님") })
        c.keys(.char("A"))
        c.keys(.char(" "))
        let run = try #require(c.model.callScript?.session.current)
        #expect(run.script.id == "name-learned" && run.stepID == "address")
        let say = try #require(run.render(run.currentStep, context: c.model.scriptContext).say)
        #expect(say.text.contains("박 고객님"))
        #expect(say.missing.isEmpty)
    }

    @Test func aValueTheCallDoesNotKnowYetIsSaidWithTheScriptsFallbackNeverAMarker() throws {
        var c = ScriptFixture.Console(language: .en)
        try c.takeCall(from: Customer(name: "Sam", phone: "07700900999"))
        #expect(c.screen.contains { $0.contains("Caller: Sam") }, "the name the call came with, until the surname is known")
        c.keys(.char("A"), .char(" "))
        #expect(c.screen.contains { $0.contains("Thank you, Sir or Madam.") })
        #expect(!c.screen.contains { $0.contains("‹") }, "no template marker anywhere on screen")
    }

    @Test func theSilentLineCountsDownFromEachLineSaidAndReachesHangUpAfterThreeWaits() throws {
        var c = ScriptFixture.Console()
        try c.takeCall()
        let call = try #require(c.model.callInHand?.id)
        c.keys(.char("S"))
        #expect(c.model.callScript?.session.current.script.id == "silent-line")
        #expect(c.screen.contains { $0.contains("⏱ 5s") && $0.contains("说完后按空格开始计时") })
        c.wait(7)
        #expect(c.model.callScript?.session.current.stepID == "greet", "no countdown until the line is said")
        for step in ["greet", "greet-again", "close"] {
            #expect(c.model.callScript?.session.current.stepID == step)
            c.keys(.char(" "))
            #expect(c.screen.contains { $0.contains("⏱ 5s") && $0.contains("到时自动继续") })
            c.wait(2)
            #expect(c.screen.contains { $0.contains("⏱ 3s") })
            c.wait(3)
        }
        #expect(c.model.callScript?.session.current.stepID == "hang-up")
        #expect(c.screen.contains { $0.contains("■ 结束: 挂断 (h)") })
        #expect(c.steps == ["greet", "greet-again", "close"].map {
            ScriptStepRecorded(call: call, script: "silent-line", step: $0, action: .said)
        })
        c.keys(.char(" "))
        #expect(c.model.callScript?.session.pendingAction == .hangUp)
        #expect(c.screen.contains { $0.contains("话术已结束 → 挂断 (h)") })
        #expect(c.steps.last == ScriptStepRecorded(call: call, script: "silent-line", step: "hang-up", action: .said))
        #expect(c.keys(.char("h")).isEmpty && c.model.overlay == .confirm(.hangUp(call: call)), "h still hangs up from the script panel, asking first")
        #expect(c.keys(.char("y")) == [.hangUp(call: call)])
    }

    @Test func goingOnBeforeTheWaitRunsOutIsJournaledAsASkippedWait() throws {
        var c = ScriptFixture.Console()
        try c.takeCall()
        let call = try #require(c.model.callInHand?.id)
        c.keys(.char("S"), .char(" "))
        c.wait(2)
        c.keys(.char(" "))
        #expect(c.model.callScript?.session.current.stepID == "greet-again")
        #expect(c.steps.suffix(2) == [
            ScriptStepRecorded(call: call, script: "silent-line", step: "greet", action: .said),
            ScriptStepRecorded(call: call, script: "silent-line", step: "greet", action: .waitSkipped),
        ])
        #expect(c.screen.contains { $0.contains("» ") }, "the step list marks the cut-short wait")
    }

    @Test func anOfferWaitOffersTheNextStepAndWaitsForTheAgent() throws {
        func text(_ en: String) -> LocalizedText { LocalizedText([.zh: en, .en: en, .ko: en]) }
        let hold = Script(id: "hold", kind: .opening, title: text("Hold"), start: "ask", steps: [
            ScriptStep(id: "ask", say: text("May I put you on hold, {address}?"), wait: ScriptWait(seconds: 10, then: .offer), next: "back"),
            ScriptStep(id: "back", say: text("Thank you for holding."), final: .continue),
        ])
        var c = ScriptFixture.Console(language: .en, coaching: ConsoleCoaching(scripts: ScriptLibrary([hold]), phrases: PhraseGuard(rules: [])))
        try c.takeCall()
        #expect(c.screen.contains { $0.contains("May I put you on hold, 女士 欧阳?") })
        c.keys(.char(" "))
        c.wait(9)
        #expect(c.screen.contains { $0.contains("⏱ 1s") && $0.contains("next") })
        c.wait(6)
        #expect(c.model.callScript?.session.current.stepID == "ask", "an offer never moves on by itself")
        #expect(c.model.callScript?.session.current.offered == "back")
        #expect(c.screen.contains { $0.contains("⏱ 0s") && $0.contains("time is up — Space: next step") })
        #expect(c.steps.map(\.step) == ["ask"])
        c.keys(.char(" "))
        #expect(c.model.callScript?.session.current.stepID == "back")
        #expect(c.steps.map(\.action) == [.said], "confirming the offer is no skipped wait")
    }

    @Test func onceTheTalkEndsTheScriptStopsAndRecordsNothingMore() throws {
        var c = ScriptFixture.Console()
        try c.takeCall()
        let call = try #require(c.model.callInHand?.id)
        c.keys(.char("S"))
        c.wait(3)
        c.apply(try Floor.hangUp(c.live, call: call))
        c.wait(20)
        c.keys(.function(4))
        #expect(c.model.panel == .script)
        c.keys(.char(" "), .char("a"), .char("s"))
        #expect(c.model.callScript?.session.current.stepID == "greet", "no countdown and no keys after the caller is gone")
        #expect(c.steps.isEmpty)
    }

    @Test func branchKeysChooseTheStepsBranchAndAreJournaledAsBranched() throws {
        var c = ScriptFixture.Console(language: .en)
        try c.takeCall()
        let call = try #require(c.model.callInHand?.id)
        #expect(c.screen.contains { $0.contains(" g ") && $0.contains("The caller greets you first") })
        c.keys(.char("g"))
        #expect(c.model.callScript?.session.current.stepID == "greet-back")
        #expect(c.steps == [ScriptStepRecorded(call: call, script: "opening", step: "greet", action: .branched)])
        c.keys(.char("x"))
        #expect(c.model.callScript?.session.current.stepID == "greet-back", "a key that is no branch moves nothing")
        c.keys(.char("s"))
        #expect(c.model.callScript?.session.current.stepID == "listen")
        #expect(c.steps.last?.action == .skipped)

        // In the silent line the caller answers: its branch, then back to the opening by itself.
        c.keys(.char("S"))
        c.wait(2)
        c.keys(.char("a"))
        #expect(c.model.callScript?.session.current.stepID == "answered")
        c.keys(.char("."))
        #expect(c.model.callScript?.session.stack.count == 1)
        #expect(c.model.callScript?.session.current.script.id == "opening")
        #expect(c.steps.suffix(2).map(\.step) == ["greet", "answered"])
    }

    @Test func whenTheOpeningHasEndedSpaceStartsTheClosingWhichEndsInHangUp() throws {
        var c = ScriptFixture.Console(language: .en)
        try c.takeCall()
        c.keys(.char(" "), .char(" "))
        #expect(c.model.callScript?.session.current.isFinished == true)
        #expect(c.model.callScript?.session.pendingAction == nil, "the opening ends with the conversation going on")
        #expect(c.screen.contains { $0.contains("Space Closing and satisfaction question") })
        c.keys(.char(" "))
        #expect(c.model.callScript?.session.stack.map(\.script.id) == ["opening", "closing"])
        #expect(c.screen.contains { $0.contains("Opening greeting › Closing and satisfaction question") })
        c.keys(.char(" "), .char("l"), .char(" "))
        #expect(c.model.callScript?.session.current.stepID == "goodbye")
        c.keys(.char(" "))
        #expect(c.model.callScript?.session.pendingAction == .hangUp)
        #expect(c.model.closingScript == nil, "a script that ended in hang-up is not followed by another closing")
        #expect(c.steps.map(\.step) == ["greet", "listen", "anything-else", "satisfaction", "low-score", "goodbye"])
        #expect(c.steps.map(\.action) == [.said, .said, .said, .branched, .said, .said])
    }

    @Test func aSituationKeySwitchesScriptsAndBackspaceReturns() throws {
        var c = ScriptFixture.Console()
        try c.takeCall()
        c.keys(.char("g"))
        let effects = c.keys(.char("n"))
        #expect(c.model.callScript?.session.stack.count == 1, "lower-case n is the global key, not line noise")
        #expect(effects.isEmpty && c.model.message?.isError == true)
        c.keys(.char("N"))
        #expect(c.model.callScript?.session.current.script.id == "line-noise")
        #expect(c.screen.contains { $0.contains("开场问候 › 线路杂音") })
        c.keys(.char("D"))
        #expect(c.model.callScript?.session.stack.map(\.script.id) == ["opening", "line-noise", "dialect"])
        c.keys(.backspace)
        c.keys(.char("<"))
        #expect(c.model.callScript?.session.stack.map(\.script.id) == ["opening"])
        #expect(c.model.callScript?.session.current.stepID == "greet-back", "the opening is where the agent left it")
        c.keys(.backspace)
        #expect(c.model.message?.text == "已是本通话的第一个话术")
        #expect(c.model.message?.isError == true)
    }

    @Test func scriptKeysWorkFromAnyPanelButNotWhileAFormIsTypedIn() throws {
        var c = ScriptFixture.Console(language: .en)
        try c.takeCall()
        c.keys(.escape)
        #expect(c.model.panel == .queue)
        c.keys(.char(" "))
        #expect(c.model.callScript?.session.current.stepID == "listen", "Space says the line from the queue panel")
        c.keys(.char("S"))
        #expect(c.model.callScript?.session.current.script.id == "silent-line", "a situation key works from the queue panel")
        c.keys(.char("4"), .char("a"))
        #expect(c.model.callScript?.session.current.stepID == "answered", "a branch key works from the case list")
        c.keys(.char("c"))
        #expect(c.model.complaint != nil && c.model.panel == .complaint)
        c.keys(.char("<"))
        #expect(c.model.callScript?.session.current.script.id == "silent-line", "typing in the complaint form moves no script")
        c.keys(.tab, .tab, .char(" "), .char("s"))
        #expect(c.model.callScript?.session.current.stepID == "answered")
        let call = try #require(c.model.callInHand?.id)
        c.apply(try Floor.hangUp(c.live, call: call))
        #expect(c.model.callScript?.call == call, "the script stays in view during wrap-up")
        c.apply(try Floor.complete(c.live, call: call, agent: "1001", category: .repair, disposition: "ok", notes: nil, resolved: true))
        #expect(c.model.callScript == nil)
    }

    @Test func oneKeyAndASmallFormSetTheSurnameAndTheScriptGreetsByIt() throws {
        var c = ScriptFixture.Console(language: .zh)
        try c.takeCall(from: Customer(name: "", phone: "13800000009"))
        let call = try #require(c.model.callInHand?.id)
        #expect(c.screen.contains { $0.contains("客户: 尚不知姓名 · m") })
        c.keys(.char("m"))
        #expect(c.screen.contains { $0.contains("客户称呼") })
        #expect(c.screen.contains { $0.contains("先生") })
        c.type("张")
        c.keys(.tab, .tab)
        c.type("海尔冰箱")
        let effects = c.keys(.ctrl("s"))
        #expect(effects == [.nameCaller(call: call, surname: "张", honorific: "先生")])
        #expect(c.model.overlay == nil)
        #expect(c.model.scriptContext.product == "海尔冰箱")
        c.apply(try Floor.nameCaller(c.live, call: call, surname: "张", honorific: "先生", by: "1001"))
        #expect(c.screen.contains { $0.contains("客户: 张先生") })
        c.keys(.char("A"), .char(" "))
        #expect(c.screen.contains { $0.contains("好的，张先生，谢谢您。") })

        c.keys(.function(7), .tab, .right)
        #expect(c.keys(.function(10)) == [.nameCaller(call: call, surname: "张", honorific: "女士")], "a wrong guess is corrected")
        c.keys(.char("m"), .tab)
        #expect(c.keys(.ctrl("s")).isEmpty, "nothing changed, nothing written")
    }

    @Test func aFollowUpCallOpensTheScriptItsFollowUpNames() throws {
        var c = ScriptFixture.Console(language: .en)
        var (state, now) = ConsoleFixture.floor(callers: 0)
        func apply(_ bodies: [EventBody]) {
            for body in bodies { state.apply(Event(seq: state.lastSeq + 1, at: now, agent: nil, user: "t", body: body)) }
        }
        let anna = Customer(name: "Anna Smith", surname: "Smith", honorific: "Ms", phone: "555", language: .en)
        apply([try FollowUps.schedule(state, customer: anna, dueAt: now, purpose: "low score", script: "satisfaction-recovery", at: now)])
        apply(FollowUps.fallingDue(state, at: now))
        now = now.addingTimeInterval(1)
        c.live = state
        c.clock.set(now)
        try c.takeCall()
        #expect(c.model.callScript?.session.current.script.id == "satisfaction-recovery", "not the first follow-up script")
        #expect(c.screen.contains { $0.contains("Satisfaction callback: apology and recovery") })
        #expect(c.screen.contains { $0.contains("Hello Ms Smith, this is") })
    }

    @Test func theHelpOverlayListsTheScriptKeys() {
        var model = ConsoleFixture.model(size: Size(width: 80, height: 24), language: .en)
        _ = model.update(.key(.char("?")))
        let text = ConsoleView(model: model).render().buffer.lines().joined(separator: "\n")
        #expect(text.contains("Space / ."))
        #expect(text.contains("Shift+key"))
        #expect(text.contains("Ctrl-R, F6"))
    }

    @Test(arguments: [(80, 24, Language.zh), (200, 60, .zh), (80, 24, .ko), (200, 60, .ko)])
    func theScriptPanelMatchesItsSnapshot(width: Int, height: Int, language: Language) throws {
        var c = ScriptFixture.Console(size: Size(width: width, height: height), language: language)
        try c.takeCall()
        c.keys(.char("S"))
        c.wait(2)
        try assertSnapshot(ConsoleView(model: c.model).render().buffer, named: "script-\(width)x\(height)-\(language.rawValue)")
    }
}
