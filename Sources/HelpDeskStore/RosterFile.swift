import Foundation
import HelpDeskCore

/// `roster.json`: a JSON array of `{"user", "agent", "name", "role"}`
/// objects, edited by a lead or by hand, checked entry by entry on load.
/// Replaced atomically under the lock.
extension DataDirectoryStore {
    /// Reads the roster file as it is now; a missing file is an empty roster.
    public func loadRoster() throws -> Roster {
        guard let bytes = try layout.root.contents(DataDirectoryLayout.roster) else { return Roster() }
        let entries: [RosterEntry]
        do {
            entries = try JournalCoding.decoder().decode([RosterEntry].self, from: Data(bytes))
        } catch {
            throw StoreError.unreadable(file: layout.root.file(DataDirectoryLayout.roster), reason: JournalLineScanner.describe(error))
        }
        // On a shared floor any member may have written it: ids that could not be shown, pass for a path or run to
        // 100 KB refuse the whole roster (nobody gets a role from it), naming the entry.
        if let problem = Roster.problem(in: entries) {
            throw StoreError.unreadable(file: layout.root.file(DataDirectoryLayout.roster), reason: problem)
        }
        return Roster(entries: entries)
    }

    /// Replaces the roster file (temp file, fsync, rename, fsync of the directory).
    public func saveRoster(_ roster: Roster) throws {
        try mutex.withLock {
            let bytes = try JournalCoding.encoder(pretty: true).encode(roster.entries)
            try withFileLock {
                try layout.root.replaceAtomically(DataDirectoryLayout.roster, with: [UInt8](bytes) + [10])
            }
            loadedRoster = roster
        }
    }
}
