import Foundation

/// Durable ring and claim throughput with 1 and 16 processes. Rings: the
/// processes share `operations` rings between them. Claims: the queue is
/// filled with `operations` callers first (one transaction, not timed), then
/// the processes claim, each claim for a fresh agent, until it is empty.
/// Every figure is the better of `rounds` runs, the stores taking turns, so
/// a burst of load from elsewhere on the machine does not decide the row.
struct ThroughputBench {
    let operations: Int
    let rounds: Int
    let scratch: ScratchRoot
    /// The stores side by side, one column each.
    var kinds: [StoreKind] = [.json, .sqlite]

    /// Ops per second for each store, in `kinds` order.
    func measure(_ work: String, processes: Int) throws -> [Double] {
        var best = [Double](repeating: 0, count: kinds.count)
        for round in 0..<rounds {
            for (column, kind) in kinds.enumerated() {
                let path = try kind.fresh("\(work)-\(kind.rawValue)-\(processes)-\(round)", in: scratch)
                let outcome = work == "ring" ? try ring(kind, path: path, processes: processes)
                    : try claim(kind, path: path, processes: processes)
                best[column] = max(best[column], outcome.perSecond)
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        return best
    }

    private func ring(_ kind: StoreKind, path: String, processes: Int) throws -> ProcessFleet.Outcome {
        try ProcessFleet.run("ring", kind: kind, path: path, processes: processes) { index in
            operations / processes + (index < operations % processes ? 1 : 0)
        }
    }

    private func claim(_ kind: StoreKind, path: String, processes: Int) throws -> ProcessFleet.Outcome {
        try kind.open(path).prefill(operations)
        let outcome = try ProcessFleet.run("claim", kind: kind, path: path, processes: processes) { _ in 0 }
        guard outcome.ops == operations else {
            throw BenchError("\(kind.title): \(outcome.ops) claims for \(operations) callers")
        }
        return outcome
    }
}

/// Where a run keeps its directories; removed at the end.
final class ScratchRoot {
    let path: String

    init() throws {
        let base = ProcessInfo.processInfo.environment["HELPDESK_BENCH_DIR"] ?? NSTemporaryDirectory()
        var template = Array((base + "/helpdesk-bench-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw BenchError("cannot create a scratch directory under \(base)")
        }
        path = String(cString: made)
    }

    func fresh(_ name: String) -> String { path + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
