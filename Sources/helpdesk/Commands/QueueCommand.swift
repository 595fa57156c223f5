import ArgumentParser
import Foundation
import ColumnWidth
import HelpDeskCore
import HelpDeskUI
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
                    print("\(index + 1)\t\(call.id)\t\(clockText(Double(wait)))\t\(call.customer.tier.rawValue)\t\(name)\t\(sanitize(call.customer.phone))")
                }
            }
        }
    }
}
