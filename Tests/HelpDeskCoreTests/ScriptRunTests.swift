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

    @Test("the silent line reaches hang-up after three 5-second waits")
    func silentLineReachesHangUp() throws {
        let clock = ManualClock(t0)
        var run = ScriptRun(script: try shipped("silent-line"), startedAt: clock.now())
        #expect(run.stepID == "greet")
        #expect(run.remaining(at: clock.now()) == 5)

        clock.advance(by: 4.9)
        let changed1 = run.tick(clock.now())
        #expect(!changed1)
        #expect(run.stepID == "greet")
        #expect(abs(run.remaining(at: clock.now())! - 0.1) < 1e-6)

        var visited: [String] = []
        for _ in 0..<3 {
            clock.advance(by: 5)
            let changed2 = run.tick(clock.now())
            #expect(changed2)
            visited.append(run.stepID)
        }
        // 4.9 + 5 = 9.9 s: first wait over; 14.9 s: second; 19.9 s: third.
        #expect(visited == ["greet-again", "close", "hang-up"])
        #expect(run.currentStep.final == .hangUp)
        #expect(run.remaining(at: clock.now()) == nil)
        #expect(run.log.map(\.step) == ["greet", "greet-again", "close"])
        #expect(run.log.allSatisfy { $0.action == .said })
        #expect(run.log.map(\.at) == [t0 + 5, t0 + 10, t0 + 15])

        try run.advance(at: clock.now())
        #expect(run.isFinished)
        #expect(run.outcome == .hangUp)
        #expect(run.records(call: "C-1").map(\.step) == ["greet", "greet-again", "close", "hang-up"])
    }

    @Test("a late tick catches up through every wait that ran out, at the times they ran out")
    func lateTickCatchesUp() throws {
        var run = ScriptRun(script: try shipped("silent-line"), startedAt: t0)
        let changed1 = run.tick(t0 + 14.999)
        #expect(changed1)
        #expect(run.stepID == "close")
        #expect(abs(run.remaining(at: t0 + 14.999)! - 0.001) < 1e-6)
        let changed2 = run.tick(t0 + 60)
        #expect(changed2)
        #expect(run.stepID == "hang-up")
        #expect(run.log.map(\.at) == [t0 + 5, t0 + 10, t0 + 15])
        let changed3 = run.tick(t0 + 120)
        #expect(!changed3)
    }

    @Test("choosing a branch moves to its target, stops the countdown, and is logged as branched")
    func branchStopsCountdown() throws {
        var run = ScriptRun(script: try shipped("silent-line"), startedAt: t0)
        run.tick(t0 + 6)
        #expect(run.stepID == "greet-again")
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
            ScriptStepRecorded(call: "C-9", script: "silent-line", step: "greet-again", action: .branched),
            ScriptStepRecorded(call: "C-9", script: "silent-line", step: "answered", action: .said),
        ])
        #expect(run.records(call: "C-9", since: 2).map(\.step) == ["answered"])
    }

    @Test("skipping goes on without saying; refusals leave the run unchanged")
    func skipAndRefusals() throws {
        var run = ScriptRun(script: try shipped("complaint"), startedAt: t0)
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
        var run = ScriptRun(script: script, startedAt: t0)
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
        #expect(run.log == [ScriptLogEntry(step: "ask", action: .said, at: t0 + 31, branch: nil, target: "end")])
    }

    @Test("the countdown restarts from the moment a step becomes current")
    func countdownPerStep() throws {
        var run = ScriptRun(script: try shipped("caller-too-quiet"), startedAt: t0)
        #expect(run.remaining(at: t0 + 3) == nil)
        try run.advance(at: t0 + 20)
        #expect(run.stepID == "still-unclear")
        #expect(run.remaining(at: t0 + 22) == 3)
        let changed1 = run.tick(t0 + 25)
        #expect(changed1)
        #expect(run.currentStep.final == .hangUp)
    }
}
