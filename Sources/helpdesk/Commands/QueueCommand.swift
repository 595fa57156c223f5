import ArgumentParser
import Foundation
import HelpDeskCore
import TermRender

/// `helpdesk queue`: the waiting callers in queue order.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue", abstract: "List the waiting callers in queue order, with wait times.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "One JSON object per line: the call and its wait in seconds.") var json = false

    /// A queue entry as `--json` prints it.
    struct Entry: Encodable {
        var position: Int
        var waitSeconds: Int
        var call: Call
    }

    func run() throws {
        try reportingFailures {
            let store = try store.open()
            let now = Date()
            let queue = store.state.queue(at: now)
            for (index, call) in queue.enumerated() {
                let wait = Int(call.waited(at: now))
                if json {
                    try printJSON(Entry(position: index + 1, waitSeconds: wait, call: call))
                } else {
                    let name = sanitize(call.customer.name)
                    print("\(index + 1)\t\(call.id)\t\(formatDuration(wait))\t\(call.customer.tier.rawValue)\t\(name)\t\(sanitize(call.customer.phone))")
                }
            }
        }
    }
}

/// "1:05" or "1:02:03": a wait or a time in state.
func formatDuration(_ seconds: Int) -> String {
    let s = max(0, seconds)
    return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
}
