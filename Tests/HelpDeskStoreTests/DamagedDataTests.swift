import Foundation
import HelpDeskCore
import TestSupport
import Testing
@testable import HelpDeskStore

@Suite("Data directory: torn writes and hand-edited files")
struct DamagedDataTests {
    /// A crash mid-write leaves a line without its newline. Readers leave it
    /// alone (it could be a write in progress); the next writer, holding the
    /// lock, moves it to quarantine and cuts it, then appends cleanly.
    @Test func aTornLastLineIsQuarantinedByTheNextWriter() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        try store.ring("A", phone: "1")
        try store.ring("B", phone: "2")
        let torn = #"{"at":"2026-11-27T08:00:00.000Z","seq":3,"type":"call.ri"#
        let handle = try #require(FileHandle(forWritingAtPath: scratch.file("journal/000001.jsonl")))
        handle.seekToEndOfFile()
        handle.write(Data(torn.utf8))
        handle.closeFile()

        let reader = try scratch.open()
        #expect(reader.state.lastSeq == 2)
        #expect(reader.warnings.isEmpty)
        // The unfinished line is not news: a follower must not spin on it.
        #expect(!reader.waitForChange(timeout: .milliseconds(50)))

        let writer = try scratch.open()
        try writer.ring("C", phone: "3")
        let message = try #require(writer.warnings.first)
        #expect(message.contains("journal/000001.jsonl line 3"))
        #expect(message.contains("quarantine/000001.jsonl.torn-at-"))
        let copies = try FileManager.default.contentsOfDirectory(atPath: scratch.file("quarantine"))
        #expect(copies.count == 1)
        #expect(try scratch.read("quarantine/" + copies[0]) == torn)

        let lines = try scratch.read("journal/000001.jsonl").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3].isEmpty)
        let reopened = try scratch.open()
        #expect(reopened.warnings.isEmpty)
        #expect(reopened.state.calls.count == 3)
        #expect(try reader.refresh().map(\.seq) == [3])
    }

    /// A line broken by hand in the middle: a message with file and line,
    /// one copy of the file in quarantine, and every other line still loads.
    /// The lines lost leave a gap in the event numbers, so appending is
    /// refused (the next call would reuse a lost call's id) until a repair,
    /// which keeps the journal as it is and starts a fresh segment.
    @Test func aHandEditedLineIsSkippedWithItsFileAndLine() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        for n in 1...4 { try store.ring("caller \(n)", phone: "\(n)") }
        var lines = try scratch.read("journal/000001.jsonl").split(separator: "\n").map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: "\"seq\":2,", with: "")
        lines[2] = "this is not JSON {"
        try scratch.write("journal/000001.jsonl", lines.joined(separator: "\n") + "\n")
        let original = try scratch.read("journal/000001.jsonl")

        for _ in 0..<2 {
            let opened = try scratch.open()
            #expect(opened.state.calls.keys.sorted() == ["C1", "C4"])
            #expect(opened.warnings.count == 3)
            #expect(opened.warnings[0].hasPrefix("journal/000001.jsonl line 2: missing field \"seq\""))
            #expect(opened.warnings[1].hasPrefix("journal/000001.jsonl line 3: not valid JSON"))
            #expect(opened.warnings[0...1].allSatisfy { $0.contains("quarantine/000001.jsonl.line-2") })
            #expect(opened.warnings[2] == "journal/000001.jsonl line 4: event number 4 follows 1 (2 missing)")
        }
        // One copy, identical to the file as found; the journal is untouched.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("quarantine")) == ["000001.jsonl.line-2"])
        #expect(try scratch.read("quarantine/000001.jsonl.line-2") == original)

        let writer = try scratch.open()
        #expect(throws: StoreError.inconsistentJournal(problems: ["journal/000001.jsonl line 4: event number 4 follows 1 (2 missing)"])) {
            try writer.ring("caller 5", phone: "5")
        }
        #expect(try scratch.read("journal/000001.jsonl") == original)
        _ = try writer.repairJournal()
        try writer.ring("caller 5", phone: "5")
        #expect(try scratch.read("journal/000001.jsonl") == original)
        #expect(try scratch.open().state.lastSeq == 5)
    }

    @Test func aDamagedSnapshotFallsBackToTheJournal() throws {
        let scratch = Scratch()
        let store = try scratch.open(segmentLimit: 4)
        for n in 1...6 { try store.ring("caller \(n)", phone: "\(n)") }
        #expect(PosixFile.exists(scratch.file("snapshot.json")))
        try scratch.write("snapshot.json", "{\"format\": 1, \"segm")

        let opened = try scratch.open(segmentLimit: 4)
        #expect(opened.state == store.state)
        #expect(opened.warnings.count == 1)
        #expect(opened.warnings[0].hasPrefix("snapshot.json:"))
        #expect(opened.warnings[0].contains("quarantine/snapshot.json."))
    }

    @Test func aSnapshotFromANewerProgramIsRefused() throws {
        let scratch = Scratch()
        try scratch.open().ring("A", phone: "1")
        try scratch.write("snapshot.json", #"{"format": 9, "segment": 1}"#)
        #expect {
            try scratch.open()
        } throws: { error in
            String(describing: error).contains("snapshot format 9 is newer than this program reads")
        }
    }

    @Test func aNewerFormatIsRefusedByName() throws {
        let scratch = Scratch()
        try scratch.open().ring("A", phone: "1")
        let line = #"{"at":"2026-11-27T08:00:00.000Z","seq":2,"type":"call.abandoned","call":"C1","user":"x","v":9}"#
        let handle = try #require(FileHandle(forWritingAtPath: scratch.file("journal/000001.jsonl")))
        handle.seekToEndOfFile()
        handle.write(Data((line + "\n").utf8))
        handle.closeFile()
        let opened = try scratch.open()
        #expect(opened.state.calls["C1"] != nil)
        #expect(opened.warnings.first?.contains("journal format 9 is newer") == true)
    }
}
