import Foundation
import HelpDeskCore
import TestSupport
import Testing
@testable import HelpDeskStore

@Suite("Data directory: compaction, archive and history")
struct CompactionTests {
    /// Rings and completes `count` calls: 4 events each.
    private func work(_ store: DataDirectoryStore, calls count: Int, phone: (Int) -> String) throws {
        for n in 0..<count {
            let id = try store.ring("caller \(n)", phone: phone(n))
            #expect(try store.claim(agent: "1001") == id)
            try store.finish(id, agent: "1001")
        }
    }

    @Test func fullSegmentsAreSnapshottedAndClosedCallsFiled() throws {
        let scratch = Scratch()
        let store = try scratch.open(segmentLimit: 10)
        try work(store, calls: 9, phone: { "86-\($0 % 3)" })
        try store.ring("still waiting", phone: "86-0")
        // 37 events: segments 1–3 full (10 each), 7 in segment 4.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("journal")).sorted()
                == ["000001.jsonl", "000002.jsonl", "000003.jsonl", "000004.jsonl"])
        let snapshot = try scratch.read("snapshot.json")
        #expect(snapshot.contains("\"segment\" : 4"))

        let history = try store.history(phone: "86-0", limit: 10)
        #expect(history.map(\.id) == ["C10", "C7", "C4", "C1"])
        #expect(history.dropFirst().allSatisfy { $0.state == .done && $0.disposition == "answered" })
        #expect(history.first?.state == .waiting)
        #expect(try store.history(phone: "86-0", limit: 2).map(\.id) == ["C10", "C7"])

        let reopened = try scratch.open(segmentLimit: 10)
        #expect(reopened.state == store.state)
        #expect(try reopened.history(phone: "86-1", limit: 10).map(\.id) == ["C8", "C5", "C2"])
        #expect(try reopened.events(from: nil, to: nil).map(\.seq) == Array(1...37))
    }

    /// A crash between filing calls and writing the snapshot makes the next
    /// compaction file them again; the reader keeps one copy of each.
    @Test func callsFiledTwiceAreReadOnce() throws {
        let scratch = Scratch()
        let store = try scratch.open(segmentLimit: 8)
        try work(store, calls: 2, phone: { _ in "7" })
        let bucket = "history/" + HistoryBuckets.bucketName(forPhone: "7")
        let filed = try scratch.read(bucket)
        #expect(filed.split(separator: "\n").count == 2)
        try scratch.write(bucket, filed + filed)
        #expect(try scratch.open(segmentLimit: 8).history(phone: "7", limit: 10).map(\.id) == ["C2", "C1"])
    }

    /// Start-up reads the snapshot and the current segment only: archived
    /// segments turned to garbage change nothing until a report reads them.
    @Test func startUpDoesNotReadTheArchive() throws {
        let scratch = Scratch()
        let store = try scratch.open(segmentLimit: 10)
        try work(store, calls: 8, phone: { "\($0)" })
        for n in 1...3 { try scratch.write("journal/00000\(n).jsonl", "garbage\n") }
        try FileManager.default.removeItem(atPath: scratch.file("history"))
        try FileManager.default.createDirectory(atPath: scratch.file("history"), withIntermediateDirectories: false)

        let opened = try scratch.open(segmentLimit: 10)
        #expect(opened.warnings.isEmpty)
        #expect(opened.state == store.state)
        _ = try opened.events(from: nil, to: nil)
        #expect(opened.warnings.count == 3) // the report did read them
    }

    @Test func reportsSkipSegmentsOutsideTheirRange() throws {
        let scratch = Scratch()
        let day = 86_400.0
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let clock = ManualClock(start)
        let store = try scratch.open(clock: clock, segmentLimit: 4)
        for _ in 0..<3 { // one full segment per day
            try work(store, calls: 1, phone: { "\($0)" })
            clock.advance(by: day)
        }
        // Garbage in the middle of day 1's segment: only a read of it reports it.
        var lines = try scratch.read("journal/000001.jsonl").split(separator: "\n").map(String.init)
        lines[1] = "{}"
        try scratch.write("journal/000001.jsonl", lines.joined(separator: "\n") + "\n")

        let reader = try scratch.open(clock: clock, segmentLimit: 4)
        let third = try reader.events(from: start.addingTimeInterval(2 * day), to: nil)
        #expect(third.map(\.seq) == [9, 10, 11, 12])
        #expect(reader.warnings.isEmpty)
        let second = try reader.events(from: start.addingTimeInterval(day), to: start.addingTimeInterval(2 * day))
        #expect(second.map(\.seq) == [5, 6, 7, 8])
        #expect(try reader.events(from: start, to: start.addingTimeInterval(day)).map(\.seq) == [1, 3, 4])
        #expect(reader.warnings.count == 1)
    }

    /// Another process's compaction moves this one on to the next segment.
    @Test func readersFollowAnotherProcessAcrossSegments() throws {
        let scratch = Scratch()
        let wallboard = try scratch.open(segmentLimit: 5)
        let agent = try scratch.open(segmentLimit: 5)
        try work(agent, calls: 3, phone: { _ in "42" })
        let fresh = try wallboard.refresh()
        #expect(fresh.map(\.seq) == Array(1...12))
        #expect(wallboard.state == agent.state)
        #expect(try wallboard.history(phone: "42", limit: 5).map(\.id) == ["C3", "C2", "C1"])
        try work(wallboard, calls: 1, phone: { _ in "42" })
        #expect(try agent.refresh().map(\.seq) == [13, 14, 15, 16])
    }
}
