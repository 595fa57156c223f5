import Foundation
import HelpDeskCore

/// `dispatches.json`: the dispatch volumes per branch and month that the
/// branch report divides by, imported from a sheet or typed by a lead. Kept
/// like the roster: read through the checked directory, replaced atomically
/// under the floor's lock, with the floor's mode and group.
extension DataDirectoryStore {
    /// The volumes on file; none when there is no file yet.
    public func loadDispatches() throws -> DispatchVolumes {
        guard let bytes = try layout.root.contents(DataDirectoryLayout.dispatches) else { return DispatchVolumes() }
        do {
            return try DispatchFileCoding.decode(bytes)
        } catch {
            throw StoreError.unreadable(
                file: layout.root.file(DataDirectoryLayout.dispatches),
                reason: JournalLineScanner.describe(error) + "; fix or remove it and import again")
        }
    }

    /// Reads, changes and replaces the volumes under the floor's lock, so two
    /// imports at once never lose each other's rows.
    public func updateDispatches(_ change: (inout DispatchVolumes) throws -> Void) throws {
        try mutex.withLock {
            try withFileLock {
                var volumes = try loadDispatches()
                try change(&volumes)
                try layout.root.replaceAtomically(DataDirectoryLayout.dispatches, with: DispatchFileCoding.encode(volumes))
            }
        }
    }
}
