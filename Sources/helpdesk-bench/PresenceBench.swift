import Foundation
import HelpDeskCore
import HelpDeskStore

/// Presence: what the liveness check costs the wallboard, which runs
/// `recordLostAgents` once per tick (the wait that ends at least once a
/// second, so at most once per frame), over 40 and 200 signed-on agents;
/// and how long after a console's SIGKILL the wall stops counting its agent
/// ready: a child process signs agent K1 on and is killed, and a loop that
/// checks as the wall does (a 1-s tick, started at a random phase) times
/// the moment the agent is recorded offline.
func runPresenceBench(scratch: ScratchRoot, quick: Bool) throws -> String {
    var lines: [String] = []
    for agents in [40, 200] {
        let store = try DataDirectoryStore(path: scratch.fresh("presence-\(agents)"))
        let holds = try (1...agents).map { n -> any PresenceHold in
            let entry = RosterEntry(user: "a\(n)", agent: "A\(n)", name: "坐席\(n)")
            let hold = try store.holdPresence(agent: entry.agent)
            try store.signOn(entry, hold: hold)
            return hold
        }
        let iterations = quick ? 500 : 2_000
        var samples: [Double] = []
        for _ in 0..<iterations {
            let began = DispatchTime.now()
            guard try store.recordLostAgents().isEmpty else { throw BenchError("an agent held here was recorded lost") }
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1_000)
        }
        withExtendedLifetime(holds) {}
        lines.append(String(format: "liveness check per wallboard tick, %d agents signed on: p50 %.1f µs, p99 %.1f µs",
                            agents, percentile(samples, 0.5), percentile(samples, 0.99)))
    }

    var noticed: [Double] = [], kernel: [Double] = []
    for trial in 0..<(quick ? 3 : 8) {
        let path = scratch.fresh("presence-kill-\(trial)")
        let child = try ProcessFleet.spawn(["child", "presence", "json", path, "0", "0"])
        let store = try DataDirectoryStore(path: path)
        let deadline = Date().addingTimeInterval(10)
        while store.presence(of: "K1") != .held || store.state.agents["K1"]?.status != .ready {
            guard Date() < deadline else { throw BenchError("the presence child never signed on") }
            usleep(5_000)
            try store.refresh()
        }
        let killed = DispatchTime.now()
        kill(child.0.processIdentifier, SIGKILL)
        child.0.waitUntilExit()
        while store.presence(of: "K1") == .held { usleep(100) }
        kernel.append(seconds(since: killed) * 1_000)
        usleep(UInt32.random(in: 0..<1_000_000))
        while try store.recordLostAgents().isEmpty { usleep(1_000_000) }
        noticed.append(seconds(since: killed))
    }
    lines.append(String(format: "SIGKILL to lock gone: median %.2f ms, max %.2f ms (%d kills)",
                        percentile(kernel, 0.5), kernel.max() ?? .nan, kernel.count))
    lines.append(String(format: "SIGKILL to the wall no longer counting the agent ready (1-s tick): median %.2f s, max %.2f s (target < 30 s)",
                        percentile(noticed, 0.5), noticed.max() ?? .nan))
    return lines.joined(separator: "\n")
}

private func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

/// The child of the kill measurement: signs agent K1 on and waits to be killed.
enum PresenceChild {
    static func run(path: String) throws -> Never {
        let store = try DataDirectoryStore(path: path)
        let hold = try store.holdPresence(agent: "K1")
        try store.signOn(RosterEntry(user: "k", agent: "K1", name: "K1"), hold: hold)
        while true { sleep(60) }
    }
}
