import Foundation
import HelpDeskCore

/// Reads beyond the live state: the journal over a time range (reports, the
/// wallboard's day) and one caller's history (the agent's customer panel).
extension DataDirectoryStore {
    /// Reads the files without holding the store's lock (only to note a
    /// damaged line), so a month's report does not stall this process's
    /// commits; it sees what is on disk, which may be ahead of `state`.
    /// One segment at a time (compaction starts a new one every few thousand
    /// events), so memory stays flat however long the period is.
    public func forEachEvent(from: Date?, to: Date?, _ body: (Event) throws -> Void) throws {
        let scanner = JournalLineScanner()
        var lastSeq = 0
        for number in try layout.segmentNumbers() {
            let path = layout.segmentPath(number)
            guard let fd = try layout.journal.open(DataDirectoryLayout.segmentName(number), flags: O_RDONLY) else { continue }
            defer { close(fd) }
            if let (first, last) = try timeBounds(fd, path: path, scanner: scanner),
               from.map({ last < $0 }) ?? false || to.map({ first >= $0 }) ?? false {
                continue
            }
            let chunk = scanner.scan(try PosixFile.readToEnd(fd, from: 0, path: path), firstLine: 1)
            if !chunk.bad.isEmpty { mutex.withLock { report(chunk.bad, in: path) } }
            for (line, event) in chunk.events {
                // A segment copied under a second name must not count twice in a report.
                guard event.seq > lastSeq else {
                    mutex.withLock { warn("\(layout.relative(path)) line \(line): event number \(event.seq) repeats one already read; skipped it") }
                    continue
                }
                lastSeq = event.seq
                if from.map({ event.at >= $0 }) ?? true && to.map({ event.at < $0 }) ?? true { try body(event) }
            }
        }
    }

    public func history(phone: String, limit: Int) throws -> [Call] {
        try mutex.withLock {
            let filed = try HistoryBuckets.calls(ofPhone: phone, layout: layout)
            if let first = filed.bad.first {
                let copy = quarantine((try? layout.history.contents(Self.segmentName(filed.file))) ?? [],
                                      as: "history-\(Self.segmentName(filed.file)).line-\(first.line)")
                for bad in filed.bad {
                    warn("\(layout.relative(filed.file)) line \(bad.line): \(bad.reason); skipped it; \(Self.copyNote(copy))")
                }
            }
            var byID: [String: Call] = [:]
            for call in filed.calls { byID[call.id] = call }
            for closed in closedSinceSnapshot where closed.call.customer.phone == phone { byID[closed.call.id] = closed.call }
            for call in live.calls.values where call.customer.phone == phone { byID[call.id] = call }
            return Array(byID.values.newestFirst().prefix(max(0, limit)))
        }
    }

    /// The times of a segment's first and last whole lines, read from its
    /// two ends only, so a report over one day skips years of archive
    /// without decoding them. Nil when either end does not decode.
    private func timeBounds(_ fd: Int32, path: String, scanner: JournalLineScanner) throws -> (Date, Date)? {
        let window = 65_536
        let size = try PosixFile.size(fd, path: path)
        guard size > 0 else { return nil }
        let head = try PosixFile.read(fd, from: 0, count: min(window, size), path: path)
        let tailStart = max(0, size - window)
        let tail = try PosixFile.read(fd, from: tailStart, count: size - tailStart, path: path)
        guard let firstEnd = head.firstIndex(of: 10), let lastEnd = tail.lastIndex(of: 10) else { return nil }
        let lastStart = tail[..<lastEnd].lastIndex(of: 10).map { $0 + 1 } ?? (tailStart == 0 ? 0 : -1)
        guard lastStart >= 0 else { return nil }
        let first = scanner.scan(Array(head[...firstEnd]), firstLine: 1).events.first?.event
        let last = scanner.scan(Array(tail[lastStart...lastEnd]), firstLine: 1).events.first?.event
        guard let first, let last else { return nil }
        return (first.at, last.at)
    }
}
