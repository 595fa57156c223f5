import Foundation
import HelpDeskCore

/// The lead's script and phrase-rule overrides on a PostgreSQL floor
/// (`helpdesk.overrides`): read by every console, changed only by a lead
/// role (the server refuses anyone else).
extension PostgresStore {
    /// Every override, each named `helpdesk.overrides FOLDER/NAME` in issues.
    /// A floor that cannot be read gives one issue and no overrides: the
    /// shipped files stay in use.
    public func overrides() -> FloorOverrides {
        var result = FloorOverrides()
        do {
            let rows = try mutex.withLock {
                try retryingOnce { try conn.execute("SELECT folder, name, body FROM helpdesk.overrides ORDER BY folder, name") }
            }
            for row in 0..<rows.count {
                let (folder, name) = (rows.string(row, 0) ?? "", rows.string(row, 1) ?? "")
                let file = ScriptFile(name: Self.overrideName(folder, name), data: Data((rows.string(row, 2) ?? "").utf8))
                if folder == FloorOverrides.Folder.scripts.rawValue { result.scripts.append(file) } else { result.phrases.append(file) }
            }
        } catch {
            result.scriptIssues.append(LoadIssue(file: "helpdesk.overrides", field: "", message: "\(error)"))
        }
        return result
    }

    /// Saves (or replaces) the override `name` in `folder`.
    public func saveOverride(_ data: Data, name: String, in folder: FloorOverrides.Folder) throws {
        try mutex.withLock {
            _ = try retryingOnce {
                try conn.execute("""
                    INSERT INTO helpdesk.overrides (folder, name, body) VALUES ($1, $2, $3)
                    ON CONFLICT (folder, name) DO UPDATE SET body = EXCLUDED.body
                    """, [folder.rawValue, name, String(decoding: data, as: UTF8.self)])
            }
        }
    }

    /// Removes the override `name` from `folder`; false when there was none.
    public func removeOverride(name: String, in folder: FloorOverrides.Folder) throws -> Bool {
        try mutex.withLock {
            try retryingOnce {
                try conn.execute("DELETE FROM helpdesk.overrides WHERE folder = $1 AND name = $2 RETURNING name", [folder.rawValue, name])
            }.count > 0
        }
    }

    /// How an override is named in messages: where it lives on this floor.
    public static func overrideName(_ folder: String, _ name: String) -> String { "helpdesk.overrides \(folder)/\(name)" }
}
