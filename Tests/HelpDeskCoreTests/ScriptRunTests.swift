import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Following a script: steps, branches, timed waits")
struct ScriptRunTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func shipped(_ id: String) throws -> Script {
        let (library, _) = ScriptLibrary.load(try ShippedResources.scriptFiles())
        return try #require(library.script(id))
    }

    @Test("the silent line: say, wait 5 s, three times, then hang up; each countdown starts when the line is marked said")
    func silentLineReachesHangUp() throws {
        let clock = ManualClock(t0)
        var run = ScriptRun(script: try shipped("silent-line"))
        #expect(run.stepID == "greet")
        #expect(run.awaitsSaying)
        #expect(run.remaining(at: clock.now()) == nil, "no countdown before the line is said")
        clock.advance(by: 30)
        let moved101 = run.tick(clock.now())
        #expect(!moved101, "the step waits for the agent however long it takes to say it")
        #expect(run.stepID == "greet")

        var visited: [String] = []
        for _ in 0..<3 {
            try run.advance(at: clock.now())
            #expect(run.remaining(at: clock.now()) == 5)
            clock.advance(by: 4.9)
            let moved102 = run.tick(clock.now())
            #expect(!moved102)
            #expect(abs(run.remaining(at: clock.now())! - 0.1) < 1e-6)
            clock.advance(by: 0.1)
            let moved103 = run.tick(clock.now())
            #expect(moved103)
            visited.append(run.stepID)
            clock.advance(by: 2)
        }
        #expect(visited == ["greet-again", "close", "hang-up"])
        #expect(run.currentStep.final == .hangUp)
        #expect(run.remaining(at: clock.now()) == nil)
        #expect(run.log.map(\.step) == ["greet", "greet-again", "close"])
        #expect(run.log.allSatisfy { $0.action == .said })
        #expect(run.log.map(\.at) == [t0 + 30, t0 + 37, t0 + 44], "logged when said, not when the wait ran out")

        try run.advance(at: clock.now())
        #expect(run.isFinished)
        #expect(run.outcome == .hangUp)
        #expect(run.records(call: "C-1").map(\.step) == ["greet", "greet-again", "close", "hang-up"])
    }

    @Test("a late tick moves on by one step only: the next line still has to be said")
    func lateTickMovesOneStep() throws {
        var run = ScriptRun(script: try shipped("silent-line"))
        try run.advance(at: t0)
        let moved1 = run.tick(t0 + 60)
        #expect(moved1)
        #expect(run.stepID == "greet-again")
        #expect(run.awaitsSaying)
        let moved2 = run.tick(t0 + 120)
        #expect(!moved2)
        #expect(run.stepID == "greet-again")
    }

    @Test("going on before a wait has run out is logged as a skipped wait, by Space or by s")
    func skippedWaitIsLogged() throws {
        var run = ScriptRun(script: try shipped("silent-line"))
        try run.advance(at: t0)
        try run.advance(at: t0 + 2)
        #expect(run.stepID == "greet-again")
        try run.advance(at: t0 + 3)
        try run.skip(at: t0 + 4)
        #expect(run.stepID == "close")
        try run.skip(at: t0 + 5)
        #expect(run.stepID == "hang-up")
        #expect(run.log.map(\.action) == [.said, .waitSkipped, .said, .waitSkipped, .skipped])
        #expect(run.records(call: "C-2").filter { $0.action == .waitSkipped }.map(\.step) == ["greet", "greet-again"])
    }

    @Test("choosing a branch moves to its target, stops the countdown, and is logged as branched")
    func branchStopsCountdown() throws {
        var run = ScriptRun(script: try shipped("silent-line"))
        try run.advance(at: t0)
        run.tick(t0 + 6)
        #expect(run.stepID == "greet-again")
        try run.advance(at: t0 + 6.5)
        try run.choose("A", at: t0 + 7)
        #expect(run.stepID == "answered")
        #expect(run.remaining(at: t0 + 7) == nil)
        let changed1 = run.tick(t0 + 100)
        #expect(!changed1)
        #expect(run.log.last == ScriptLogEntry(step: "greet-again", action: .branched, at: t0 + 7, branch: "a", target: "answered"))
        try run.advance(at: t0 + 8)
        #expect(run.outcome == .continue)
        #expect(run.records(call: "C-9") == [
            ScriptStepRecorded(call: "C-9", script: "silent-line", step: "greet", action: .said),
            ScriptStepRecorded(call: "C-9", script: "silent-line", step: "greet-again", action: .said),
            ScriptStepRecorded(call: "C-9", script: "silent-line", step: "greet-again", action: .branched),
            ScriptStepRecorded(call: "C-9", script: "silent-line", step: "answered", action: .said),
        ])
        #expect(run.records(call: "C-9", since: 3).map(\.step) == ["answered"])
    }

    @Test("skipping goes on without saying; refusals leave the run unchanged")
    func skipAndRefusals() throws {
        var run = ScriptRun(script: try shipped("complaint"))
        try run.skip(at: t0 + 1)
        #expect(run.stepID == "record")
        try run.advance(at: t0 + 2)
        #expect(run.stepID == "explain")
        let before = run
        #expect(throws: ScriptRunError.choiceRequired(step: "explain")) { try run.advance(at: t0 + 3) }
        #expect(throws: ScriptRunError.unknownBranch(step: "explain", key: "z")) { try run.choose("z", at: t0 + 3) }
        #expect(run == before)
        try run.choose("e", at: t0 + 4)
        try run.advance(at: t0 + 5)
        #expect(run.stepID == "promise")
        try run.skip(at: t0 + 6)
        #expect(run.isFinished)
        #expect(run.outcome == nil)
        #expect(run.log.map(\.action) == [.skipped, .said, .branched, .said, .skipped])
        #expect(throws: ScriptRunError.finished) { try run.advance(at: t0 + 7) }
    }

    @Test("an offer wait keeps the step and offers the next one when it runs out")
    func offerWait() throws {
        let script = try decodeScript("""
            {"title": \(all("T")), "kind": "situation", "start": "ask", "steps": [
              {"id": "ask", "say": \(all("Are you there?")), "wait": {"seconds": 10, "then": "offer"}, "next": "end"},
              {"id": "end", "say": \(all("Bye")), "final": "hang-up"}
            ]}
            """)
        var run = ScriptRun(script: script)
        try run.advance(at: t0)
        let changed1 = run.tick(t0 + 9)
        #expect(!changed1)
        #expect(run.offered == nil)
        let changed2 = run.tick(t0 + 10)
        #expect(changed2)
        #expect(run.offered == "end")
        #expect(run.stepID == "ask")
        #expect(run.remaining(at: t0 + 12) == 0)
        let changed3 = run.tick(t0 + 30)
        #expect(!changed3)
        try run.advance(at: t0 + 31)
        #expect(run.stepID == "end")
        #expect(run.offered == nil)
        #expect(run.log == [ScriptLogEntry(step: "ask", action: .said, at: t0, branch: nil, target: nil)],
                "confirming an offer that ran out is no skip")
    }

    @Test("each timed step's countdown starts when its own line is said")
    func countdownPerStep() throws {
        var run = ScriptRun(script: try shipped("caller-too-quiet"))
        #expect(run.remaining(at: t0 + 3) == nil)
        try run.advance(at: t0 + 20)
        #expect(run.stepID == "still-unclear")
        #expect(run.remaining(at: t0 + 22) == nil)
        try run.advance(at: t0 + 22)
        #expect(run.remaining(at: t0 + 24) == 3)
        let changed1 = run.tick(t0 + 27)
        #expect(changed1)
        #expect(run.currentStep.final == .hangUp)
    }
}
