import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskPostgres

extension StoreCommand {
    /// `helpdesk store copy --from A --to B`: moves a floor between a data
    /// directory and a PostgreSQL database, either way (or directory to
    /// directory), events and all.
    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a whole floor (journal, roster, dispatch volumes, drafts, overrides) into an empty one: "
                + "a data directory or a postgresql:// URI on either side. Into PostgreSQL, run it as the database's owner.")
        @Option(help: "The floor to copy: a data directory or a postgresql:// URI.") var from: String
        @Option(help: "The empty floor to copy into: a new data directory or an empty database's URI.") var to: String

        func run() throws {
            try reportingFailures {
                if case .directory(let path) = FloorAddress(from), !FileManager.default.fileExists(atPath: path) {
                    throw CLIFailure(message: "--from \(path): there is no data directory there; nothing was copied", code: .badInput)
                }
                let source = try openStore(dataPath: from)
                let target = try openStore(dataPath: to)
                let shown = PostgresAddress.hidingPassword(to)
                do {
                    print(try FloorCopy.copy(from: source, to: target, targetName: shown).description + " into \(shown)")
                } catch let refused as FloorCopy.TargetNotEmpty {
                    throw CLIFailure(message: refused.description, code: .refused)
                } catch let error as JournalImportError {
                    throw CLIFailure(message: "\(error)", code: .refused)
                } catch let error as PostgresError where error.isPrivilegeRefusal {
                    throw CLIFailure(message: "\(error); copying into PostgreSQL keeps each event's writer, which only the owner of the "
                                     + "floor's tables may do: run it as the database's owner", code: .refused)
                }
            }
        }
    }
}
