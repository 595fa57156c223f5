import Foundation

/// `helpdesk store copy`: moves a whole floor into an empty one, whatever
/// the backend of either. The journal goes over event by event (streamed,
/// so a year of history never sits in memory at once), keeping every
/// event's number, time, agent and writer, so every report and every
/// caller's history read from the copy is the one read from the source.
public enum FloorCopy {
    /// What was copied, for the command's closing line.
    public struct Summary: Sendable, Equatable {
        public var events = 0
        public var rosterEntries = 0
        public var dispatchVolumes = 0
        public var drafts = 0
        public var overrides = 0

        public var description: String {
            "copied \(events) events, \(rosterEntries) roster entries, \(dispatchVolumes) dispatch volumes, \(drafts) drafts, "
                + "\(overrides) script and phrase overrides"
        }
    }

    /// The target held something: a copy never merges into a floor in use.
    public struct TargetNotEmpty: Error, CustomStringConvertible, Sendable {
        public var target: String
        public var holds: [String]

        public var description: String {
            "refused: the target floor \(target) is not empty (it holds \(holds.joined(separator: ", "))); "
                + "copy into a new data directory or an empty database; nothing was written"
        }
    }

    /// Copies `source` into `target`, which must hold nothing: no event,
    /// roster entry, dispatch volume, draft or override. The roster goes first, so
    /// drafts find the account of their agent.
    public static func copy(from source: any CopyableFloor, to target: any CopyableFloor, targetName: String) throws -> Summary {
        var holds: [String] = []
        if target.state.lastSeq > 0 { holds.append("\(target.state.lastSeq) events") }
        if !(try target.loadRoster().entries.isEmpty) { holds.append("a roster") }
        if !(try target.loadDispatches().volumes.isEmpty) { holds.append("dispatch volumes") }
        if !(try target.allDrafts().isEmpty) { holds.append("drafts") }
        if !(try target.overrideFiles().isEmpty) { holds.append("overrides") }
        guard holds.isEmpty else { throw TargetNotEmpty(target: targetName, holds: holds) }

        var summary = Summary()
        let roster = try source.loadRoster()
        if !roster.entries.isEmpty { try target.saveRoster(roster) }
        summary.rosterEntries = roster.entries.count
        let volumes = try source.loadDispatches()
        if !volumes.volumes.isEmpty { try target.updateDispatches { $0 = volumes } }
        summary.dispatchVolumes = volumes.volumes.count
        try target.importJournal { put in
            try source.forEachEvent(from: nil, to: nil) { event in
                try put(event)
                summary.events += 1
            }
        }
        let drafts = try source.allDrafts()
        try target.restoreDrafts(drafts)
        summary.drafts = drafts.count
        let overrides = try source.overrideFiles()
        try target.restoreOverrideFiles(overrides)
        summary.overrides = overrides.count
        return summary
    }
}
