import Foundation
import HelpDeskCore

/// The data directory as the source or target of `helpdesk store copy`
/// (`CopyableFloor`): events appended exactly as they were written
/// elsewhere, the drafts and the lead's overrides listed whole.
extension DataDirectoryStore: CopyableFloor {
    /// Appends the events as given, under the floor's lock, a segment's worth
    /// per write and `fdatasync`, compacting whenever a segment fills, as
    /// commits do: the copy is laid out like a floor that grew by itself, so
    /// its start-up reads one snapshot and at most one segment.
    public func importJournal(_ feed: (_ put: (Event) throws -> Void) throws -> Void) throws {
        try mutex.withLock {
            try withFileLock {
                guard faults.isEmpty else { throw StoreError.inconsistentJournal(problems: faults) }
                _ = try catchUp(repairing: true)
                var batch: [Event] = []
                func flush() throws {
                    guard !batch.isEmpty else { return }
                    let (bytes, events) = try lineEncoder.lines(for: batch)
                    batch.removeAll(keepingCapacity: true)
                    try append(bytes)
                    cursor.offset += bytes.count
                    cursor.line += events.count
                    for event in events { fold(event) }
                    try writeMark()
                    if cursor.line >= options.segmentLimit { try compact() }
                }
                try feed { event in
                    let due = live.lastSeq + batch.count + 1
                    guard event.seq == due else { throw JournalImportError(expected: due, found: event.seq) }
                    batch.append(event)
                    if cursor.line + batch.count >= options.segmentLimit { try flush() }
                }
                try flush()
            }
        }
    }

    /// Every `drafts/AGENT.json`; the file's name is the agent.
    public func allDrafts() throws -> [FloorDraft] {
        guard let drafts = try layout.root.subdirectory(DataDirectoryLayout.drafts, create: false) else { return [] }
        return try drafts.names().filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            try drafts.contents(name).map { FloorDraft(agent: String(name.dropLast(5)), owner: nil, bytes: Data($0)) }
        }
    }

    /// The `.json` files of `scripts/` and `phrases/`, read through the
    /// checked directory (no link followed, each file checked), as the
    /// console reads them.
    public func overrideFiles() throws -> [OverrideFile] {
        try FloorOverrides.Folder.allCases.flatMap { folder -> [OverrideFile] in
            guard let directory = try layout.root.subdirectory(folder.rawValue, create: false) else { return [] }
            return try directory.overrideNames().compactMap { name in
                try directory.contents(name).map { OverrideFile(folder: folder, name: name, data: Data($0)) }
            }
        }
    }

    /// Each file into its folder (made with the floor's mode), replaced atomically.
    public func restoreOverrideFiles(_ files: [OverrideFile]) throws {
        for file in files {
            try layout.root.subdirectory(file.folder.rawValue, create: true)?.replaceAtomically(file.name, with: [UInt8](file.data))
        }
    }

    /// A directory keeps one draft per agent; the owner is not kept.
    public func restoreDrafts(_ drafts: [FloorDraft]) throws {
        for draft in drafts { try saveDraft(draft.bytes, agent: draft.agent) }
    }
}
