import Foundation

/// What a PBX waits for (issue 17): the real `helpdesk ring`, `abandon` and
/// `claim` spawned one after another, each followed by the `sqlite3` command
/// line inserting one row into a WAL database with `synchronous=FULL` (both
/// fsync before they exit), so load on the machine falls on both alike.
/// Prints each command's median, the sqlite3 median and their ratio
/// (target: 1.5x at most), the CPU each used beside it, and the console's
/// time to its first frame on a pseudo-terminal.
///
/// The binary is `$HELPDESK_BIN`, else the `helpdesk` built beside this
/// benchmark; the floor's host runs the packaged one (`scripts/package`,
/// static Swift runtime): `HELPDESK_BIN=.build/package/release/helpdesk`.
struct HookBench {
    let rounds: Int
    let scratch: ScratchRoot

    static var binary: String {
        ProcessInfo.processInfo.environment["HELPDESK_BIN"]
            ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
                .appendingPathComponent("helpdesk").path
    }

    func run() throws -> String {
        let helpdesk = Self.binary
        guard FileManager.default.isExecutableFile(atPath: helpdesk) else {
            throw BenchError("no helpdesk binary at \(helpdesk): build it (swift build -c release) or set HELPDESK_BIN")
        }
        guard let sqlite = Self.sqlite3 else { throw BenchError("the sqlite3 command is missing (scripts/setup installs it)") }
        let floor = scratch.fresh("hook-floor")
        let database = scratch.fresh("hook.sqlite")
        let warmUp = 3
        // Callers for `claim` to take: one per round, rung before the clock starts.
        let waiting = rounds + warmUp
        try JSONBenchFloor(path: floor).prefill(waiting)
        // The account running the bench leads the floor, so each round may claim for a fresh agent.
        try makeBenchUserLead(ofFloor: floor)
        _ = try Self.timed(sqlite, [database, "PRAGMA journal_mode=WAL; CREATE TABLE calls(n INTEGER PRIMARY KEY, name TEXT, phone TEXT);"])

        var times: [String: [Run]] = [:]
        for round in 1...(warmUp + rounds) {
            // Each round rings call C(waiting + round), abandons it, and claims the queue's head.
            let steps: [(String, [String])] = [
                ("ring", ["ring", "--data", floor, "--name", "张伟 \(round)", "--phone", "1380000\(round)", "--reason", "冰箱不制冷"]),
                ("abandon", ["abandon", "--data", floor, "C\(waiting + round)"]),
                ("claim", ["claim", "--data", floor, "--agent", "A\(round)"]),
            ]
            for (name, arguments) in steps {
                let hook = try Self.timed(helpdesk, arguments)
                let insert = try Self.timed(sqlite, [database, "PRAGMA synchronous=FULL; INSERT INTO calls(name, phone) VALUES('张伟 \(round)', '1380000\(round)');"])
                guard round > warmUp else { continue }
                times[name, default: []].append(hook)
                times["sqlite3", default: []].append(insert)
            }
        }
        let help = try (0..<rounds).map { _ in try Self.timed(helpdesk, ["--help"]) }
        // Every caller above was abandoned or claimed: one waits for the console to show.
        try JSONBenchFloor(path: floor).ring(name: "李娜", phone: "13900000000")
        let frames = try (0..<max(5, rounds / 4)).map { _ in try FirstFrame.measure(helpdesk, data: floor, marker: "李娜") }

        let sqliteMedian = percentile((times["sqlite3"] ?? []).map(\.wall), 0.5)
        let sqliteCPU = percentile((times["sqlite3"] ?? []).map(\.cpu), 0.5)
        func row(_ label: String, _ milliseconds: Double, _ note: String = "") -> String {
            "  " + label.padding(toLength: 30, withPad: " ", startingAt: 0) + String(format: "%8.2f ms", milliseconds) + note
        }
        var lines = ["PBX hook commands vs sqlite3 one-row insert (synchronous=FULL), \(rounds) rounds, A B A B; \(helpdesk)",
                     row("sqlite3 insert, median", sqliteMedian, String(format: "  cpu %5.2f ms", sqliteCPU))]
        for name in ["ring", "abandon", "claim"] {
            let value = percentile((times[name] ?? []).map(\.wall), 0.5)
            let cpu = percentile((times[name] ?? []).map(\.cpu), 0.5)
            let ratio = value / sqliteMedian
            lines.append(row("helpdesk \(name), median", value,
                             String(format: "  cpu %5.2f ms  %5.2fx sqlite3 (cpu %4.2fx)  [%@] within 1.5x",
                                    cpu, ratio, cpu / sqliteCPU, ratio <= 1.5 ? "met " : "MISS")))
        }
        lines.append(row("helpdesk --help, median", percentile(help.map(\.wall), 0.5)))
        lines.append(row("console first frame, median", percentile(frames, 0.5), "  (spawn to a caller's name on a 120x30 pty)"))
        return lines.joined(separator: "\n")
    }

    static let sqlite3: String? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// One spawned command: milliseconds from spawn to reaping it (what a
    /// dialplan waits, fsync included), and the CPU it used (user + system,
    /// which the machine's load and the disk's fsync latency barely move).
    struct Run {
        var wall: Double
        var cpu: Double
    }

    /// Runs a command to its end; a failure is an error.
    static func timed(_ executable: String, _ arguments: [String]) throws -> Run {
        let started = DispatchTime.now().uptimeNanoseconds
        let pid = try spawn(executable, arguments)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        guard status == 0 else { throw BenchError("\(executable) \(arguments.first ?? "") ended with status \(status)") }
        func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1e3 + Double(time.tv_usec) / 1e3 }
        return Run(wall: wall, cpu: milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime))
    }

    /// Starts a command with standard output and error on /dev/null.
    static func spawn(_ executable: String, _ arguments: [String]) throws -> pid_t {
        var quiet = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&quiet)
        defer { posix_spawn_file_actions_destroy(&quiet) }
        posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &quiet, nil, argv, environ)
        guard status == 0 else { throw BenchError("cannot start \(executable): errno \(status)") }
        return pid
    }

}
