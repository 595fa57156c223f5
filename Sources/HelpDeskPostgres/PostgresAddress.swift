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
        if let range = passwordRange(uri) { shown.replaceSubrange(range, with: "***") }
        if let range = shown.range(of: "password=") {
            let end = shown[range.upperBound...].firstIndex(of: "&") ?? shown.endIndex
            shown.replaceSubrange(range.upperBound..<end, with: "***")
        }
        return shown
    }

    /// `text` (libpq's reason about `uri`) with the URI, where it quotes it
    /// whole, shown as above, and its password, where it quotes that, as `***`.
    public static func hidingPassword(of uri: String, in text: String) -> String {
        let quoted = text.replacingOccurrences(of: uri, with: hidingPassword(uri))
        guard let range = passwordRange(uri), !range.isEmpty else { return quoted }
        return quoted.replacingOccurrences(of: String(uri[range]), with: "***")
    }

    /// Where the password of `scheme://user:password@host` lies, if there is one.
    private static func passwordRange(_ uri: String) -> Range<String.Index>? {
        guard let scheme = uri.range(of: "://") else { return nil }
        let rest = uri[scheme.upperBound...]
        guard let at = rest.firstIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") else { return nil }
        return uri.index(after: colon)..<at
    }
}
