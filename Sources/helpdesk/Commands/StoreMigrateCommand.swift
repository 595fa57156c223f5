import ArgumentParser
import Foundation
import HelpDeskPostgres

extension StoreCommand {
    /// `helpdesk store migrate`: brings a PostgreSQL floor's schema to this
    /// program's version (a data directory has no schema to upgrade).
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create or upgrade the schema of a PostgreSQL floor (--data postgresql://…); run it as the database's owner.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            try reportingFailures {
                guard case .postgres(let uri) = FloorAddress(try dataDirectoryPath(store.data)) else {
                    print("a data directory has no schema to migrate; nothing to do")
                    return
                }
                let result: (applied: [Int], version: Int)
                do { result = try PostgresStore.migrate(uri: uri) } catch {
                    throw CLIFailure(message: "\(error)", code: .storeUnavailable)
                }
                if result.applied.isEmpty {
                    print("schema version \(result.version) is current; nothing to do")
                } else {
                    print("applied schema version\(result.applied.count == 1 ? "" : "s") "
                          + "\(result.applied.map(String.init).joined(separator: ", ")); now at \(result.version)")
                }
            }
        }
    }
}
