import Foundation
import HelpDeskCore
import TestSupport
import Testing
@testable import HelpDeskStore

@Suite("Data directory: a full disk")
struct DiskFullTests {
    /// Fills a real tmpfs until a change is refused: the refusal names the
    /// file and ENOSPC, nothing acknowledged is lost, no partial line is left,
    /// and once space is freed the floor carries on.
    @Test(.enabled(if: SmallDisk.available, "needs root to mount a 256 KiB tmpfs"))
    func aFullDiskRefusesTheChangeAndKeepsEarlierData() throws {
        let disk = try SmallDisk()
        defer { disk.unmount() }
        let path = disk.mountPoint + "/data"
        let filler = disk.mountPoint + "/filler"
        let store = try DataDirectoryStore(path: path)
        let wallboard = try DataDirectoryStore(path: path)
        try Data(count: 32 * 1024).write(to: URL(fileURLWithPath: filler))

        let longName = String(repeating: "王", count: 700) // ~2 KiB per line
        var acked: [String] = []
        var refusal: (any Error)?
        while refusal == nil, acked.count < 1_000 {
            do { acked.append(try store.ring(longName, phone: "\(acked.count)")) } catch { refusal = error }
        }
        let error = try #require(refusal as? StoreError)
        #expect(acked.count > 10)
        #expect(String(describing: error).contains(path + "/journal/000001.jsonl"))
        #expect(String(describing: error).contains("ENOSPC"))
        #expect(store.state.lastSeq == acked.count)

        let journal = try String(contentsOfFile: path + "/journal/000001.jsonl", encoding: .utf8)
        #expect(journal.hasSuffix("\n"))
        #expect(journal.split(separator: "\n").count == acked.count)
        try wallboard.refresh()
        #expect(wallboard.state.calls.keys.sorted() == acked.sorted())
        let reopened = try DataDirectoryStore(path: path)
        #expect(reopened.warnings.isEmpty)
        #expect(reopened.state.calls.count == acked.count)

        unlink(filler)
        let after = try store.ring("after", phone: "x")
        #expect(try DataDirectoryStore(path: path).state.calls[after] != nil)
    }
}
