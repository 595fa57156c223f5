import Foundation
import HelpDeskPostgres

/// The PostgreSQL floor for a command that changes what only the database
/// keeps the program's way (script overrides, the roster); a data directory
/// is refused, `instead(path)` saying where that floor keeps it.
func openPostgresFloor(dataPath: String?, instead: (String) -> String) throws -> PostgresStore {
    let path = try dataDirectoryPath(dataPath)
    let address = FloorAddress(path)
    guard case .postgres = address, let store = try openStore(at: address) as? PostgresStore else {
        throw CLIFailure(message: instead(path), code: .badInput)
    }
    return store
}

/// Runs a change the server may refuse for lack of privilege: such a
/// refusal is the floor refusing (exit 1, saying that only `who` may), not
/// a floor that cannot be used.
func refusedByServer<T>(onlyFor who: String, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as PostgresError where error.isPrivilegeRefusal {
        throw CLIFailure(message: "\(error); only \(who) may", code: .refused)
    }
}
