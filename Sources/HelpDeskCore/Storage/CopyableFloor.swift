import Foundation

/// A floor that can be read and written whole, so `helpdesk store copy`
/// moves one between backends (a data directory, a PostgreSQL database) in
/// either direction: the journal with every event's number, time and
/// writer, the roster, the dispatch volumes, the agents' drafts and the
/// lead's script and phrase overrides.
/// Both stores conform; the CLI also reads dispatch volumes through it, so
/// the branch report works on either backend.
public protocol CopyableFloor: FloorStore {
    /// Who is who, as stored now.
    func loadRoster() throws -> Roster
    func saveRoster(_ roster: Roster) throws

    /// The dispatch volumes the branch report divides by.
    func loadDispatches() throws -> DispatchVolumes
    /// Reads, changes and replaces the volumes in one step, so two imports
    /// at once never lose each other's rows.
    func updateDispatches(_ change: (inout DispatchVolumes) throws -> Void) throws

    /// Every draft this process may read (on PostgreSQL the owner reads all).
    func allDrafts() throws -> [FloorDraft]
    /// Puts drafts back as they were, each under the account that owns it.
    func restoreDrafts(_ drafts: [FloorDraft]) throws

    /// The lead's script and phrase overrides, each by its folder and file
    /// name, as stored (a directory's `scripts/` and `phrases/`, a server's table).
    func overrideFiles() throws -> [OverrideFile]
    /// Stores overrides under their folder and name.
    func restoreOverrideFiles(_ files: [OverrideFile]) throws

    /// Appends events exactly as given: their numbers, times, agents and
    /// writers are kept, not stamped anew. `feed` hands them over one at a
    /// time through `put`, oldest first; they must continue this floor's
    /// journal without a gap (so a non-empty floor refuses a journal that
    /// starts at 1). Nothing is decided: the events were decided where they
    /// were first written.
    func importJournal(_ feed: (_ put: (Event) throws -> Void) throws -> Void) throws
}

/// One agent's unsaved form, with the account that owns it where the
/// backend keeps one (a PostgreSQL role; a data directory has one file per agent).
public struct FloorDraft: Sendable, Equatable {
    public var agent: String
    public var owner: String?
    public var bytes: Data

    public init(agent: String, owner: String?, bytes: Data) {
        self.agent = agent
        self.owner = owner
        self.bytes = bytes
    }
}

/// One override file of a lead's: `scripts/NAME` or `phrases/NAME`.
public struct OverrideFile: Sendable, Equatable {
    public var folder: FloorOverrides.Folder
    public var name: String
    public var data: Data

    public init(folder: FloorOverrides.Folder, name: String, data: Data) {
        self.folder = folder
        self.name = name
        self.data = data
    }
}

/// Why an imported journal cannot be appended as it is.
public struct JournalImportError: Error, CustomStringConvertible, Sendable, Equatable {
    public var expected: Int
    public var found: Int

    public init(expected: Int, found: Int) {
        self.expected = expected
        self.found = found
    }

    public var description: String {
        found == 1 && expected > 1
            ? "the target floor already holds \(expected - 1) events; copy into a fresh data directory or an empty database"
            : "event number \(found) came where \(expected) was due: the source journal has a gap or a repeat "
                + "(`helpdesk store check` on it says more); the copy stopped there"
    }
}
