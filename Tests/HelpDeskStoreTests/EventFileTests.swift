import Foundation
@testable import HelpDeskCore
@testable import HelpDeskStore
import Testing

/// Reading a journal file on a second thread gives the same events, in order, as reading it in memory.
@Suite struct ReportEventFileTests {
    static func temporaryFile(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "report-lines-\(UUID().uuidString).jsonl"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFileReadsLikeMemoryAcrossBatchesAndWithoutAFinalNewline() throws {
        let sample = try String(contentsOf: EventFileSamples.directory.appendingPathComponent("events.jsonl"),
                                encoding: .utf8)
        var text = sample
        text.removeLast()                          // the last line has no newline
        let path = try Self.temporaryFile(text)
        defer { unlink(path) }
        var fromMemory: [Event] = []
        try EventLines.forEach(in: Data(sample.utf8)) { fromMemory.append($0) }
        var fromFile: [Event] = []
        try EventLines.forEach(inFile: path) { fromFile.append($0) }
        #expect(fromMemory.count > EventBatchPipe.batchSize)
        #expect(fromFile == fromMemory)
    }

    @Test func aBadLineIsNamedAndAThrowingFoldStopsTheReader() throws {
        let good = try String(contentsOf: EventFileSamples.directory.appendingPathComponent("events.jsonl"),
                              encoding: .utf8).split(separator: "\n").prefix(5).joined(separator: "\n")
        let path = try Self.temporaryFile(good + "\n{\"seq\":6,\"type\":\n")
        defer { unlink(path) }
        var seen = 0
        #expect(throws: DomainError.invalid(field: "line 6", reason: "")) {
            do { try EventLines.forEach(inFile: path) { _ in seen += 1 } } catch DomainError.invalid(let field, _) {
                throw DomainError.invalid(field: field, reason: "")
            }
        }
        #expect(seen == 5)
        struct Stop: Error {}
        #expect(throws: Stop.self) { try EventLines.forEach(inFile: path) { _ in throw Stop() } }
    }
}

/// The shipped sample month (Resources/samples), read as a report reads a file.
enum EventFileSamples {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/samples")
}
