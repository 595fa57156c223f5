import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskReports
import HelpDeskStore

/// `helpdesk dispatches`: the dispatch volumes per branch and month that the
/// branch report divides by, kept with the floor (`dispatches.json` in a data directory, `helpdesk.dispatches` on PostgreSQL).
struct DispatchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispatches",
        abstract: "Record how many service jobs each branch dispatched per month (for complaints per 10,000 dispatches).",
        subcommands: [Import.self, Add.self, List.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a CSV sheet with the columns branch,month,dispatches (2026-09); same branch and month replace.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The CSV file (UTF-8, a byte-order mark is fine).") var file: String

        func run() throws {
            try reportingFailures {
                let bytes = try UserFile.contents(file) { CLIFailure(message: $0, code: .storeUnavailable) }
                let volumes = try asBadInput { try DispatchVolumes.parseCSV(String(decoding: bytes, as: UTF8.self)) }
                try store.requireLead(to: "record dispatch volumes").updateDispatches { $0.merge(volumes) }
                print("imported \(volumes.count) volume\(volumes.count == 1 ? "" : "s")")
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set one branch's dispatches for one month.")
        @OptionGroup var store: StoreOptions
        @Option(help: "The branch, as complaints name it.") var branch: String
        @Option(help: "The month, like 2026-09.") var month: String
        @Option(help: "How many jobs were dispatched.") var count: String

        func run() throws {
            try reportingFailures {
                let volume = try asBadInput { try DispatchVolumes.validated(branch: branch, month: month, dispatches: count) }
                try store.requireLead(to: "record dispatch volumes").updateDispatches { $0.set(volume) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the dispatch volumes on file.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON instead of a table.") var json = false

        func run() throws {
            try reportingFailures {
                let volumes = try store.open().loadDispatches()
                if json { return try printJSON(volumes, pretty: true) }
                let table = ReportTable(
                    columns: [ReportColumn("Branch", numeric: false), ReportColumn("Month", numeric: false),
                              ReportColumn("Dispatches")],
                    rows: volumes.volumes.map { [$0.branch, $0.month, String($0.dispatches)] })
                print(TextReportRenderer.table(table), terminator: "")
            }
        }
    }
}
