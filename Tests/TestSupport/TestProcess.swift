import Foundation

/// A child process for tests, started with `posix_spawn` and reaped here
/// with `waitpid` and nowhere else.
///
/// The test runner's threads block most signals, and a spawned child
/// inherits that mask; every child here starts with none blocked, as from a
/// login shell, so a console sees its resizes and hang-ups.
///
/// Kept instead of swift-subprocess (considered, and on these machines): its
/// `run` is async, while these tests start and SIGKILL children from plain
/// synchronous code; and what they need (an empty signal mask, a new
/// process group) would go through its pre-spawn hook onto the same
/// `posix_spawnattr_t` this file sets directly, in about 130 lines, with
/// no package to build on every CI run.
public final class TestProcess {
    /// Where the child's standard output goes.
    public enum Output {
        /// A pipe, read by `finish()`.
        case pipe
        /// A file, read after the child exits: a program that leaves a
        /// daemon behind (tmux's server) would hold a pipe open forever.
        case file
    }

    public let pid: pid_t
    private let output: Output
    /// The read end of the output pipe until `finish()` closes it, then -1.
    private var pipeEnd: Int32
    private let file: String

    /// Starts `executable` with `arguments`. With `ownProcessGroup` the child
    /// leads a new process group, so `killGroup()` reaches everything it starts.
    public init(_ executable: String, _ arguments: [String], environment extra: [String: String] = [:],
                ownProcessGroup: Bool = false, output: Output = .pipe) throws {
        self.output = output
        file = NSTemporaryDirectory() + "helpdesk-test-out-\(UUID().uuidString)"
        var ends: [Int32] = [-1, -1]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        switch output {
        case .pipe:
            guard pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EMFILE) }
            // Close-on-exec (pipe2 is not in Glibc's Swift module): children other
            // tests spawn must not hold this pipe, or `finish()` waits for them
            // too; dup2 onto the child's standard output clears the flag there.
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        case .file:
            posix_spawn_file_actions_addopen(&actions, 1, file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK)
        if ownProcessGroup {
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        var environment = ProcessInfo.processInfo.environment
        environment.merge(extra) { $1 }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        if output == .pipe { close(ends[1]) }
        guard status == 0 else {
            if output == .pipe { close(ends[0]) }
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL)
        }
        pid = child
        pipeEnd = ends[0]
    }

    /// A `/bin/sh` script in its own process group, standard output piped.
    public convenience init(script: String, environment: [String: String] = [:]) throws {
        try self.init("/bin/sh", ["-c", script], environment: environment, ownProcessGroup: true)
    }

    /// SIGKILL to every process of the group, as a power cut would.
    public func killGroup() { kill(-pid, SIGKILL) }

    /// Reads the output (a pipe to its end, when every writer is gone) and
    /// reaps the child. Returns the output and the exit status (-1 if killed).
    public func finish() -> (output: String, status: Int32) {
        var bytes: [UInt8] = []
        if output == .pipe, pipeEnd >= 0 {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(pipeEnd, $0.baseAddress, $0.count) }
                if n > 0 { bytes += buffer[0..<n] } else if n < 0, errno == EINTR { continue } else { break }
            }
            close(pipeEnd)
            pipeEnd = -1   // a second finish() must not close a number another thread may have opened since
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        if output == .file {
            bytes = Array((try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data())
            unlink(file)
        }
        let exited = status & 0x7f == 0
        return (String(decoding: bytes, as: UTF8.self), exited ? (status >> 8) & 0xff : -1)
    }

    /// Runs a program to its end and returns its standard output (through a
    /// file, standard error discarded).
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String]) throws -> String {
        try TestProcess(executable, arguments, output: .file).finish().output
    }
}

/// The built `helpdesk` command (`scripts/test` builds it before the tests):
/// `$HELPDESK_BIN`, else `.build/debug/helpdesk` in the package, if it is a
/// build that has `ring` (not an older one left in the build folder).
public enum HelpdeskBinary {
    public static let path: String? = {
        if let explicit = ProcessInfo.processInfo.environment["HELPDESK_BIN"] { return explicit }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidate = package.appendingPathComponent(".build/debug/helpdesk").path
        guard FileManager.default.isExecutableFile(atPath: candidate),
              let help = try? TestProcess.run(candidate, ["ring", "--help"]), help.contains("--phone") else { return nil }
        return candidate
    }()

    public static let missing = "no built helpdesk command with `ring` found (run `swift build`, or set HELPDESK_BIN)"

    /// Single-quoted for the shell.
    public static var quoted: String { "'" + (path ?? "").replacingOccurrences(of: "'", with: "'\\''") + "'" }

    public static var tmuxAvailable: Bool {
        (try? TestProcess.run("/usr/bin/env", ["tmux", "-V"]))?.hasPrefix("tmux") ?? false
    }
}
