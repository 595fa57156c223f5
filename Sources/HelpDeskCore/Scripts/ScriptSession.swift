import Foundation

/// The scripts on one call. The call starts in one script (the opening, or
/// the follow-up script on an outbound follow-up); the agent switches to a
/// situation script with its key (silent line, complaint …) and comes back
/// when it ends with `continue`. Only the script on top runs: the one
/// beneath waits, and its countdown starts afresh on return.
public struct ScriptSession: Sendable, Equatable {
    /// The call's first script at the bottom, the running one on top.
    public private(set) var stack: [ScriptRun]
    /// What was said, skipped or branched on this call, in order, across all
    /// scripts: the compliance record.
    public private(set) var log: [Entry] = []

    /// One log entry and the script it belongs to.
    public struct Entry: Sendable, Equatable {
        public let script: String
        public let entry: ScriptLogEntry
    }

    public init(start script: Script) {
        stack = [ScriptRun(script: script)]
    }

    public var current: ScriptRun { stack[stack.count - 1] }

    /// The action the agent has to carry out now (hang up, transfer, escalate,
    /// schedule a follow-up), once the running script has ended with one.
    public var pendingAction: FinalAction? {
        current.isFinished && current.outcome != .continue ? current.outcome : nil
    }

    /// Switches to `script` (the agent pressed its key). Pressing the key of
    /// the script already running does nothing; a script already lower in the
    /// stack is left running there and a fresh run goes on top.
    public mutating func enter(_ script: Script) {
        if current.script.id == script.id && !current.isFinished { return }
        stack.append(ScriptRun(script: script))
    }

    /// Leaves the running script for the one beneath it; false (and nothing
    /// changes) when it is the call's first script.
    @discardableResult
    public mutating func leave(at now: Date) -> Bool {
        guard stack.count > 1 else { return false }
        stack.removeLast()
        stack[stack.count - 1].resume(at: now)
        return true
    }

    public mutating func advance(at now: Date) throws(ScriptRunError) {
        try onTop(at: now) { (run: inout ScriptRun) throws(ScriptRunError) in try run.advance(at: now) }
    }

    public mutating func choose(_ key: Character, at now: Date) throws(ScriptRunError) {
        try onTop(at: now) { (run: inout ScriptRun) throws(ScriptRunError) in try run.choose(key, at: now) }
    }

    public mutating func skip(at now: Date) throws(ScriptRunError) {
        try onTop(at: now) { (run: inout ScriptRun) throws(ScriptRunError) in try run.skip(at: now) }
    }

    /// Lets time pass for the running script; true when something changed.
    @discardableResult
    public mutating func tick(_ now: Date) -> Bool {
        var changed = false
        onTop(at: now) { run in changed = run.tick(now) }
        return changed
    }

    /// The log as journal records, from entry `since` on.
    public func records(call: String, since: Int = 0) -> [ScriptStepRecorded] {
        log.dropFirst(since).map { $0.entry.recorded(call: call, script: $0.script) }
    }

    /// Applies a move to the running script, copies its new log entries to
    /// the session's log, and returns to the script beneath when a situation
    /// script has ended with `continue` (or was skipped to its end).
    private mutating func onTop<E: Error>(at now: Date, _ move: (inout ScriptRun) throws(E) -> Void) throws(E) {
        let top = stack.count - 1
        let before = stack[top].log.count
        defer {
            let run = stack[top]
            log += run.log.dropFirst(before).map { Entry(script: run.script.id, entry: $0) }
            if run.isFinished && (run.outcome == .continue || run.outcome == nil) && stack.count > 1 {
                leave(at: now)
            }
        }
        try move(&stack[top])
    }
}
