import Foundation

/// One entry of a run's log: what the agent did with a step, and when.
public struct ScriptLogEntry: Sendable, Equatable {
    public let step: String
    public let action: ScriptStepRecorded.Action
    public let at: Date
    /// The key chosen, for `.branched`.
    public let branch: Character?
    /// The step the script went on to, or nil when it ended here.
    public let target: String?

    /// The compliance record the console appends to the journal.
    public func recorded(call: String, script: String) -> ScriptStepRecorded {
        ScriptStepRecorded(call: call, script: script, step: step, action: action)
    }
}

/// Why a run refused a move; the console shows it and nothing changes.
public enum ScriptRunError: Error, Sendable, Equatable, CustomStringConvertible {
    case finished
    /// The step only goes on through one of its branches.
    case choiceRequired(step: String)
    case unknownBranch(step: String, key: Character)

    public var description: String {
        switch self {
        case .finished: "the script has ended"
        case .choiceRequired(let step): "step \(step) goes on only by choosing one of its branches"
        case .unknownBranch(let step, let key): "step \(step) has no branch \"\(key)\""
        }
    }
}

/// A script being followed on one call: where the agent is, the countdown of
/// a timed wait, and the log of what was said, skipped or branched. A value:
/// every move takes the time from the caller, so tests drive it with any clock.
public struct ScriptRun: Sendable, Equatable {
    public let script: Script
    public private(set) var stepID: String
    /// When the current step became current; its countdown runs from here.
    public private(set) var stepStartedAt: Date
    /// Set when an "offer" wait has run out: the step the agent may confirm.
    public private(set) var offered: String?
    public private(set) var log: [ScriptLogEntry] = []
    public private(set) var isFinished = false
    /// The final action to carry out, once the agent has said the final step.
    public private(set) var outcome: FinalAction?

    public init(script: Script, startedAt: Date) {
        self.script = script
        stepID = script.start
        stepStartedAt = startedAt
    }

    /// The step the agent is on. Always exists: `Script` validated its targets.
    public var currentStep: ScriptStep { script.step(stepID)! }

    /// Seconds left on the current step's wait (never below 0), or nil when
    /// the step has no wait or the run has ended.
    public func remaining(at now: Date) -> TimeInterval? {
        guard !isFinished, let wait = currentStep.wait else { return nil }
        return max(0, stepStartedAt.addingTimeInterval(TimeInterval(wait.seconds)).timeIntervalSince(now))
    }

    /// The agent said the current step and goes on: to its next step, or, on a
    /// final step, the run ends with that step's action as `outcome`.
    public mutating func advance(at now: Date) throws(ScriptRunError) {
        try goOn(.said, at: now)
    }

    /// The agent chose a branch with its key.
    public mutating func choose(_ key: Character, at now: Date) throws(ScriptRunError) {
        let step = try movable()
        guard let branch = step.branch(key) else { throw .unknownBranch(step: step.id, key: key) }
        record(step.id, .branched, at: now, branch: branch.key, target: branch.target)
        move(to: branch.target, at: now)
    }

    /// The agent passed over the current step without saying it. Skipping a
    /// final step ends the run without an action to carry out.
    public mutating func skip(at now: Date) throws(ScriptRunError) {
        try goOn(.skipped, at: now)
    }

    /// Leaves the current step, said or skipped, for its next step; a final
    /// step ends the run, with its action as `outcome` only if it was said.
    private mutating func goOn(_ action: ScriptStepRecorded.Action, at now: Date) throws(ScriptRunError) {
        let step = try movable()
        if let final = step.final {
            record(step.id, action, at: now, target: nil)
            isFinished = true
            if action == .said { outcome = final }
            return
        }
        guard let next = step.next else { throw .choiceRequired(step: step.id) }
        record(step.id, action, at: now, target: next)
        move(to: next, at: now)
    }

    /// Lets time pass. A wait that has run out either moves on (logged as said,
    /// at the moment it ran out, so a late tick catches up through several
    /// waits exactly) or offers its next step. Returns whether anything changed.
    @discardableResult
    public mutating func tick(_ now: Date) -> Bool {
        var changed = false
        while !isFinished, let wait = currentStep.wait, let next = currentStep.next {
            let deadline = stepStartedAt.addingTimeInterval(TimeInterval(wait.seconds))
            guard deadline <= now else { break }
            if wait.then == .offer {
                if offered != next {
                    offered = next
                    changed = true
                }
                break
            }
            record(stepID, .said, at: deadline, target: next)
            move(to: next, at: deadline)
            changed = true
        }
        return changed
    }

    /// A step's texts in the context's language with placeholders filled.
    public func render(_ step: ScriptStep, context: ScriptContext) -> RenderedStep {
        step.rendered(in: context)
    }

    /// The log as journal records, from entry `since` on (the console keeps
    /// how many it has already appended).
    public func records(call: String, since: Int = 0) -> [ScriptStepRecorded] {
        log.dropFirst(since).map { $0.recorded(call: call, script: script.id) }
    }

    /// Starts the current step's countdown afresh: the agent came back to
    /// this script from a situation script, and its wait was not running.
    mutating func resume(at now: Date) {
        stepStartedAt = now
        offered = nil
    }

    private func movable() throws(ScriptRunError) -> ScriptStep {
        if isFinished { throw .finished }
        return currentStep
    }

    private mutating func record(_ step: String, _ action: ScriptStepRecorded.Action, at: Date, branch: Character? = nil, target: String?) {
        log.append(ScriptLogEntry(step: step, action: action, at: at, branch: branch, target: target))
    }

    private mutating func move(to step: String, at now: Date) {
        stepID = step
        stepStartedAt = now
        offered = nil
    }
}
