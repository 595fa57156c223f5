import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskPostgres
import HelpDeskStore

/// The data-directory option every command shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The data directory (default: $HELPDESK_DATA, else $XDG_DATA_HOME/helpdesk).")
    var data: String?

    func open() throws -> any CopyableFloor {
        try openStore(dataPath: data)
    }

    /// Refuses (exit 1) unless the account running the command is a lead in
    /// the floor's roster.json; else returns the floor it opened, for the
    /// command to work on (opening it again would read the journal again).
    @discardableResult
    func requireLead(to doing: String) throws -> any CopyableFloor {
        let floor = try open()
        try Identity.ofThisProcess(roster: floor.roster).person.requireLead(to: doing)
        return floor
    }

    /// Refuses (exit 1) an agent ringing callers in or recording them
    /// hanging up once the roster names the PBX's account
    /// (`Identity.requireCallerSource`); else returns the floor it opened.
    func openAsCallerSource(to doing: String) throws -> any CopyableFloor {
        let floor = try open()
        try Identity.ofThisProcess(roster: floor.roster).requireCallerSource(in: floor.roster, to: doing)
        return floor
    }

    /// For a full-screen face: warnings after start-up would land in the middle of the screen.
    func openForScreen() throws -> any FloorStore {
        try openStore(dataPath: data, forScreen: true)
    }

    /// The data directory opened even when its journal is damaged, for `store check` and `store repair`.
    func openForInspection() throws -> DataDirectoryStore {
        try openDataDirectory(dataPath: data, inspecting: true)
    }
}

/// Opens the floor's store on a data directory or a PostgreSQL URI,
/// turning failures into a clear message and exit code 4.
func openStore(dataPath: String?, forScreen: Bool = false) throws -> any CopyableFloor {
    try openStore(at: FloorAddress(try dataDirectoryPath(dataPath)), forScreen: forScreen)
}

/// Opens the floor at an address already resolved, so that a locked floor's
/// configuration file is read and checked once per command, not again here.
func openStore(at address: FloorAddress, forScreen: Bool = false) throws -> any CopyableFloor {
    switch address {
    case .directory(let path):
        return try openDataDirectory(path: path, forScreen: forScreen)
    case .postgres(let uri):
        do {
            return try PostgresStore(uri: uri)
        } catch {
            throw CLIFailure(message: "\(error)", code: .storeUnavailable)
        }
    }
}

/// Opens the data directory. Every warning goes to stderr as it is raised
/// (at start-up, and later ones such as a postponed compaction); a
/// full-screen face prints only those of start-up, before the screen opens.
/// A PostgreSQL URI is refused by name: what only a directory keeps
/// (dispatch volumes, `store check`) does not exist on that floor.
func openDataDirectory(dataPath: String?, forScreen: Bool = false, inspecting: Bool = false) throws -> DataDirectoryStore {
    switch FloorAddress(try dataDirectoryPath(dataPath)) {
    case .directory(let path):
        return try openDataDirectory(path: path, forScreen: forScreen, inspecting: inspecting)
    case .postgres(let uri):
        throw CLIFailure(message: "\(PostgresAddress.hidingPassword(uri)) is a PostgreSQL floor; this command works on a data directory only",
                         code: .storeUnavailable)
    }
}

/// Opens the data directory at a path already resolved.
private func openDataDirectory(path: String, forScreen: Bool, inspecting: Bool = false) throws -> DataDirectoryStore {
    let printer: @Sendable (String) -> Void = { printError("warning: \($0)") }
    do {
        // `store check` reports its findings itself, once each.
        let live = forScreen || inspecting ? nil : printer
        let store = try DataDirectoryStore(path: path, options: .init(inspecting: inspecting, onWarning: live))
        if forScreen { store.warnings.forEach(printer) }
        return store
    } catch {
        throw CLIFailure(message: "cannot open data directory \(path): \(error)", code: .storeUnavailable)
    }
}
