import Foundation
import Testing
import TermRender

/// Compares a rendered buffer with the expected text kept beside the tests
/// in `Snapshots/NAME.txt`. Run with `RECORD_SNAPSHOTS=1` to write the
/// files anew after a deliberate change, then read the diff before committing.
/// A recording run fails on purpose (as swift-argument-parser's snapshot
/// helper does), so a run with the variable left set can never pass.
func assertSnapshot(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent(name + ".txt")
    let actual = buffer.lines().map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        .joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded \(file.path): read its diff, then run again without RECORD_SNAPSHOTS",
                     sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("no snapshot \(file.path): run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, (got, want)) in zip(a, e).enumerated() where got != want {
        Issue.record("\(name) line \(index + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
    }
    #expect(a.count == e.count, "\(name): \(a.count) lines, expected \(e.count)", sourceLocation: sourceLocation)
}
