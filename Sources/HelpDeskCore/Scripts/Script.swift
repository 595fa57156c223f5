import Foundation

/// What a script is for, so the console knows when to start it: the opening
/// when a call is taken, a situation script on the agent's key, the closing at
/// the end, the follow-up script for an outbound follow-up call.
public enum ScriptKind: String, Sendable, CaseIterable {
    case opening
    case situation
    case closing
    case followUp = "follow-up"
}

/// What the agent (or the console for them) does when a script ends.
public enum FinalAction: String, Sendable, CaseIterable {
    case hangUp = "hang-up"
    case transfer
    case escalate
    case scheduleFollowUp = "schedule-follow-up"
    /// The conversation goes on: back to the script the agent came from, or free talk.
    case `continue`
}

/// What happens when a timed wait runs out.
public enum WaitOutcome: String, Sendable, CaseIterable {
    /// Move to the next step by itself (the silent line: nobody is there to answer).
    case advance
    /// Keep the step and offer the next one; the agent confirms with a key.
    case offer
}

/// "Wait 5 seconds, then …": the countdown starts when the step becomes current.
public struct ScriptWait: Sendable, Equatable {
    public let seconds: Int
    public let then: WaitOutcome
    public init(seconds: Int, then: WaitOutcome) {
        self.seconds = seconds
        self.then = then
    }
}

/// A choice the agent makes with one key ("a": the caller answers).
public struct ScriptBranch: Sendable, Equatable {
    public let key: Character
    public let label: LocalizedText
    public let target: String
    public init(key: Character, label: LocalizedText, target: String) {
        self.key = key
        self.label = label
        self.target = target
    }
}

/// One step of a script: what to say, what never to say, a coaching note,
/// and how the script goes on (next step, branches, a timed wait) or ends.
public struct ScriptStep: Sendable, Equatable, Identifiable {
    public let id: String
    public let say: LocalizedText?
    public let neverSay: LocalizedText?
    public let note: LocalizedText?
    public let branches: [ScriptBranch]
    public let wait: ScriptWait?
    public let next: String?
    public let final: FinalAction?

    public init(
        id: String, say: LocalizedText? = nil, neverSay: LocalizedText? = nil, note: LocalizedText? = nil,
        branches: [ScriptBranch] = [], wait: ScriptWait? = nil, next: String? = nil, final: FinalAction? = nil
    ) {
        self.id = id
        self.say = say
        self.neverSay = neverSay
        self.note = note
        self.branches = branches
        self.wait = wait
        self.next = next
        self.final = final
    }

    public func branch(_ key: Character) -> ScriptBranch? {
        let folded = Character(key.lowercased())
        return branches.first { Character($0.key.lowercased()) == folded }
    }
}

/// A validated call script. Only `ScriptDecoder` and tests build these, so a
/// `Script` always has a start step and every target it names exists.
public struct Script: Sendable, Equatable, Identifiable {
    /// The file name without ".json": what `helpdesk scripts show NAME` takes.
    public let id: String
    public let kind: ScriptKind
    /// The key that switches the console to this script (situation scripts).
    public let key: Character?
    public let title: LocalizedText
    public let summary: LocalizedText?
    public let start: String
    /// What a line says where the call does not know a placeholder's value
    /// yet ("您", "the customer"): every placeholder the script uses has one.
    public let fallbacks: [ScriptPlaceholder: LocalizedText]
    /// The steps in file order, which is the order `show` prints them.
    public let steps: [ScriptStep]
    private let index: [String: Int]

    public init(
        id: String, kind: ScriptKind, key: Character? = nil, title: LocalizedText, summary: LocalizedText? = nil,
        start: String, fallbacks: [ScriptPlaceholder: LocalizedText] = [:], steps: [ScriptStep]
    ) {
        self.id = id
        self.kind = kind
        self.key = key
        self.title = title
        self.summary = summary
        self.start = start
        self.fallbacks = fallbacks
        self.steps = steps
        var index: [String: Int] = [:]
        for (position, step) in steps.enumerated() where index[step.id] == nil { index[step.id] = position }
        self.index = index
    }

    public func step(_ id: String) -> ScriptStep? { index[id].map { steps[$0] } }

    /// One of this script's texts in the context's language, filled, with the script's fallbacks.
    public func fill(_ text: LocalizedText, in context: ScriptContext) -> RenderedLine {
        context.fill(text[context.language], fallbacks: fallbacks)
    }
}
