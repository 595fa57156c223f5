import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskPostgres

/// `helpdesk roster`: who is who on the floor. `list` works on any floor;
/// `set` and `remove` on a PostgreSQL floor, where a roster row also ties a
/// database role to the agent number it may write for, and only a lead role
/// (or the database's owner, to name the first lead) may change it: the
/// server checks (docs/security.md). A data directory's roster.json is
/// edited by hand (by root on a locked floor), so no agent's program can.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "List the roster; on a PostgreSQL floor a lead sets and removes people (and so ties roles to agent numbers).",
        subcommands: [List.self, SetEntry.self, Remove.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Account, agent number, name, role and team of everyone on the roster.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON instead of a table.") var json = false

        func run() throws {
            try reportingFailures {
                let entries = try store.open().roster.entries
                if json { return try printJSON(entries, pretty: true) }
                for entry in entries {
                    print([entry.user, entry.agent, entry.name, entry.role.rawValue, entry.team ?? ""].joined(separator: "\t"))
                }
            }
        }
    }

    struct SetEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Add or change one person (PostgreSQL floor; a lead's role or the owner only).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The account: the Unix account and, on this floor, the database role.") var account: String
        @Option(help: "The agent number this account, and only it, writes for.") var agent: String
        @Option(help: "The name the wall and the reports show.") var name: String
        @Flag(help: "A team lead in the program; the server also needs the role in helpdesk_lead.") var lead = false
        @Option(help: "The team, for the wallboard's per-team view.") var team: String?

        func run() throws {
            try reportingFailures {
                let entry = RosterEntry(user: account, agent: agent, name: name, role: lead ? .lead : .agent, team: team)
                if let problem = entry.problem { throw CLIFailure(message: "roster entry: \(problem)", code: .badInput) }
                let floor = try RosterCommand.rosterFloor(store)
                try refusedByServer(onlyFor: "a team lead's role") { try floor.setRosterEntry(entry) }
                print("\(account) is agent \(agent) (\(name))\(lead ? ", a lead" : "")")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take one account off the roster (PostgreSQL floor; a lead's role only).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The account (database role) to remove.") var account: String

        func run() throws {
            try reportingFailures {
                try checkIdentifiers(["account": account])
                let floor = try RosterCommand.rosterFloor(store)
                guard try refusedByServer(onlyFor: "a team lead's role", { try floor.removeRosterEntry(account: account) }) else {
                    throw CLIFailure(message: "\(account) is not on the roster", code: .refused)
                }
                print("removed \(account); the role now writes only for the agent named \(account)")
            }
        }
    }

    static func rosterFloor(_ store: StoreOptions) throws -> PostgresStore {
        try openPostgresFloor(dataPath: store.data) { "\($0) is a data directory: edit \($0)/roster.json instead (as root on a locked floor)" }
    }
}
