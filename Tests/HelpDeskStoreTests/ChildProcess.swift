import Foundation

/// A `/bin/sh` script run in its own process group with its standard output
/// captured, so a test can SIGKILL the whole group (the shell and the
/// helpdesk process it is running) at an arbitrary moment.
final class ChildProcess {
    let pid: pid_t
    private let output: Int32

    init(script: String, environment extra: [String: String] = [:]) throws {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw POSIXError(.EMFILE) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        var environment = ProcessInfo.processInfo.environment
        environment.merge(extra) { $1 }
        let words: [String] = ["/bin/sh", "-c", script]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, envp)
        close(pipeEnds[1])
        guard status == 0 else {
            close(pipeEnds[0])
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL)
        }
        pid = child
        output = pipeEnds[0]
    }

    /// SIGKILL to every process of the group, as a power cut would.
    func killGroup() { kill(-pid, SIGKILL) }

    /// Reads standard output to its end (every writer gone), then reaps
    /// the shell. Returns the output and the exit status (-1 if killed).
    func finish() -> (output: String, status: Int32) {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if n > 0 { bytes += buffer[0..<n] } else if n < 0, errno == EINTR { continue } else { break }
        }
        close(output)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exited = status & 0x7f == 0
        return (String(decoding: bytes, as: UTF8.self), exited ? (status >> 8) & 0xff : -1)
    }
}

/// The built `helpdesk` command: `$HELPDESK_BIN`, else next to this test
/// bundle in the build folder, else `.build/debug/helpdesk` in the package.
enum HelpdeskBinary {
    static let path: String? = {
        let fm = FileManager.default
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["HELPDESK_BIN"] { candidates.append(explicit) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<4 {
            directory.deleteLastPathComponent()
            candidates.append(directory.appendingPathComponent("helpdesk").path)
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/helpdesk").path)
        return candidates.first { fm.isExecutableFile(atPath: $0) && !$0.hasSuffix(".xctest") && hasRingCommand($0) }
    }()

    /// True for a build of the command line that has `ring` (not an older
    /// placeholder left in the build folder).
    private static func hasRingCommand(_ path: String) -> Bool {
        guard let child = try? ChildProcess(script: "exec '\(path)' ring --help 2>&1") else { return false }
        let (output, status) = child.finish()
        return status == 0 && output.contains("--phone")
    }

    static let missing = "no built helpdesk command with `ring` found (run `swift build`, or set HELPDESK_BIN)"

    /// Single-quoted for the shell.
    static var quoted: String { "'" + (path ?? "").replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
