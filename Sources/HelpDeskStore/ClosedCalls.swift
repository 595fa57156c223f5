import Foundation
import HelpDeskCore

/// A call that left the live state, with the segment whose event closed it:
/// compaction files it into the history buckets, and until then `history`
/// finds it here.
struct ClosedCall {
    var segment: Int
    var call: Call

    /// The final record of the call `event` closes, as the live state held
    /// it just before, with the closing facts added; nil for other events.
    static func closing(_ event: Event, in state: LiveState) -> Call? {
        switch event.body {
        case .callCompleted(let p):
            guard var call = state.calls[p.call] else { return nil }
            call.state = .done
            call.wrappedAt = event.at
            call.category = p.category
            call.disposition = p.disposition
            call.notes = p.notes ?? call.notes
            return call
        case .callAbandoned(let p):
            guard var call = state.calls[p.call] else { return nil }
            call.state = .abandoned
            call.endedAt = event.at
            return call
        case .callTransferred(let p):
            guard var call = state.calls[p.call] else { return nil }
            call.state = .transferred
            call.endedAt = call.endedAt ?? event.at
            call.disposition = "transferred to \(p.queue)"
            return call
        default:
            return nil
        }
    }
}
