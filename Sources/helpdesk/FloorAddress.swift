import Foundation

/// What `--data` / `$HELPDESK_DATA` names: a local data directory, or a
/// PostgreSQL floor given as a connection URI (`postgresql://…` or
/// `postgres://…`, the two schemes libpq reads). Told apart here, once, so a
/// URI is never taken for a folder name and made into a local directory.
enum FloorAddress: Equatable {
    case directory(String)
    case postgres(uri: String)

    init(_ text: String) {
        let lower = text.lowercased()
        if lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://") {
            self = .postgres(uri: text)
        } else {
            self = .directory(text)
        }
    }

    /// The address with any password hidden, for messages.
    var shown: String {
        switch self {
        case .directory(let path): return path
        case .postgres(let uri): return Self.hidingPassword(uri)
        }
    }

    /// `postgresql://user:secret@host/db` → `postgresql://user:***@host/db`.
    static func hidingPassword(_ uri: String) -> String {
        guard let scheme = uri.range(of: "://") else { return uri }
        let rest = uri[scheme.upperBound...]
        guard let at = rest.firstIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") else { return uri }
        return String(uri[..<rest.index(after: colon)]) + "***" + String(rest[at...])
    }
}
