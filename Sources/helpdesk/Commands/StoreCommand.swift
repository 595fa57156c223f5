import ArgumentParser
import Foundation
import HelpDeskStore

/// `helpdesk store check|repair`: the journal's health, and its mending.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Check the data directory's journal, or repair it (repair never deletes); migrate a PostgreSQL floor's schema; "
            + "copy a floor between backends.",
        subcommands: [Check.self, Repair.self, Migrate.self, Copy.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report the journal's health: missing or refused segments, gaps and repeats in the event numbers, "
                + "an overdue compaction. Exit 1 when a problem is found.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            try reportingFailures {
                let health = try store.openForInspection().checkJournal()
                for note in health.notes { print("note: \(note)") }
                for problem in health.problems { print("problem: \(problem)") }
                guard health.isHealthy else {
                    print("unhealthy: \(health.problems.count) problem\(health.problems.count == 1 ? "" : "s"); "
                          + "`helpdesk store repair` mends the journal without deleting anything")
                    throw ExitCode(ExitStatus.refused.rawValue)
                }
                print("healthy")
            }
        }
    }

    struct Repair: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move untrusted journal segments and the old snapshot into quarantine/ and rebuild the snapshot "
                + "from the segments it trusts. Nothing is deleted. Run it while no other helpdesk process is open.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            try reportingFailures {
                for line in try store.openForInspection().repairJournal() { print(line) }
            }
        }
    }
}
