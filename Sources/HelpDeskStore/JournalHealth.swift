import Foundation
import HelpDeskCore

/// What `helpdesk store check` reports: the problems that stop the store
/// from appending (or that a report would trip over), each naming its file,
/// and notes that need no action.
public struct JournalHealth: Sendable, Equatable {
    public var problems: [String]
    public var notes: [String]
    public var isHealthy: Bool { problems.isEmpty }
}

/// `check` and `repair`, under the floor's lock so no change lands halfway.
extension DataDirectoryStore {
    /// Reads the whole journal and reports its health; changes nothing.
    public func checkJournal() throws -> JournalHealth {
        try mutex.withLock {
            try withFileLock {
                let survey = try examine()
                return health(survey)
            }
        }
    }

    /// Mends an inconsistent journal without deleting anything: every
    /// segment that is not trusted, and the old snapshot, move into
    /// `quarantine/`; a new snapshot is folded from the trusted segments and
    /// stands before a fresh, empty segment. Returns what it did, line by line.
    public func repairJournal() throws -> [String] {
        try mutex.withLock {
            try withFileLock {
                let survey = try examine()
                guard !health(survey).isHealthy else { return ["the journal is healthy; nothing was changed"] }
                let first = survey.segments.first { $0.verdict == .trusted && $0.events > 0 }
                if !survey.startsFromSnapshot, let first, first.firstSeq != 1 {
                    throw StoreError.unreadable(
                        file: layout.segmentPath(first.number),
                        reason: "the journal starts there, after event 1, and no usable snapshot stands before a trusted segment, "
                            + "so the live state cannot be rebuilt; restore the missing segments or snapshot.json, then repair again")
                }
                var done: [String] = []
                let stamp = String(Int(clock.now().timeIntervalSince1970))
                for segment in survey.segments {
                    guard let reason = JournalSurvey.describe(segment.verdict, of: segment.number) else { continue }
                    let name = DataDirectoryLayout.segmentName(segment.number)
                    let target = "journal-\(name).repair-\(stamp)"
                    try layout.journal.move(name, to: target, in: layout.quarantine)
                    done.append("moved journal/\(name) to quarantine/\(target): \(reason)")
                }
                let filed = (try? StoreSnapshot.segmentOnDisk(layout)) ?? 0
                if layout.root.exists(DataDirectoryLayout.snapshot) {
                    let target = "snapshot.json.repair-\(stamp)"
                    try layout.root.move(DataDirectoryLayout.snapshot, to: target, in: layout.quarantine)
                    done.append("moved the old snapshot.json to quarantine/\(target)")
                }
                var state = survey.state
                let lockPath = layout.root.file(DataDirectoryLayout.lock)
                if let mark = try JournalMark.read(lockDescriptor, path: lockPath), mark.seq > state.lastSeq {
                    done.append("events \(state.lastSeq + 1)–\(mark.seq) were saved once but are gone; numbering goes on after \(mark.seq), "
                                + "but call, complaint and follow-up ids they handed out may be handed out again")
                    state.lastSeq = mark.seq
                }
                let next = survey.highestNumber + 1
                close(try layout.journal.openOrCreate(DataDirectoryLayout.segmentName(next), flags: O_WRONLY | O_APPEND).fd)
                try layout.journal.sync()
                try HistoryBuckets.append(survey.closed.filter { $0.segment >= filed }.map(\.call), layout: layout)
                try StoreSnapshot(segment: next, written: clock.now(), state: state).write(layout)
                let trusted = survey.segments.filter { $0.verdict == .trusted }
                done.append("wrote snapshot.json from \(trusted.count) trusted segment\(trusted.count == 1 ? "" : "s") "
                            + "(last event number \(state.lastSeq)); new changes go to journal/\(DataDirectoryLayout.segmentName(next))")
                restart(at: next, state: state)
                try writeMark()
                return done
            }
        }
    }

    /// This process's own view (caught up, the mark compared) and the survey of every segment.
    private func examine() throws -> JournalSurvey {
        try catchUpRecordingRefusals()
        try checkMark()
        let base: StoreSnapshot? = if case .snapshot(let snapshot)? = try? StoreSnapshot.load(layout) { snapshot } else { nil }
        return try JournalSurvey(layout, scanner: scanner, base: base)
    }

    private func health(_ survey: JournalSurvey) -> JournalHealth {
        var problems = faults
        for segment in survey.segments {
            guard let reason = JournalSurvey.describe(segment.verdict, of: segment.number) else { continue }
            let file = "journal/" + DataDirectoryLayout.segmentName(segment.number)
            // A refusal met while catching up is already among the faults, in full.
            if case .refused = segment.verdict, faults.contains(where: { $0.contains(file) }) { continue }
            problems.append("\(file): \(reason)")
        }
        if let beyond = survey.segments.first(where: { $0.number > cursor.segment + 1 }), faults.isEmpty {
            problems.append("journal/\(DataDirectoryLayout.segmentName(beyond.number)) lies beyond the end of the journal "
                            + "(\(layout.relative(layout.segmentPath(cursor.segment + 1))) is missing), so it is never read")
        }
        // A compaction that failed after starting the next segment leaves the
        // snapshot behind; one that failed before leaves the segment overfull.
        let snapshotSegment = (try? StoreSnapshot.segmentOnDisk(layout)) ?? 0
        let overdue = cursor.line > options.segmentLimit || (cursor.segment > 1 && snapshotSegment < cursor.segment)
        if overdue && faults.isEmpty {
            let current = layout.relative(layout.segmentPath(cursor.segment))
            let stands = snapshotSegment == 0 ? "there is no snapshot.json"
                : "snapshot.json stands before journal/\(DataDirectoryLayout.segmentName(snapshotSegment))"
            problems.append("compaction is overdue: \(stands) while changes go to \(current) (\(cursor.line) lines, the limit is "
                            + "\(options.segmentLimit)); a compaction failed or was postponed (the warning of the process that "
                            + "tried says why), so start-up replays more and more")
        }
        if faccessat(layout.root.descriptor, "quarantine", W_OK | X_OK, AT_EACCESS) != 0 {
            problems.append("quarantine/ is not writable by uid \(geteuid()) (\(StoreError.explain(errno))): no copy of damaged data "
                            + "can be kept there, so a torn last line is not cut and changes are refused until it is")
        }
        var notes = survey.findings.filter { !problems.contains($0) }
        if cursor.pending > 0 {
            notes.append("\(layout.relative(layout.segmentPath(cursor.segment))) ends in an unfinished write (\(cursor.pending) bytes) "
                         + "left by a crash; the next change copies it to quarantine/ and cuts it")
        }
        let trusted = survey.segments.filter { $0.verdict == .trusted }
        notes.insert("\(trusted.count) segment\(trusted.count == 1 ? "" : "s"), last event number \(live.lastSeq); "
                     + "start-up reads from \(layout.relative(layout.segmentPath(cursor.segment)))", at: 0)
        return JournalHealth(problems: problems, notes: notes)
    }

    /// Forgets this process's position after a repair: the new snapshot is where it stands.
    private func restart(at segment: Int, state: LiveState) {
        if let readHandle { close(readHandle.fd) }
        if let appendHandle { close(appendHandle.fd) }
        readHandle = nil
        appendHandle = nil
        live = state
        cursor = Cursor(segment: segment)
        closedSinceSnapshot = []
        faults = []
        segmentsRead = [:]
    }
}
