import Foundation
import HelpDeskCore

extension EventLines {
    /// Calls `body` with each event of a JSON Lines file, in order. A second
    /// thread reads (`read(2)` into one 4 MB buffer) and decodes while this
    /// one runs `body`, handing over batches of events through a short queue:
    /// decoding is most of a month report's time, so the fold rides along
    /// almost free, and memory stays flat however long the file.
    public static func forEach(inFile path: String, _ body: (Event) throws -> Void) throws {
        let pipe = EventBatchPipe()
        let reader = Thread {
            var batch: [Event] = []
            batch.reserveCapacity(EventBatchPipe.batchSize)
            do {
                try readEvents(inFile: path) { event in
                    batch.append(event)
                    if batch.count == EventBatchPipe.batchSize {
                        guard pipe.put(batch) else { throw CancellationError() }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { _ = pipe.put(batch) }
                pipe.finish(nil)
            } catch is CancellationError {
                pipe.finish(nil)
            } catch {
                // The events before a bad line still reach the fold, as when reading from memory.
                if !batch.isEmpty { _ = pipe.put(batch) }
                pipe.finish(error)
            }
        }
        reader.start()
        do {
            while let batch = pipe.take() {
                for event in batch { try body(event) }
            }
        } catch {
            pipe.cancel()
            throw error
        }
        if let error = pipe.failure { throw error }
    }

    /// The reading and decoding, on the calling thread.
    static func readEvents(inFile path: String, _ body: (Event) throws -> Void) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw DomainError.invalid(field: "file", reason: "cannot read \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var capacity = 4 << 20
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0
        var line = 0
        while true {
            if filled == capacity {
                // One line longer than the buffer: make room for it.
                let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
                bigger.copyMemory(from: buffer, byteCount: filled)
                buffer.deallocate()
                buffer = bigger
                capacity *= 2
            }
            let n = read(fd, buffer + filled, capacity - filled)
            if n < 0 {
                if errno == EINTR { continue }
                throw DomainError.invalid(field: "file", reason: "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            filled += n
            let used = try forEachLine(in: UnsafeRawBufferPointer(start: buffer, count: filled), keepLast: true) { bytes in
                line += 1
                try decode(bytes, line: line, body)
            }
            filled -= used
            if filled > 0 { buffer.copyMemory(from: buffer + used, byteCount: filled) }
        }
        if filled > 0 { try decode(UnsafeRawBufferPointer(start: buffer, count: filled), line: line + 1, body) }
    }

}

/// The hand-over between the reading thread and the folding one: a short
/// queue of event batches under a condition variable, so the reader runs at
/// most a few batches ahead (memory stays small) and either side can stop.
final class EventBatchPipe: @unchecked Sendable {
    static let batchSize = 4096
    private static let depth = 4
    private let condition = NSCondition()
    private var batches: [[Event]] = []
    private var finished = false
    private var cancelled = false
    private(set) var failure: (any Error)?

    /// Queues a batch, waiting while the queue is full. False once cancelled.
    func put(_ batch: [Event]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= Self.depth && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, or nil when the reader has finished and all are taken.
    func take() -> [Event]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        condition.broadcast()
        return batches.removeFirst()
    }

    func finish(_ error: (any Error)?) {
        condition.lock()
        failure = error
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The folding side gave up: the reader stops at its next batch; waits for it to stop.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
