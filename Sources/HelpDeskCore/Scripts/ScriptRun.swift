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
///
/// A timed step ("greet, wait 5 seconds") runs in two beats, as the seed's
/// silent-line drill does: the agent says the line and marks it said, and
/// only then does the countdown start; when it runs out the script goes on
/// (or offers the next step). Going on before it runs out is possible, and
/// is logged as a skipped wait.
public struct ScriptRun: Sendable, Equatable {
    public let script: Script
    public private(set) var stepID: String
    /// When the agent marked the current timed step said: its countdown runs
    /// from here. Nil while the line has not been said (or the step has no wait).
    public private(set) var waitStartedAt: Date?
    /// Set when an "offer" wait has run out: the step the agent may confirm.
    public private(set) var offered: String?
    public private(set) var log: [ScriptLogEntry] = []
    public private(set) var isFinished = false
    /// The final action to carry out, once the agent has said the final step.
    public private(set) var outcome: FinalAction?

    public init(script: Script) {
        self.script = script
        stepID = script.start
    }

    /// The step the agent is on. Always exists: `Script` validated its targets.
    public var currentStep: ScriptStep { script.step(stepID)! }

    /// Seconds left on the current step's wait (never below 0), or nil when
    /// the step has no wait, its line is not said yet, or the run has ended.
    public func remaining(at now: Date) -> TimeInterval? {
        guard !isFinished, let wait = currentStep.wait, let started = waitStartedAt else { return nil }
        return max(0, started.addingTimeInterval(TimeInterval(wait.seconds)).timeIntervalSince(now))
    }

    /// True when the current step waits for its line to be said before its countdown starts.
    public var awaitsSaying: Bool { !isFinished && currentStep.wait != nil && waitStartedAt == nil }

    /// The agent said the current step and goes on: to its next step, or, on a
    /// final step, the run ends with that step's action as `outcome`. On a
    /// timed step the first press starts the countdown instead; a second
    /// press before it has run out goes on and logs the wait as skipped.
    public mutating func advance(at now: Date) throws(ScriptRunError) {
        let step = try movable()
        guard step.wait != nil, let next = step.next else { return try goOn(.said, at: now) }
        guard let started = waitStartedAt else {
            record(step.id, .said, at: now, target: nil)
            waitStartedAt = now
            return
        }
        if offered == nil, now < started.addingTimeInterval(TimeInterval(step.wait!.seconds)) {
            record(step.id, .waitSkipped, at: now, target: next)
        }
        move(to: next)
    }

    /// The agent chose a branch with its key.
    public mutating func choose(_ key: Character, at now: Date) throws(ScriptRunError) {
        let step = try movable()
        guard let branch = step.branch(key) else { throw .unknownBranch(step: step.id, key: key) }
        record(step.id, .branched, at: now, branch: branch.key, target: branch.target)
        move(to: branch.target)
    }

    /// The agent passed over the current step without saying it. Skipping a
    /// final step ends the run without an action to carry out; skipping a
    /// timed step whose line was said cuts its wait short (a skipped wait).
    public mutating func skip(at now: Date) throws(ScriptRunError) {
        if waitStartedAt != nil { return try advance(at: now) }
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
        move(to: next)
    }

    /// Lets time pass. A countdown that has run out either moves on to the
    /// next step (whose own line is then said by the agent, so no more than
    /// one wait ever passes in one tick) or offers its next step. Returns
    /// whether anything changed.
    @discardableResult
    public mutating func tick(_ now: Date) -> Bool {
        guard !isFinished, let wait = currentStep.wait, let next = currentStep.next, let started = waitStartedAt,
              started.addingTimeInterval(TimeInterval(wait.seconds)) <= now else { return false }
        if wait.then == .offer {
            guard offered != next else { return false }
            offered = next
            return true
        }
        move(to: next)
        return true
    }

    /// A step's texts in the context's language with placeholders filled
    /// (the script's fallback wording where a value is unknown).
    public func render(_ step: ScriptStep, context: ScriptContext) -> RenderedStep {
        step.rendered(in: context, fallbacks: script.fallbacks)
    }

    /// The log as journal records, from entry `since` on (the console keeps
    /// how many it has already appended).
    public func records(call: String, since: Int = 0) -> [ScriptStepRecorded] {
        log.dropFirst(since).map { $0.recorded(call: call, script: script.id) }
    }

    /// Starts the current step's countdown afresh if its line had been
    /// said: the agent came back to this script from a situation script,
    /// and its wait was not running meanwhile.
    mutating func resume(at now: Date) {
        if waitStartedAt != nil { waitStartedAt = now }
        offered = nil
    }

    private func movable() throws(ScriptRunError) -> ScriptStep {
        if isFinished { throw .finished }
        return currentStep
    }

    private mutating func record(_ step: String, _ action: ScriptStepRecorded.Action, at: Date, branch: Character? = nil, target: String?) {
        log.append(ScriptLogEntry(step: step, action: action, at: at, branch: branch, target: target))
    }

    private mutating func move(to step: String) {
        stepID = step
        waitStartedAt = nil
        offered = nil
    }
}
