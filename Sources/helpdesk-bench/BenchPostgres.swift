import Foundation

/// The PostgreSQL server the `floors` section measures: `$HELPDESK_BENCH_PG`
/// (an admin URI of a server someone else runs; each measurement makes a
/// database of its own there and leaves it), else a private server started
/// with `scripts/postgres-private` in a temporary folder and stopped at the
/// end. Children of the bench get databases made here, never a server.
final class BenchPostgres: @unchecked Sendable {
    let adminURI: String
    /// The folder of a server this process started (and must stop), if any.
    private let folder: String?

    private init(adminURI: String, folder: String?) {
        self.adminURI = adminURI
        self.folder = folder
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var started: BenchPostgres?

    /// The server, started on first use.
    static func shared() throws -> BenchPostgres {
        try lock.withLock {
            if let started { return started }
            let made: BenchPostgres
            if let given = ProcessInfo.processInfo.environment["HELPDESK_BENCH_PG"], !given.isEmpty {
                made = BenchPostgres(adminURI: given, folder: nil)
            } else {
                let folder = NSTemporaryDirectory() + "helpdesk-bench-pg-\(getpid())"
                made = BenchPostgres(adminURI: try script("start", folder), folder: folder)
            }
            started = made
            return made
        }
    }

    /// Stops the private server, if this process started one.
    static func stopIfStarted() {
        lock.withLock {
            guard let folder = started?.folder else { return }
            _ = try? script("stop", folder)
            try? FileManager.default.removeItem(atPath: folder)
            started = nil
        }
    }

    /// A new, empty database; its URI.
    func freshDatabase() throws -> String {
        let name = "helpdesk_bench_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        try sql("CREATE DATABASE \(name)")
        var parts = URLComponents(string: adminURI)!
        parts.path = "/" + name
        return parts.string!
    }

    /// Runs SQL as the admin with psql.
    @discardableResult
    func sql(_ statement: String, database: String? = nil) throws -> String {
        var parts = URLComponents(string: adminURI)!
        if let database { parts.path = "/" + database }
        return try Self.run("psql -X -q -t -A -v ON_ERROR_STOP=1 \"$U\" -c \"$S\"", ["U": parts.string!, "S": statement])
    }

    private static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts").path

    private static func script(_ action: String, _ folder: String) throws -> String {
        try run("\"$P\" \(action) \"$F\"", ["P": scripts + "/postgres-private", "F": folder])
    }

    /// Output goes through a file, and the shell is spawned and reaped
    /// directly (not through Foundation's `Process`, which watches a
    /// descriptor the server `start` leaves running would inherit and hold,
    /// so it would never see the shell end).
    private static func run(_ command: String, _ environment: [String: String]) throws -> String {
        let file = NSTemporaryDirectory() + "helpdesk-bench-sh-\(UUID().uuidString)"
        defer { unlink(file) }
        let all = ProcessInfo.processInfo.environment.merging(environment) { $1 }.merging(["OUT": file]) { $1 }
        let words: [String] = ["/bin/sh", "-c", command + " >\"$OUT\" 2>&1 </dev/null"]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = all.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot run /bin/sh: errno \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let output = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        guard status == 0 else { throw BenchError("\(command): \(output)") }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
