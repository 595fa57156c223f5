import Foundation
import HelpDeskStore

/// The locked-down floor (docs/security.md): the data directory belongs to
/// a Unix group no agent is in, and agents act only through a set-group-ID
/// copy of this program, as mail spools and `crontab` work. In that copy
/// nothing from the environment or the command line may redirect it: the
/// data directory comes from a root-owned configuration file beside the
/// installation, and the environment is replaced by a short, checked list.
enum LockedFloor {
    /// Whether this process runs set-group-ID: the kernel's word, not a flag.
    static var isActive: Bool { getegid() != getgid() }

    /// Root gains nothing from the set-group-ID bit (it may open every file
    /// anyway), so for root the program gives the floor's group back at
    /// once and works as the plain program: `floor init`, `--data` and root's
    /// own environment work through the packaged `/usr/bin/helpdesk`, which
    /// the package installs set-group-ID for everyone else.
    static func dropForRoot() {
        guard getuid() == 0, isActive else { return }
        guard setgid(getgid()) == 0 else {
            FileHandle.standardError.write(Data("helpdesk: cannot give up the floor's group as root (errno \(errno))\n".utf8))
            exit(4)
        }
    }

    /// The variables a set-group-ID run keeps, each only if its value is
    /// plain: the terminal type and the locale (for the UI language), colour.
    /// Everything else goes, notably what can redirect or load files:
    /// `HELPDESK_DATA`, `XDG_*`, `HOME`, `TERMINFO`, `TERMINFO_DIRS`,
    /// `LOCPATH`, `GCONV_PATH`, `NLSPATH`, `TMPDIR`, `HELPDESK_RESOURCES`,
    /// and the Swift runtime's `SWIFT_BACKTRACE` (which can name a program
    /// to run on a crash) and `SWIFT_DEBUG_*`.
    static let keptVariables: Set<String> = ["TERM", "LANG", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "NO_COLOR", "COLUMNS", "LINES"]

    /// A value kept only if it is letters, digits and `._-@+`: no path, no list.
    static func isPlain(_ value: String) -> Bool {
        !value.isEmpty && value.count <= 64 && value.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-@+".unicodeScalars.contains($0))
        }
    }

    /// The environment a set-group-ID run works in: the kept variables with
    /// plain values, `HOME` from the real uid's passwd entry, a fixed `PATH`.
    static func cleanEnvironment(_ environment: [String: String]) -> [String: String] {
        var clean = environment.filter { keptVariables.contains($0.key) && isPlain($0.value) }
        clean["PATH"] = "/usr/bin:/bin"
        clean["SWIFT_BACKTRACE"] = "enable=no"
        if let entry = getpwuid(getuid()), let home = entry.pointee.pw_dir { clean["HOME"] = String(cString: home) }
        return clean
    }

    /// Under set-group-ID, starts the program again with the clean
    /// environment unless it already has exactly that one: the Swift runtime
    /// reads its variables as it starts, so removing them later is too late.
    static func restartWithCleanEnvironment() {
        guard isActive else { return }
        let environment = ProcessInfo.processInfo.environment
        let clean = cleanEnvironment(environment)
        guard clean != environment else { return }
        var argv = CommandLine.arguments.map { strdup($0) } + [nil]
        var envp = clean.map { strdup("\($0.key)=\($0.value)") } + [nil]
        execve("/proc/self/exe", &argv, &envp)
        // The program cannot run safely in the environment it was given.
        FileHandle.standardError.write(Data("helpdesk: cannot restart with a clean environment (errno \(errno))\n".utf8))
        exit(4)
    }

    /// The configuration file of an installation whose binary is `executable`:
    /// `PREFIX/etc/helpdesk/floor.conf`, where the binary is `PREFIX/bin/…`
    /// (`/etc/helpdesk/floor.conf` when PREFIX is `/usr`). It follows the
    /// installed binary, which the kernel names (`/proc/self/exe`), so a
    /// user can neither choose it nor plant one: it must be root's.
    static func configPath(executable: String) -> String {
        let prefix = PathParts.parent(of: PathParts.parent(of: executable))
        return (prefix == "/usr" ? "" : prefix) + "/etc/helpdesk/floor.conf"
    }

    /// The data directory a set-group-ID run works on, from `data=` in the
    /// configuration file, which it and every directory above it must be
    /// root's and writable by nobody else (a root-owned sticky `/tmp` aside).
    static func dataDirectory() throws -> String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        let config = configPath(executable: executable)
        if let reason = untrusted(config) {
            throw CLIFailure(message: "locked floor: \(config) \(reason)", code: .storeUnavailable)
        }
        guard let text = try? String(contentsOfFile: config, encoding: .utf8) else {
            throw CLIFailure(message: "locked floor: cannot read \(config)", code: .storeUnavailable)
        }
        for line in text.split(separator: "\n") where line.hasPrefix("data=") {
            let path = String(line.dropFirst(5)).trimmingCharacters(in: .whitespaces)
            if path.hasPrefix("/") { return path }
        }
        throw CLIFailure(message: "locked floor: \(config) has no data=/absolute/path line", code: .storeUnavailable)
    }

    /// Why `path` cannot be trusted as root's configuration, or nil.
    static func untrusted(_ path: String) -> String? {
        var current = path
        while true {
            var info = stat()
            guard lstat(current, &info) == 0 else { return current == path ? "is missing" : "is under a missing \(current)" }
            if info.st_mode & S_IFMT == S_IFLNK { return "is reached through a symbolic link (\(current))" }
            let sticky = info.st_mode & S_ISVTX != 0 && info.st_mode & S_IFMT == S_IFDIR
            if info.st_uid != 0 { return current == path ? "is not owned by root" : "is under \(current), not owned by root" }
            if info.st_mode & 0o022 != 0 && !sticky { return current == path ? "is writable by others" : "is under \(current), writable by others" }
            if current == "/" { return nil }
            current = PathParts.parent(of: current)
        }
    }

    /// Runs `body` with the real group, for files the user names on the
    /// command line (a report to write, a sheet to import): the floor's
    /// group must not lend its rights to them.
    static func asUser<T>(_ body: () throws -> T) rethrows -> T {
        guard isActive else { return try body() }
        let floorGroup = getegid()
        _ = setegid(getgid())
        defer { _ = setegid(floorGroup) }
        return try body()
    }
}
