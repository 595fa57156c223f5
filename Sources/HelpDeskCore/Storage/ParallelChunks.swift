import Foundation

/// Big batches (a segment read at start-up, an import's lines, a batch of
/// rows of a report on PostgreSQL) are decoded or encoded on every core: `0..<count` is split into up to twice as many
/// chunks as there are cores (at most 16), and `work` runs on each chunk on
/// the worker threads. The results come back in chunk order.
public enum ParallelChunks {
    public static func map<T>(count: Int, _ work: @Sendable (Range<Int>) -> T) -> [T] {
        let chunks = min(ProcessInfo.processInfo.activeProcessorCount * 2, 16)
        let size = (count + chunks - 1) / chunks
        let slots = Slots<T>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            slots.set(chunk, work(min(chunk * size, count)..<min((chunk + 1) * size, count)))
        }
        return slots.all
    }

    /// One slot per chunk, filled from the worker threads.
    private final class Slots<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [T?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }

        var all: [T] { lock.withLock { slots.map { $0! } } }
    }
}
