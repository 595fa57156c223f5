import Foundation

/// Where the complaint-handling steps of seed 003 must hold (`steps.json`):
/// which steps accepting, resolving and closing a complaint need. The
/// domain refuses the move while one is missing, naming it, so "100 − 1 = 0"
/// is enforced and not left to a tick box.
public struct HandlingRules: Sendable, Equatable {
    /// The moves that are gated.
    public enum Gate: String, Sendable, CaseIterable, CodingKey {
        case accept, resolve, close
    }

    public var required: [Gate: [HandlingChecklist.Item]]

    /// No gates: rules built in code for tests of other things.
    public init(required: [Gate: [HandlingChecklist.Item]] = [:]) { self.required = required }

    /// Refuses `gate` on a complaint whose checklist lacks a required step.
    func check(_ gate: Gate, _ checklist: HandlingChecklist, complaint id: String) throws {
        let missing = (required[gate] ?? []).filter { !checklist.isDone($0) }
        guard !missing.isEmpty else { return }
        throw DomainError.invalid(
            field: "checklist",
            reason: "\(gate.verb) complaint \(id) needs the handling steps \(missing.map(\.rawValue).joined(separator: ", ")) first"
                + " (tick them on the complaint form, or helpdesk complaint check \(id) --step …)")
    }
}

extension HandlingRules.Gate {
    var verb: String {
        switch self {
        case .accept: "accepting"
        case .resolve: "resolving"
        case .close: "closing"
        }
    }
}

extension HandlingRules: Decodable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Gate.self)
        var required: [Gate: [HandlingChecklist.Item]] = [:]
        for gate in Gate.allCases { required[gate] = try c.decodeIfPresent([HandlingChecklist.Item].self, forKey: gate) ?? [] }
        self.init(required: required)
    }
}

extension HandlingChecklist {
    /// All seven steps of seed 003, as `steps.json` names them.
    public enum Item: String, Sendable, CaseIterable, Codable {
        case listened, stayedCalm, recordedKeyPoints, explained, escalated, gaveFeedback, toldHowLong
    }

    public func isDone(_ item: Item) -> Bool {
        switch item {
        case .listened: listened
        case .stayedCalm: stayedCalm
        case .recordedKeyPoints: recordedKeyPoints
        case .explained: explained
        case .escalated: escalatedTo != nil
        case .gaveFeedback: gaveFeedback
        case .toldHowLong: toldHowLong
        }
    }
}
