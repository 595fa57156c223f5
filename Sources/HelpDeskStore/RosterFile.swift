import Foundation
import HelpDeskCore

/// `roster.json`: a JSON array of `{"user", "agent", "name", "role"}`
/// objects, edited by a lead or by hand. Replaced atomically under the lock.
extension DataDirectoryStore {
    /// Reads the roster file as it is now; a missing file is an empty roster.
    public func loadRoster() throws -> Roster {
        guard let bytes = try layout.root.contents(DataDirectoryLayout.roster) else { return Roster() }
        do {
            return Roster(entries: try JournalCoding.decoder().decode([RosterEntry].self, from: Data(bytes)))
        } catch {
            throw StoreError.unreadable(file: layout.root.file(DataDirectoryLayout.roster), reason: JournalLineScanner.describe(error))
        }
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
