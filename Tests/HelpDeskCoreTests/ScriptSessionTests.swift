import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Switching scripts on a call")
struct ScriptSessionTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    let library = ScriptLibrary.load(try! ShippedResources.scriptFiles()).library

    func script(_ id: String) throws -> Script { try #require(library.script(id)) }

    @Test("a situation script that ends with continue returns to the script beneath")
    func situationReturns() throws {
        var session = ScriptSession(start: try script("opening"))
        try session.advance(at: t0 + 1)
        #expect(session.current.stepID == "listen")
        session.enter(try script("silent-line"))
        try session.advance(at: t0 + 2)
        session.enter(try script("silent-line"))
        #expect(session.stack.map(\.script.id) == ["opening", "silent-line"])
        #expect(session.current.remaining(at: t0 + 3) == 4, "pressing the running script's key again restarts nothing")
        try session.choose("a", at: t0 + 4)
        try session.advance(at: t0 + 5)
        #expect(session.stack.map(\.script.id) == ["opening"])
        #expect(session.current.stepID == "listen")
        #expect(session.pendingAction == nil)
        #expect(session.records(call: "C-1") == [
            ScriptStepRecorded(call: "C-1", script: "opening", step: "greet", action: .said),
            ScriptStepRecorded(call: "C-1", script: "silent-line", step: "greet", action: .said),
            ScriptStepRecorded(call: "C-1", script: "silent-line", step: "greet", action: .branched),
            ScriptStepRecorded(call: "C-1", script: "silent-line", step: "answered", action: .said),
        ])
        #expect(session.records(call: "C-1", since: 3).count == 1)
    }

    @Test("a script that ends in hang-up stays on top with the action pending")
    func finalActionPending() throws {
        var session = ScriptSession(start: try script("opening"))
        session.enter(try script("silent-line"))
        for said in [t0, t0 + 5, t0 + 10] {
            try session.advance(at: said)
            let moved1 = session.tick(said + 5)
            #expect(moved1)
        }
        #expect(session.current.stepID == "hang-up")
        #expect(session.pendingAction == nil)
        try session.advance(at: t0 + 16)
        #expect(session.pendingAction == .hangUp)
        #expect(session.stack.count == 2)
        #expect(session.log.map(\.entry.step) == ["greet", "greet-again", "close", "hang-up"])
        #expect(session.log.map(\.entry.at) == [t0, t0 + 5, t0 + 10, t0 + 16])
    }

    @Test("the script beneath waits, and its countdown starts afresh on return")
    func countdownResumes() throws {
        var session = ScriptSession(start: try script("silent-line"))
        try session.advance(at: t0)
        session.enter(try script("complaint"))
        let changed = session.tick(t0 + 30)
        #expect(!changed)
        #expect(session.current.script.id == "complaint")
        let left = session.leave(at: t0 + 40)
        #expect(left)
        #expect(session.current.stepID == "greet")
        #expect(session.current.remaining(at: t0 + 41) == 4)
        let leftBottom = session.leave(at: t0 + 42)
        #expect(!leftBottom)
        #expect(session.stack.count == 1)
    }

    @Test("refused moves change nothing")
    func refusals() throws {
        var session = ScriptSession(start: try script("complaint"))
        try session.advance(at: t0)
        try session.advance(at: t0)
        let before = session
        #expect(throws: ScriptRunError.choiceRequired(step: "explain")) { try session.advance(at: t0 + 1) }
        #expect(session == before)
    }
}
