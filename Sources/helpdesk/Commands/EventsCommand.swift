import ArgumentParser
import Foundation
import HelpDeskCore

/// `helpdesk events`: the journal as JSON Lines, optionally followed live.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "Print the event journal as JSON Lines; --follow streams new events.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Keep running and print events as other processes append them.") var follow = false
    @Option(help: "Only events at or after this time (2026-11-27T08:00:00Z).", transform: parseTime)
    var since: Date?

    func run() throws {
        try reportingFailures {
            let store = try store.open()
            let encoder = JournalCoding.encoder()
            let out = FileHandle.standardOutput
            func emit(_ events: [Event]) throws {
                var chunk = Data()
                for event in events {
                    chunk.append(try encoder.encode(event))
                    chunk.append(0x0A)
                }
                if !chunk.isEmpty { out.write(chunk) }
            }
            try emit(store.events(from: since, to: nil))
            guard follow else { return }
            // A floor on a database server may go away and come back: say so
            // once and keep following; the store reconnects by itself.
            var lost = false
            while true {
                guard store.waitForChange(timeout: .seconds(1)) else { continue }
                do {
                    try emit(store.refresh())
                    if lost { printError("helpdesk: the floor is back; following again") }
                    lost = false
                } catch {
                    if !lost { printError("helpdesk: \(error)") }
                    lost = true
                }
            }
        }
    }
}

/// Parses a time given on the command line, in the journal's format or
/// with a UTC offset, naming what is wrong otherwise.
func parseTime(_ text: String) throws -> Date {
    if let date = JournalCoding.parseDate(text) { return date }
    if let date = JournalCoding.parseDate(text + "T00:00:00Z") { return date }
    throw ValidationError("'\(text)' is not a time like 2026-11-27T08:00:00Z or a date like 2026-11-27")
}
