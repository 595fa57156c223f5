import Foundation
import HelpDeskPostgres

/// What `--data` / `$HELPDESK_DATA` names: a local data directory, or a
/// PostgreSQL floor given as a connection URI (`postgresql://…` or
/// `postgres://…`, the two schemes libpq reads). Told apart here, once, so a
/// URI is never taken for a folder name and made into a local directory.
enum FloorAddress: Equatable {
    case directory(String)
    case postgres(uri: String)

    init(_ text: String) {
        self = PostgresAddress.isURI(text) ? .postgres(uri: text) : .directory(text)
    }
}
