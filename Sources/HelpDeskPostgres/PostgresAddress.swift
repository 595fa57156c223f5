import Foundation

/// A PostgreSQL floor is named by a libpq connection URI wherever a data
/// directory is accepted (`--data`, `$HELPDESK_DATA`).
public enum PostgresAddress {
    /// `postgresql://…` or `postgres://…`, the two schemes libpq reads.
    public static func isURI(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    /// `postgresql://user:secret@host/db` → `postgresql://user:***@host/db`,
    /// and a `password=` parameter hidden too: messages and logs never carry one.
    public static func hidingPassword(_ uri: String) -> String {
        var shown = uri
        if let scheme = shown.range(of: "://") {
            let rest = shown[scheme.upperBound...]
            if let at = rest.firstIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
                shown = String(shown[..<shown.index(after: colon)]) + "***" + String(shown[at...])
            }
        }
        if let range = shown.range(of: "password=") {
            let end = shown[range.upperBound...].firstIndex(of: "&") ?? shown.endIndex
            shown.replaceSubrange(range.upperBound..<end, with: "***")
        }
        return shown
    }
}
