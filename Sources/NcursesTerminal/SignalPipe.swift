import CTermSupport
import Glibc

/// The self-pipe that carries SIGINT, SIGTERM and SIGHUP into the poll
/// loop: the C handler writes the signal number, the loop reads it and
/// hands the UI a `.signal` event, so drafts are saved in ordinary code
/// rather than inside a signal handler.
final class SignalPipe {
    let readEnd: Int32
    private let writeEnd: Int32

    init() throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            throw TerminalError.system(call: "pipe", errno: errno)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        guard term_support_install_termination_pipe(writeEnd) == 0 else {
            let code = errno
            Glibc.close(readEnd)
            Glibc.close(writeEnd)
            throw TerminalError.system(call: "sigaction", errno: code)
        }
    }

    /// Signals that arrived since the last call, oldest first.
    func drain() -> [Int32] {
        var signals: [Int32] = []
        var bytes = [UInt8](repeating: 0, count: 16)
        while true {
            let count = read(readEnd, &bytes, bytes.count)
            guard count > 0 else { break }
            signals += bytes[0..<count].map { Int32($0) }
        }
        return signals
    }

    func close() {
        term_support_remove_termination_pipe()
        Glibc.close(readEnd)
        Glibc.close(writeEnd)
    }
}
