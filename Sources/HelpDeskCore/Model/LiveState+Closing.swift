import Foundation

extension LiveState {
    /// The final record of the call `event` closes, as this state holds it
    /// just before, with the closing facts added; nil for other events.
    /// Every store files these into its history of closed calls, which the
    /// live state no longer carries.
    public func callClosed(by event: Event) -> Call? {
        switch event.body {
        case .callCompleted(let p):
            guard var call = calls[p.call] else { return nil }
            call.state = .done
            call.wrappedAt = event.at
            call.category = p.category
            call.disposition = p.disposition
            call.notes = p.notes ?? call.notes
            return call
        case .callAbandoned(let p):
            guard var call = calls[p.call] else { return nil }
            call.state = .abandoned
            call.endedAt = event.at
            return call
        case .callTransferred(let p):
            guard var call = calls[p.call] else { return nil }
            call.state = .transferred
            call.endedAt = call.endedAt ?? event.at
            call.disposition = "transferred to \(p.queue)"
            return call
        default:
            return nil
        }
    }
}
