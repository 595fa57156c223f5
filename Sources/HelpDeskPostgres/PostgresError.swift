import Foundation
import HelpDeskCore

/// Why the PostgreSQL floor refused a change or could not be used. Each
/// message names the floor (password hidden) and what to do.
public enum PostgresError: ReachabilityFailure, CustomStringConvertible, Sendable, Equatable {
    /// Connecting failed: a wrong URI, a refused login, an unreachable host
    /// (libpq's reason says which).
    case connecting(address: String, reason: String)
    /// The URI itself cannot be read (libpq says what is wrong in it).
    case malformed(address: String, reason: String)
    /// The connection broke; a change in flight was not acknowledged.
    case lost(address: String, reason: String)
    /// The server refused a statement: a privilege (lead-only change), a constraint.
    case server(code: String, message: String)
    /// The database holds tables of some other program and no helpdesk schema.
    case notHelpdesk(address: String, tables: [String])
    /// The schema was made by a newer helpdesk.
    case newerSchema(address: String, found: Int, reads: Int)
    /// The schema is older than this program's: `helpdesk store migrate` upgrades it.
    case olderSchema(address: String, found: Int, current: Int)
    /// Another live session already speaks for this agent (a second console).
    case alreadySignedOn(agent: String)
    /// The role may not run the function that tells when a change is on
    /// disk (`PostgresStore.writeAndCommit`): no change could be acknowledged.
    case cannotConfirmFlush(address: String, role: String)
    /// A table holds a row the program refuses to act on (a roster entry
    /// whose id could not be shown), named with what is wrong.
    case unreadable(address: String, table: String, reason: String)

    public var description: String {
        switch self {
        case .connecting(let address, let reason):
            "cannot connect to the PostgreSQL floor \(address): \(reason)"
        case .malformed(let address, let reason):
            "\(address) is not a PostgreSQL connection URI libpq can read: \(reason); "
                + "the form is postgresql://ROLE@HOST:PORT/DATABASE (a socket folder as ?host=/run/postgresql)"
        case .lost(let address, let reason):
            "lost the connection to the PostgreSQL floor \(address) (\(reason)); a change in flight was NOT acknowledged; "
                + "reconnecting"
        case .server(let code, let message):
            "the PostgreSQL floor refused: \(message) (SQLSTATE \(code))"
        case .notHelpdesk(let address, let tables):
            "\(address) is another program's database (it has \(tables.prefix(5).joined(separator: ", "))"
                + "\(tables.count > 5 ? ", …" : "") and no helpdesk schema); give helpdesk an empty database of its own"
        case .newerSchema(let address, let found, let reads):
            "\(address) has helpdesk schema version \(found), newer than this program reads (\(reads)); upgrade helpdesk"
        case .olderSchema(let address, let found, let current):
            "\(address) has helpdesk schema version \(found), older than this program's (\(current)); "
                + "run `helpdesk store migrate --data URI` once"
        case .alreadySignedOn(let agent):
            "agent \(agent) is already signed on in another console on this floor; quit that one first"
        case .cannotConfirmFlush(let address, let role):
            "the role \(role) may not execute pg_logical_emit_message on the PostgreSQL floor \(address), which helpdesk runs "
                + "to know a change is on disk; a database owner can allow it: GRANT EXECUTE ON FUNCTION "
                + "pg_logical_emit_message(boolean, text, text) TO helpdesk_agent"
        case .unreadable(let address, let table, let reason):
            "cannot read \(table) on the PostgreSQL floor \(address): \(reason)"
        }
    }

    /// Connecting failed or the connection broke: the server may be back later.
    public var floorUnreachable: Bool {
        switch self {
        case .connecting, .lost: true
        default: false
        }
    }

    /// The server refused for lack of privilege (SQLSTATE 42501), as the
    /// lead-only trigger does for an agent's role.
    public var isPrivilegeRefusal: Bool {
        if case .server(let code, _) = self { return code == "42501" }
        return false
    }
}
