import Foundation
import HelpDeskStore

/// The hidden `child` subcommand: the work one process of a multi-process
/// run does. Every child waits for a common start time, so the processes
/// really contend, and prints one `ops=N end=T` line for the parent.
///
///     helpdesk-bench child ring|claim json|sqlite DIR COUNT START
///     helpdesk-bench child send json|sqlite DIR COUNT START
///     helpdesk-bench child churn|paced json DIR COUNT START   (see `JSONBenchFloor.churn`)
///     helpdesk-bench child wall json DIR 0 STOPFILE       (see `WallChild`)
///     helpdesk-bench child presence json DIR 0 0          (see `PresenceChild`)
enum ChildCommand {
    static func run(_ arguments: [String]) throws {
        if arguments.count == 5, arguments[0] == "wall" {
            return try WallChild.run(path: arguments[2], stop: arguments[4])
        }
        if arguments.count == 5, arguments[0] == "presence" { try PresenceChild.run(path: arguments[2]) }
        guard arguments.count == 5, let kind = StoreKind(rawValue: arguments[1]),
              let count = Int(arguments[3]), let start = Double(arguments[4]) else {
            throw BenchError("usage: helpdesk-bench child ring|claim|send json|sqlite DIR COUNT START")
        }
        let floor = try kind.open(arguments[2])
        let me = getpid()
        waitUntil(start)
        var ops = 0
        switch arguments[0] {
        case "ring":
            for n in 0..<count {
                try floor.ring(name: "bench \(me)-\(n)", phone: "\(me)\(n % 97)")
                ops += 1
            }
        case "claim":
            while try floor.claim(agent: "A\(me)-\(ops)") { ops += 1 }
        case "churn", "paced":
            // Flat out, or one turn every 25 ms, timing each turn's four commits.
            guard let json = floor as? JSONBenchFloor else { throw BenchError("churn runs on the JSON store only") }
            var latencies: [Double] = []
            for n in 0..<count {
                if arguments[0] == "paced" { waitUntil(start + Double(n) * 0.025) }
                let began = DispatchTime.now()
                ops += try json.churn(n, agents: 40)
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 4e6)
            }
            print("ops=\(ops) end=\(Date().timeIntervalSince1970) p50=\(percentile(latencies, 0.5)) p99=\(percentile(latencies, 0.99))")
            return
        case "send":
            // One change every 5–20 ms, its send time (wall clock, which both
            // processes share) carried in the caller's name.
            for _ in 0..<count {
                usleep(UInt32.random(in: 5_000...20_000))
                try floor.ring(name: "t=\(Date().timeIntervalSince1970)", phone: "1")
                ops += 1
            }
        default:
            throw BenchError("unknown child work \(arguments[0])")
        }
        print("ops=\(ops) end=\(Date().timeIntervalSince1970)")
    }

    static func waitUntil(_ time: Double) {
        let delay = time - Date().timeIntervalSince1970
        if delay > 0 { usleep(UInt32(delay * 1_000_000)) }
    }
}

/// Copies of this executable running `child` work at the same moment.
struct ProcessFleet {
    struct Outcome {
        var ops: Int
        var seconds: Double
        var perSecond: Double { Double(ops) / seconds }
    }

    /// Runs `work` in `processes` children; `count(i)` is child i's share.
    static func run(_ work: String, kind: StoreKind, path: String, processes: Int, count: (Int) -> Int) throws -> Outcome {
        let start = Date().timeIntervalSince1970 + 0.3 + 0.02 * Double(processes)
        let children = try (0..<processes).map { index in
            try spawn(["child", work, kind.rawValue, path, String(count(index)), String(start)])
        }
        var ops = 0
        var end = start
        for child in children {
            let fields = try finish(child, reporting: "ops")
            ops += Int(fields["ops"] ?? 0)
            end = max(end, fields["end"] ?? end)
        }
        return Outcome(ops: ops, seconds: end - start)
    }

    /// Waits for a child and reads its last `NAME=value …` line, the one
    /// that starts with `first=`.
    static func finish(_ child: (Process, Pipe), reporting first: String) throws -> [String: Double] {
        let output = String(decoding: child.1.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.0.waitUntilExit()
        guard child.0.terminationStatus == 0, let line = output.split(separator: "\n").last(where: { $0.hasPrefix(first + "=") }) else {
            throw BenchError("a child failed: \(output)")
        }
        return Dictionary(uniqueKeysWithValues: line.split(separator: " ").map { field in
            let parts = field.split(separator: "=", maxSplits: 1)
            return (String(parts[0]), Double(parts[1]) ?? 0)
        })
    }

    static func spawn(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        return (process, pipe)
    }
}
