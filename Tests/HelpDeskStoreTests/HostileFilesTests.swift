import Foundation
import HelpDeskCore
import Testing
@testable import HelpDeskStore

/// A shared floor's directory is writable by every member of its group, so
/// a member can plant links, FIFOs and other people's files under the names
/// the store uses. Each is refused, naming the path; nothing is read
/// through it, appended to it or copied out of it.
@Suite("Data directory: planted links, FIFOs and foreign files")
struct HostileFilesTests {
    /// A private file of the lead's, outside the floor, that a member would like to read.
    final class PrivateFile: Sendable {
        let folder = Scratch()
        let path: String
        static let secret = "the lead's private notes\n"

        init() throws {
            try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
            path = folder.file("notes.txt")
            try Self.secret.write(toFile: path, atomically: false, encoding: .utf8)
            chmod(path, 0o600)
        }

        var contents: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    }

    func quarantined(_ scratch: Scratch) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: scratch.file("quarantine"))) ?? []
    }

    func refusal(_ error: any Error, names file: String) -> Bool {
        let text = String(describing: error)
        return text.contains("refused") && text.contains(file)
    }

    /// The attack of issue 11: the next segment is a link to the lead's file.
    /// Before, the lead's process read it as a damaged segment, copied it
    /// into the group-readable quarantine and then appended events to it.
    @Test func aSegmentLinkedToAPrivateFileIsRefusedNotCopiedNorAppended() throws {
        let scratch = Scratch()
        let secret = try PrivateFile()
        try scratch.open().ring("A", phone: "1")
        symlink(secret.path, scratch.file("journal/000002.jsonl"))

        #expect { try scratch.open() } throws: { refusal($0, names: "journal/000002.jsonl") && "\($0)".contains("symbolic link") }
        #expect(quarantined(scratch).isEmpty)
        #expect(secret.contents == PrivateFile.secret)
    }

    /// A FIFO would block a reader forever (and a writer would feed whoever
    /// listens); it is refused at once.
    @Test func aFIFOInPlaceOfASegmentIsRefusedWithoutBlocking() throws {
        let scratch = Scratch()
        try scratch.open().ring("A", phone: "1")
        #expect(mkfifo(scratch.file("journal/000002.jsonl"), 0o660) == 0)
        #expect { try scratch.open() } throws: { refusal($0, names: "journal/000002.jsonl") && "\($0)".contains("a FIFO") }
    }

    /// A regular file that belongs to neither the floor's owner nor its group.
    @Test(.enabled(if: geteuid() == 0, "needs root to make a file of another user"))
    func someoneElsesFileIsRefused() throws {
        let scratch = Scratch()
        try scratch.open().ring("A", phone: "1")
        try scratch.write("journal/000002.jsonl", "")
        chown(scratch.file("journal/000002.jsonl"), 65534, 65534)
        #expect { try scratch.open() } throws: { refusal($0, names: "journal/000002.jsonl") && "\($0)".contains("uid 65534") }
    }

    /// The snapshot: before, a linked file that did not parse was copied
    /// whole into quarantine.
    @Test func aLinkedSnapshotIsRefusedAndNotCopied() throws {
        let scratch = Scratch()
        let secret = try PrivateFile()
        try scratch.open().ring("A", phone: "1")
        symlink(secret.path, scratch.file("snapshot.json"))
        #expect { try scratch.open() } throws: { refusal($0, names: "snapshot.json") }
        #expect(quarantined(scratch).isEmpty)
    }

    /// The files replaced whole (roster, dispatch volumes, drafts) and the
    /// lock: a link is refused, and what it points to is never written.
    @Test func linkedRosterDispatchesDraftsAndLockAreRefused() throws {
        let scratch = Scratch()
        let secret = try PrivateFile()
        try scratch.open().ring("A", phone: "1")

        symlink(secret.path, scratch.file("roster.json"))
        let opened = try scratch.open()
        #expect(opened.warnings.contains { $0.contains("refused") && $0.contains("roster.json") })

        symlink(secret.path, scratch.file("dispatches.json"))
        #expect { try opened.loadDispatches() } throws: { refusal($0, names: "dispatches.json") }
        #expect { try opened.updateDispatches { $0.set(DispatchVolume(branch: "x", month: "2026-09", dispatches: 1)) } }
            throws: { refusal($0, names: "dispatches.json") }

        try FileManager.default.createDirectory(atPath: scratch.file("drafts"), withIntermediateDirectories: false)
        symlink(secret.path, scratch.file("drafts/1001.json"))
        #expect { try opened.loadDraft(agent: "1001") } throws: { refusal($0, names: "drafts/1001.json") }

        unlink(scratch.file("lock"))
        symlink(secret.path, scratch.file("lock"))
        #expect { try scratch.open() } throws: { refusal($0, names: "lock") }

        // The shared-floor setting decides who may read everything: a link there is refused too.
        symlink(secret.path, scratch.file("group"))
        #expect { try scratch.open() } throws: { refusal($0, names: "/group") }
        #expect(secret.contents == PrivateFile.secret)
    }

    /// Directories too: a `drafts/` or `history/` that is a link to a
    /// folder of the lead's is never written into.
    @Test func linkedDirectoriesAreRefused() throws {
        let scratch = Scratch()
        let secret = try PrivateFile()
        let store = try scratch.open()
        symlink(secret.folder.path, scratch.file("drafts"))
        #expect { try store.saveDraft(Data("{}".utf8), agent: "1001") } throws: { refusal($0, names: "drafts") }
        #expect(!FileManager.default.fileExists(atPath: secret.folder.file("1001.json")))

        try FileManager.default.removeItem(atPath: scratch.file("history"))
        symlink(secret.folder.path, scratch.file("history"))
        #expect { try scratch.open() } throws: { refusal($0, names: "history") }
    }

    /// A history bucket linked elsewhere: the caller's history is refused,
    /// naming the bucket, and compaction files nothing into the target.
    @Test func aLinkedHistoryBucketIsRefused() throws {
        let scratch = Scratch()
        let secret = try PrivateFile()
        let store = try scratch.open(segmentLimit: 4)
        let bucket = "history/" + HistoryBuckets.bucketName(forPhone: "1")
        symlink(secret.path, scratch.file(bucket))
        #expect { try store.history(phone: "1", limit: 5) } throws: { refusal($0, names: bucket) }
        let call = try store.ring("A", phone: "1")
        _ = try store.claim(agent: "1001")
        try store.finish(call, agent: "1001")
        #expect(store.warnings.contains { $0.contains("compaction postponed") && $0.contains(bucket) })
        #expect(secret.contents == PrivateFile.secret)
    }

    /// A `quarantine/` that is a link, or not a directory, is named at open:
    /// the store would otherwise write copies of damaged data through it.
    @Test func aLinkedOrUnusableQuarantineIsNamed() throws {
        let scratch = Scratch()
        let secret = try PrivateFile()
        try scratch.open().ring("A", phone: "1")
        try FileManager.default.removeItem(atPath: scratch.file("quarantine"))
        symlink(secret.folder.path, scratch.file("quarantine"))
        #expect { try scratch.open() } throws: { refusal($0, names: "quarantine") && "\($0)".contains("symbolic link") }

        unlink(scratch.file("quarantine"))
        try scratch.write("quarantine", "")
        #expect { try scratch.open() } throws: { refusal($0, names: "quarantine") && "\($0)".contains("regular file, not a directory") }
    }

    /// A planted roster entry whose ids could not be shown as typed, could
    /// pass for a path, or are absurdly long is refused when the roster is
    /// loaded, naming the file and the entry; nobody gets a role from it.
    @Test func aRosterEntryWithHostileIdsIsRefusedNamingFileAndEntry() throws {
        let scratch = Scratch()
        try scratch.open().ring("A", phone: "1")
        let lead = RosterEntry(user: "chen", agent: "2001", name: "陈主管", role: .lead)
        let hostile: [(RosterEntry, String)] = [
            (RosterEntry(user: "wang", agent: "10\u{1B}[2J01", name: "王芳"), "agent \"10\\u{1B}[2J01\" contains the control character U+001B"),
            (RosterEntry(user: "wang", agent: "../1001", name: "王芳"), "agent \"../1001\" is a path"),
            (RosterEntry(user: "wang", agent: String(repeating: "9", count: 100_000), name: "王芳"), "is 100000 characters long"),
            (RosterEntry(user: "wa\u{7}ng", agent: "1001", name: "王芳"), "user \"wa\\u{7}ng\" contains the control character U+0007"),
            (RosterEntry(user: "wang", agent: "1001", name: "王\u{1B}]0;x\u{7}芳"), "name"),
            (RosterEntry(user: "wang", agent: "1001", name: "王芳", team: "../一组"), "team"),
        ]
        for (entry, says) in hostile {
            try scratch.write("roster.json", String(decoding: try JournalCoding.encoder().encode([lead, entry]), as: UTF8.self))
            let store = try scratch.open()
            #expect { try store.loadRoster() } throws: {
                let text = "\($0)"
                return text.contains(scratch.file("roster.json")) && text.contains("entry 2 (user") && text.contains(says)
            }
            #expect(store.warnings.contains { $0.contains("roster.json") && $0.contains("entry 2") }, "\(store.warnings)")
            #expect(store.roster.entries.isEmpty)
        }
        try scratch.write("roster.json", String(decoding: try JournalCoding.encoder().encode([lead]), as: UTF8.self))
        #expect(try scratch.open().roster.entries == [lead])
    }
}
