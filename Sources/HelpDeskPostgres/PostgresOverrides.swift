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
            for file in try overrideFiles() {
                let named = ScriptFile(name: Self.overrideName(file.folder.rawValue, file.name), data: file.data)
                if file.folder == .scripts { result.scripts.append(named) } else { result.phrases.append(named) }
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
