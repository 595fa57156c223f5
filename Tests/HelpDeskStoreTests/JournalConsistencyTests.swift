import Foundation
import HelpDeskCore
import Testing
@testable import HelpDeskStore

/// The journal's consistency is checked, not assumed: a missing, emptied or
/// doubled segment and a gap or repeat in the event numbers are noticed,
/// named, and stop every append (which would hand out numbers and call ids
/// already used) until `repairJournal` mends it, deleting nothing.
@Suite("Data directory: the journal's consistency, check and repair")
struct JournalConsistencyTests {
    func refusesToAppend(_ store: DataDirectoryStore, naming text: String) -> Bool {
        do {
            try store.ring("late", phone: "9")
            return false
        } catch {
            let message = String(describing: error)
            return message.contains("the journal is inconsistent, so nothing was saved") && message.contains(text)
        }
    }

    @Test func aSnapshotNamingAMissingSegmentStopsAppendsUntilRepaired() throws {
        let scratch = Scratch()
        let store = try scratch.open(segmentLimit: 4)
        for n in 1...6 { try store.ring("caller \(n)", phone: "\(n)") }
        try FileManager.default.removeItem(atPath: scratch.file("journal/000002.jsonl"))

        let opened = try scratch.open(segmentLimit: 4)
        #expect(opened.warnings.contains { $0.contains("snapshot.json names journal/000002.jsonl, which is not there") })
        #expect(refusesToAppend(opened, naming: "journal/000002.jsonl"))
        #expect(!(try opened.checkJournal().isHealthy))

        let done = try opened.repairJournal()
        #expect(done.contains { $0.contains("moved the old snapshot.json to quarantine/") })
        #expect(done.contains { $0.contains("events 5–6 were saved once but are gone") })
        #expect(try opened.checkJournal().isHealthy)
        // Numbering goes on after the lost events instead of reusing them.
        let again = try scratch.open(segmentLimit: 4)
        try again.ring("after repair", phone: "7")
        #expect(again.state.lastSeq == 7)
        #expect(again.warnings.isEmpty)
    }

    /// A segment beyond a missing one would never be read: start-up probes
    /// the next few names, `store check` lists them all.
    @Test func aSegmentBeyondAMissingOneIsNamed() throws {
        let scratch = Scratch()
        let store = try scratch.open(segmentLimit: 4)
        for n in 1...5 { try store.ring("caller \(n)", phone: "\(n)") }
        try scratch.write("journal/000004.jsonl", "")
        let opened = try scratch.open(segmentLimit: 4)
        #expect(refusesToAppend(opened, naming: "journal/000003.jsonl is missing, but journal/000004.jsonl exists beyond it"))

        unlink(scratch.file("journal/000004.jsonl"))
        try scratch.write("journal/000009.jsonl", "")
        let far = try scratch.open(segmentLimit: 4)
        #expect(try far.checkJournal().problems.contains { $0.hasPrefix("journal/000009.jsonl lies beyond the end of the journal") })
    }

    /// A fresh process (a PBX `ring`) sees the current segment emptied
    /// through the mark the last writer left in the lock file.
    @Test func anEmptiedCurrentSegmentIsNoticedByAFreshProcess() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        for n in 1...3 { try store.ring("caller \(n)", phone: "\(n)") }
        #expect(truncate(scratch.file("journal/000001.jsonl"), 0) == 0)
        let fresh = try scratch.open()
        #expect(refusesToAppend(fresh, naming: "events up to number 3 were saved"))
        #expect(try scratch.read("journal/000001.jsonl").isEmpty)
    }

    /// The mark reads back what was written, a shorter one over a longer one too.
    @Test func theMarkReadsBackWhatWasWritten() throws {
        let path = NSTemporaryDirectory() + "helpdesk-mark-\(UUID().uuidString)"
        let fd = open(path, O_RDWR | O_CREAT, 0o600)
        defer { close(fd); unlink(path) }
        for mark in [JournalMark(segment: 123_456, seq: 9_876_543_210), JournalMark(segment: 1, seq: 3)] {
            try mark.write(fd, path: path)
            #expect(try JournalMark.read(fd, path: path) == mark)
        }
    }

    /// A running process notices its segment emptied or deleted under it.
    @Test func aCurrentSegmentEmptiedOrDeletedWhileInUseIsNoticed() throws {
        let scratch = Scratch()
        let emptied = try scratch.open()
        for n in 1...2 { try emptied.ring("caller \(n)", phone: "\(n)") }
        #expect(truncate(scratch.file("journal/000001.jsonl"), 0) == 0)
        #expect(refusesToAppend(emptied, naming: "journal/000001.jsonl was emptied or cut short"))

        let other = Scratch()
        let deleted = try other.open()
        for n in 1...2 { try deleted.ring("caller \(n)", phone: "\(n)") }
        unlink(other.file("journal/000001.jsonl"))
        #expect(refusesToAppend(deleted, naming: "journal/000001.jsonl was deleted"))
    }

    /// One segment under two names: a hard link, or a copy.
    @Test func aSegmentUnderTwoNamesIsNoticedAndRepairMovesTheSecond() throws {
        for makeSecond in [{ link($0, $1) }, { (from: String, to: String) -> Int32 in
            (try? FileManager.default.copyItem(atPath: from, toPath: to)) == nil ? -1 : 0
        }] {
            let scratch = Scratch()
            let store = try scratch.open()
            for n in 1...2 { try store.ring("caller \(n)", phone: "\(n)") }
            #expect(makeSecond(scratch.file("journal/000001.jsonl"), scratch.file("journal/000002.jsonl")) == 0)

            let opened = try scratch.open()
            #expect(refusesToAppend(opened, naming: "journal/000002.jsonl"))
            let health = try opened.checkJournal()
            #expect(health.problems.contains { $0.hasPrefix("journal/000002.jsonl: ") })
            let done = try opened.repairJournal()
            #expect(done.contains { $0.hasPrefix("moved journal/000002.jsonl to quarantine/journal-000002.jsonl.repair-") })
            #expect(try scratch.open().ring("third", phone: "3") == "C3")
            #expect(try scratch.open().state.lastSeq == 3)
        }
    }

    /// Old segments before the snapshot may have been archived elsewhere:
    /// repair then starts from the snapshot, as start-up does. Without a
    /// usable snapshot it refuses rather than rebuild a state missing them.
    @Test func repairStartsFromTheSnapshotWhenTheArchiveIsPruned() throws {
        let scratch = Scratch()
        let store = try scratch.open(segmentLimit: 4)
        for n in 1...10 { try store.ring("caller \(n)", phone: "\(n)") }
        try FileManager.default.removeItem(atPath: scratch.file("journal/000001.jsonl"))
        #expect(link(scratch.file("journal/000003.jsonl"), scratch.file("journal/000004.jsonl")) == 0)
        let opened = try scratch.open(segmentLimit: 4)
        _ = try opened.repairJournal()
        #expect(try scratch.open(segmentLimit: 4).state.calls.count == 10)
        try opened.ring("caller 11", phone: "11")
        #expect(opened.state.lastSeq == 11)

        try FileManager.default.removeItem(atPath: scratch.file("snapshot.json"))
        #expect(link(scratch.file("journal/000002.jsonl"), scratch.file("journal/000009.jsonl")) == 0)
        #expect { try scratch.open(segmentLimit: 4).repairJournal() } throws: {
            "\($0)".contains("journal/000002.jsonl") && "\($0)".contains("the live state cannot be rebuilt")
        }
    }

    @Test func aGapOrARepeatInTheNumbersIsNamed() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        for n in 1...2 { try store.ring("caller \(n)", phone: "\(n)") }
        let lines = try scratch.read("journal/000001.jsonl").split(separator: "\n").map(String.init)
        let skipped = lines[1].replacingOccurrences(of: "\"seq\":2", with: "\"seq\":5")
        try scratch.write("journal/000001.jsonl", [lines[0], skipped, lines[1]].joined(separator: "\n") + "\n")

        let opened = try scratch.open()
        #expect(opened.warnings.contains { $0.contains("journal/000001.jsonl line 2: event number 5 follows 1 (3 missing)") })
        #expect(opened.warnings.contains { $0.contains("journal/000001.jsonl line 3: event number 2 repeats one already read") })
        #expect(refusesToAppend(opened, naming: "journal/000001.jsonl line 2"))
    }

    /// A planted link in the journal: `store check` and `repair` open the
    /// floor anyway (the plain open refuses), and repair moves the link
    /// itself into quarantine; what it pointed to is never read or touched.
    @Test func repairMovesAPlantedLinkWithoutFollowingIt() throws {
        let scratch = Scratch()
        let secret = try HostileFilesTests.PrivateFile()
        try scratch.open().ring("A", phone: "1")
        symlink(secret.path, scratch.file("journal/000002.jsonl"))
        #expect(throws: StoreError.self) { try scratch.open() }

        let inspector = try DataDirectoryStore(path: scratch.path, options: .init(inspecting: true))
        #expect(refusesToAppend(inspector, naming: "journal/000002.jsonl"))
        let health = try inspector.checkJournal()
        #expect(health.problems.contains { $0.contains("journal/000002.jsonl") && $0.contains("symbolic link") })
        _ = try inspector.repairJournal()
        let moved = try FileManager.default.contentsOfDirectory(atPath: scratch.file("quarantine")).filter { $0.hasPrefix("journal-000002") }
        #expect(moved.count == 1)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.file("quarantine/" + moved[0])) == secret.path)
        #expect(secret.contents == HostileFilesTests.PrivateFile.secret)
        let reopened = try scratch.open()
        try reopened.ring("B", phone: "2")
        #expect(reopened.state.lastSeq == 2)
    }

    /// A compaction that fails is not silent: a warning as it happens
    /// (stderr in the CLI), and `checkJournal` reports it overdue.
    @Test func aFailedCompactionIsReported() throws {
        let scratch = Scratch()
        let heard = Heard()
        let store = try DataDirectoryStore(path: scratch.path, options: .init(segmentLimit: 4, onWarning: { heard.add($0) }))
        let bucket = "history/" + HistoryBuckets.bucketName(forPhone: "1")
        #expect(mkfifo(scratch.file(bucket), 0o600) == 0)
        let call = try store.ring("A", phone: "1")
        _ = try store.claim(agent: "1001")
        try store.finish(call, agent: "1001")
        try store.ring("B", phone: "2")
        #expect(heard.messages.contains { $0.hasPrefix("compaction postponed") && $0.contains(bucket) && $0.contains("a FIFO") }, "\(heard.messages)")
        let health = try store.checkJournal()
        #expect(health.problems.contains {
            $0.hasPrefix("compaction is overdue: there is no snapshot.json while changes go to journal/000002.jsonl")
        }, "\(health.problems)")
    }

    final class Heard: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [String] = []
        func add(_ message: String) { lock.withLock { all.append(message) } }
        var messages: [String] { lock.withLock { all } }
    }
}
