import Foundation
import HelpDeskCore
import HelpDeskStore
import HelpDeskUI
import TermRender

/// What ten wallboards cost the floor (issue 6: "ten wallboards open at once
/// cost the floor next to nothing"). One process works a steady floor of 40
/// waiting callers — a caller rings, an agent claims, hangs up and completes
/// (`JSONBenchFloor.churn`), four durable commits a turn — first alone, then
/// while ten child processes each run a wallboard's loop on it at the
/// wallboard's priority: wait on the store's change descriptor, keep to the
/// `FramePacer`, refresh, fold, take the figures, render a 200x50 frame and
/// paint it into a `MemoryTerminal`, as `WallboardRunner` does with ncurses.
/// Two workloads: flat out (commits
/// per second), and a busy floor's pace of a turn every 25 ms (160 commits a
/// second; the time each commit takes, p50 and p99). Also the walls' own
/// frames and CPU time.
func runWallFleetBench() throws -> String {
    let scratch = try ScratchRoot()
    defer { scratch.remove() }
    let path = scratch.fresh("walls")
    try JSONBenchFloor(path: path).prefill(40)
    func work(_ kind: String, turns: Int) throws -> [String: Double] {
        let start = Date().timeIntervalSince1970 + 0.3
        let child = try ProcessFleet.spawn(["child", kind, "json", path, String(turns), String(start)])
        var fields = try ProcessFleet.finish(child, reporting: "ops")
        fields["rate"] = (fields["ops"] ?? 0) / ((fields["end"] ?? start) - start)
        return fields
    }
    let aloneFlat = try work("churn", turns: 250), alonePaced = try work("paced", turns: 200)

    let stop = path + ".stop"
    let walls = try (0..<10).map { _ in try ProcessFleet.spawn(["child", "wall", "json", path, "0", stop]) }
    for (_, pipe) in walls {
        // Each wall says when it has read the day and is waiting for changes.
        guard pipe.fileHandleForReading.readLine() == "ready" else { throw BenchError("a wall child did not start") }
    }
    let wallsFlat = try work("churn", turns: 250), wallsPaced = try work("paced", turns: 200)
    FileManager.default.createFile(atPath: stop, contents: nil)
    var frames = 0.0, cpu = 0.0
    for wall in walls {
        let fields = try ProcessFleet.finish(wall, reporting: "frames")
        frames += fields["frames"] ?? 0
        cpu += fields["cpu"] ?? 0
    }
    let rate = (aloneFlat["rate"] ?? 0, wallsFlat["rate"] ?? 0)
    return String(format: """
        ten wallboards on one floor (40 callers waiting; a turn = ring, claim, hang up, complete: 4 durable commits)
          flat out: alone %.0f commits/s; with ten walls %.0f commits/s (%+.1f%%)
          at 160 commits/s: time per commit alone p50 %.2f / p99 %.2f ms; with ten walls p50 %.2f / p99 %.2f ms
          the ten walls over both runs: %.0f frames, %.2f s CPU (%.2f ms a frame)
        """, rate.0, rate.1, (rate.1 - rate.0) / rate.0 * 100,
        alonePaced["p50"] ?? 0, alonePaced["p99"] ?? 0, wallsPaced["p50"] ?? 0, wallsPaced["p99"] ?? 0,
        frames, cpu, frames > 0 ? cpu * 1000 / frames : 0)
}

/// One wall of the fleet (`helpdesk-bench child wall json DIR 0 STOPFILE`):
/// the wallboard's loop without a terminal, until STOPFILE exists. Prints
/// `ready` once it waits for changes, then at the end `frames=N cpu=S`
/// (CPU seconds, user + system, spent after start-up).
enum WallChild {
    static func run(path: String, stop: String) throws {
        WallboardPriority.yieldToTheFloor()
        let store = try DataDirectoryStore(path: path)
        _ = store.changeDescriptor
        let runner = try WallboardRunner(terminal: MemoryTerminal(size: Size(width: 200, height: 50)), store: store,
                                         text: .forLanguage(.zh), privacy: .masked, config: MetricsConfig())
        runner.draw()
        var pacer = FramePacer()
        pacer.drew()
        let startUp = cpuSeconds()
        FileHandle.standardOutput.write(Data("ready\n".utf8))
        var frames = 0
        while access(stop, F_OK) != 0 {
            guard store.waitForChange(timeout: .milliseconds(100)) else { continue }
            pacer.waitForNextFrame()
            runner.followFloor()
            runner.draw()
            pacer.drew()
            frames += 1
        }
        print("frames=\(frames) cpu=\(cpuSeconds() - startUp)")
    }

    /// CPU seconds this process has used, user and system.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}

extension FileHandle {
    /// One line read byte by byte (a child's short status line), without its newline.
    func readLine() -> String? {
        var bytes: [UInt8] = []
        while let byte = try? read(upToCount: 1)?.first {
            if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
