import Foundation
import HelpDeskCore

/// The floor operations the tests drive, as the CLI does.
extension FloorStore {
    @discardableResult
    public func ring(_ name: String, phone: String, tier: Tier = .regular) throws -> String {
        let event = try commit(agent: nil) { state, now in
            try Floor.ring(state, customer: Customer(name: name, phone: phone, tier: tier), at: now)
        }
        guard case .callRung(let rung) = event.body else { throw DomainError.unknownCall("?") }
        return rung.call.id
    }

    /// Claims the head of the queue, or nil when it is empty.
    public func claim(agent: String) throws -> String? {
        do {
            return try commit(agent: agent) { state, now in try Floor.claimNext(state, agent: agent, at: now) }.body.callID
        } catch DomainError.queueEmpty {
            return nil
        }
    }

    /// Takes a call through wrap-up to done.
    public func finish(_ call: String, agent: String) throws {
        try commit(agent: agent) { state, _ in try Floor.hangUp(state, call: call) }
        try commit(agent: agent) { state, _ in
            try Floor.complete(state, call: call, agent: agent, category: .inquiry, disposition: "answered", notes: nil)
        }
    }
}
