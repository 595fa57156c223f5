import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

/// The data-directory option every command shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The data directory (default: $HELPDESK_DATA, else $XDG_DATA_HOME/helpdesk).")
    var data: String?

    func open() throws -> any FloorStore {
        try openStore(dataPath: data)
    }

    /// Refuses (exit 1) unless the account running the command is a lead in
    /// the floor's roster.json.
    func requireLead(to doing: String) throws {
        try Identity.ofThisProcess(roster: open().roster).person.requireLead(to: doing)
    }
}

/// Opens the floor's store on a data directory or a PostgreSQL URI,
/// turning failures into a clear message and exit code 4.
func openStore(dataPath: String?) throws -> any FloorStore {
    switch FloorAddress(dataDirectoryPath(dataPath)) {
    case .directory(let path):
        do {
            let store = try DataDirectoryStore(path: path)
            for warning in store.warnings { printError("warning: \(warning)") }
            return store
        } catch {
            throw CLIFailure(message: "cannot open data directory \(path): \(error)", code: .storeUnavailable)
        }
    case .postgres(let uri):
        throw CLIFailure(message: "cannot open \(FloorAddress.hidingPassword(uri)): this build has no PostgreSQL floor yet; "
                             + "give --data a local directory", code: .storeUnavailable)
    }
}
