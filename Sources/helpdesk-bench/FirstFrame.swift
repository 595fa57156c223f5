import Foundation

/// The console's start as an agent meets it: `helpdesk --data DIR` spawned on
/// a fresh 120x30 pseudo-terminal, timed until `marker` (a waiting caller's
/// name) has been written to the screen, then sent SIGTERM.
enum FirstFrame {
    static func measure(_ helpdesk: String, data: String, marker: String) throws -> Double {
        // posix_openpt and friends are hidden from Swift's Glibc module, and
        // the ioctl macros do not import: these are Linux's fixed numbers for
        // TIOCSPTLCK (unlock the slave) and TIOCGPTN (its number).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw BenchError("no pseudo-terminal: errno \(errno)")
        }
        defer { close(master) }
        var size = winsize(ws_row: 30, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let terminal = "/dev/pts/\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, terminal, O_RDWR, 0)
        }
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        let argv: [UnsafeMutablePointer<CChar>?] = ([helpdesk, "--data", data, "--lang", "en"] as [String]).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let started = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        let status = posix_spawn(&pid, helpdesk, &actions, nil, argv, envp)
        guard status == 0 else { throw BenchError("cannot start the console: errno \(status)") }
        defer {
            kill(pid, SIGTERM)
            var ignored: Int32 = 0
            while waitpid(pid, &ignored, 0) < 0, errno == EINTR {}
        }
        let wanted = Array(marker.utf8)
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = started + 10_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            seen += buffer[0..<count]
            if seen.firstRange(of: wanted) != nil {
                return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            }
        }
        throw BenchError("the console showed no '\(marker)' within 10 s")
    }
}
