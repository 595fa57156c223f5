import ArgumentParser
import Foundation
import HelpDeskStore

/// `helpdesk floor init DIR --group NAME [--locked]`: sets up a floor's data
/// directory for a team. Shared: the group's members use it with their own
/// `helpdesk` (and could also edit its files). Locked: the group is one no
/// agent is in, and agents act only through a set-group-ID copy of this
/// program installed for the floor (docs/security.md).
struct FloorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floor", abstract: "Set up a floor's data directory for a team (run as root).",
        subcommands: [Init.self])

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the data directory, owned by a Unix group; --locked also installs a setgid helpdesk for it.",
            discussion: """
            Locked: DIR is root's and the group's (mode 2770) and agents are not in the group; \
            PREFIX/bin/helpdesk is installed setgid to the group, and PREFIX/etc/helpdesk/floor.conf \
            (/etc/helpdesk/floor.conf for PREFIX /usr) names DIR. Edit DIR/roster.json as root.
            """)

        @Argument(help: "The data directory to create.") var directory: String
        @Option(help: "The Unix group that owns the floor's files (it must exist).") var group: String
        @Flag(help: "Agents are not in the group and act only through an installed setgid helpdesk.") var locked = false
        @Option(help: "Where the setgid helpdesk and its configuration are installed (with --locked).") var prefix = "/usr/local"

        func run() throws {
            try reportingFailures {
                guard getuid() == 0 else { throw CLIFailure(message: "floor init must run as root", code: .refused) }
                guard directory.hasPrefix("/"), prefix.hasPrefix("/") else {
                    throw CLIFailure(message: "floor init: give DIR and --prefix as absolute paths", code: .refused)
                }
                guard let entry = getgrnam(group) else {
                    throw CLIFailure(message: "floor init: no group \(group) (create it with groupadd --system \(group))", code: .refused)
                }
                let gid = entry.pointee.gr_gid
                if locked { try refuseInstallingOverItself(prefix + "/bin/helpdesk") }
                // A bare name's folder is the current one, already there and not ours to re-own.
                let parent = PathParts.parent(of: directory)
                if !parent.isEmpty { try makeDirectory(parent, mode: 0o755, group: 0) }
                try makeDirectory(directory, mode: 0o2770, group: gid)
                try write(Data("\(group)\n".utf8), to: directory + "/group", mode: 0o640, group: gid)
                _ = try DataDirectoryStore(path: directory, options: .init(group: group))
                print("floor \(directory): group \(group), directories 2770, files 0660")
                guard locked else { return }
                let binary = prefix + "/bin/helpdesk"
                let config = LockedFloor.configPath(executable: binary)
                try makeDirectory(prefix + "/bin", mode: 0o755, group: 0)
                try makeDirectory(PathParts.parent(of: config), mode: 0o755, group: 0)
                let program = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
                try write(try Data(contentsOf: URL(fileURLWithPath: program)), to: binary, mode: 0o2755, group: gid)
                try write(Data("data=\(directory)\n".utf8), to: config, mode: 0o644, group: 0)
                try installResources(prefix: prefix)
                print("installed \(binary) (setgid \(group)) and \(config); agents must not be in \(group)")
            }
        }

        /// The Debian package's `/usr/bin/helpdesk` is already the locked
        /// floor's program (set-group-ID by `dpkg-statoverride`, its floor
        /// named in the conffile `/etc/helpdesk/floor.conf`): copying this
        /// program over itself would change a file dpkg owns behind its back.
        private func refuseInstallingOverItself(_ binary: String) throws {
            var target = stat(), running = stat()
            guard stat(binary, &target) == 0, stat("/proc/self/exe", &running) == 0,
                  target.st_dev == running.st_dev, target.st_ino == running.st_ino else { return }
            throw CLIFailure(message: """
                floor init: \(binary) is this program itself, already installed for a locked floor; \
                name the data directory in \(LockedFloor.configPath(executable: binary)) and run floor init DIR --group NAME without --locked
                """, code: .refused)
        }

        /// The shipped scripts, phrase rules and codes go where the installed
        /// binary looks (PREFIX/share/helpdesk), root's: its clean
        /// environment has no `HELPDESK_RESOURCES`. An existing copy is kept.
        private func installResources(prefix: String) throws {
            let target = prefix + "/share/helpdesk"
            guard !FileManager.default.fileExists(atPath: target), let source = try? ResourceDirectory.locate() else { return }
            try makeDirectory(prefix + "/share", mode: 0o755, group: 0)
            try FileManager.default.copyItem(atPath: source.path, toPath: target)
            let files = FileManager.default.enumerator(atPath: target)?.compactMap { $0 as? String } ?? []
            for path in [target] + files.map({ target + "/" + $0 }) {
                var info = stat()
                guard lstat(path, &info) == 0, lchown(path, 0, 0) == 0,
                      info.st_mode & S_IFMT == S_IFLNK || chmod(path, info.st_mode & S_IFMT == S_IFDIR ? 0o755 : 0o644) == 0 else {
                    throw CLIFailure(message: "floor init: cannot install \(path) (errno \(errno))", code: .storeUnavailable)
                }
            }
        }

        /// A directory (parents too, root's and 0755) with exactly this mode and group.
        private func makeDirectory(_ path: String, mode: mode_t, group: gid_t) throws {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            guard chown(path, 0, group) == 0, chmod(path, mode) == 0 else {
                throw CLIFailure(message: "floor init: cannot set the owner and mode of \(path) (errno \(errno))", code: .storeUnavailable)
            }
        }

        /// Replaces a file (temporary file, rename) with root's ownership, `group` and `mode`.
        private func write(_ data: Data, to path: String, mode: mode_t, group: gid_t) throws {
            let temporary = path + ".new-\(getpid())"
            guard FileManager.default.createFile(atPath: temporary, contents: data),
                  chown(temporary, 0, group) == 0, chmod(temporary, mode) == 0, rename(temporary, path) == 0 else {
                unlink(temporary)
                throw CLIFailure(message: "floor init: cannot write \(path) (errno \(errno))", code: .storeUnavailable)
            }
        }
    }
}
