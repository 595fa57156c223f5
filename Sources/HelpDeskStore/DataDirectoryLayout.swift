import Foundation

/// The open directories of a data directory and the names of its files
/// (see docs/storage.md):
///
///     lock                 flock target, taken for every change
///     journal/000001.jsonl segments of the event journal, JSON Lines
///     snapshot.json        live state as of the start of one segment
///     history/3f.jsonl     closed calls, bucketed by a hash of the phone
///     roster.json          Unix account → agent number, name, role
///     dispatches.json      dispatch volumes per branch and month (reports)
///     drafts/AGENT.json    unsaved forms, one file per agent
///     group                optional: the Unix group of a shared floor
///     quarantine/          copies of damaged lines and files, never deleted
///     presence/1001        locked by the process speaking for agent 1001 while it lives
///
/// Every file is opened through one of these directories (`FloorDirectory`),
/// never by a path.
struct DataDirectoryLayout: Sendable {
    static let lock = "lock"
    static let snapshot = "snapshot.json"
    static let roster = "roster.json"
    static let dispatches = "dispatches.json"
    static let groupSetting = "group"
    static let drafts = "drafts"
    static let presence = "presence"

    /// The presence file of an agent: the number as it is when it is plain
    /// (letters, digits, `-`, `_`), else its UTF-8 bytes in hex, so no
    /// agent number can name anything but one file in `presence/`.
    static func presenceName(agent: String) -> String {
        let plain = !agent.isEmpty && agent.utf8.allSatisfy { $0 < 0x80 && (isalnum(Int32($0)) != 0 || $0 == 0x2D || $0 == 0x5F) }
        return plain ? agent : "x" + agent.utf8.map { String(format: "%02x", $0) }.joined()
    }

    let root: FloorDirectory
    let journal: FloorDirectory
    let history: FloorDirectory
    let quarantine: FloorDirectory

    /// Opens the data directory at `path`, creating it, its missing parents
    /// and its subdirectories as needed. `group` is the shared-floor group
    /// given by the caller; without one the `group` file decides.
    init(opening path: String, group: String?) throws {
        try Self.makeParents(of: path)
        let given = try group.map(FilePrivacy.shared(groupNamed:))
        try (given ?? .ownerOnly).makeDirectory(path)
        guard let root = try Self.openRoot(path, group: given) else {
            throw StoreError.io(operation: "open directory", file: path, errno: ENOENT)
        }
        self.root = root
        journal = try root.subdirectory("journal", create: true)!
        history = try root.subdirectory("history", create: true)!
        quarantine = try root.subdirectory("quarantine", create: true)!
    }

    var path: String { root.path }

    /// The data directory itself (following a link there: its path is the
    /// user's choice), trusting what its owner owns and, on a shared floor,
    /// its group: `given`, or else the `group` file, which only the owner's
    /// is believed. Nil when there is no such directory.
    static func openRoot(_ path: String, group given: FilePrivacy?) throws -> FloorDirectory? {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw StoreError.io(operation: "open directory", file: path, errno: errno)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw StoreError.io(operation: "inspect", file: path, errno: code)
        }
        // `ownerOnly` owns `fd` and closes it when it goes. Swift may end an
        // object's life right after its last use, so the copy is taken while
        // it is kept alive: a `dup(fd)` after that would copy a closed number,
        // or whatever another thread had just opened under it.
        let ownerOnly = FloorDirectory(descriptor: fd, path: path, trust: FloorTrust(owner: info.st_uid, group: nil), privacy: .ownerOnly)
        let privacy = try given ?? Self.groupSetting(in: ownerOnly)
        let (copy, code) = withExtendedLifetime(ownerOnly) {
            let copy = fcntl(ownerOnly.descriptor, F_DUPFD_CLOEXEC, 0)
            return (copy, errno)
        }
        guard copy >= 0 else { throw StoreError.io(operation: "open directory", file: path, errno: code) }
        return FloorDirectory(descriptor: copy, path: path, trust: FloorTrust(owner: info.st_uid, group: privacy.group), privacy: privacy)
    }

    func segmentPath(_ number: Int) -> String { journal.file(Self.segmentName(number)) }

    /// "000042.jsonl": fixed width, so a directory listing sorts in journal order.
    static func segmentName(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".jsonl"
    }

    /// The segment number a name in `journal/` stands for, if it is one.
    static func segmentNumber(_ name: String) -> Int? {
        guard name.hasSuffix(".jsonl"), let number = Int(name.dropLast(6)), number > 0,
              segmentName(number) == name else { return nil }
        return number
    }

    /// The segment numbers present in `journal/`, ascending.
    func segmentNumbers() throws -> [Int] {
        try journal.names().compactMap(Self.segmentNumber).sorted()
    }

    /// A path relative to the data directory, as messages show it.
    func relative(_ path: String) -> String {
        path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : path
    }

    /// Parents that `--data` names and that do not exist yet are made
    /// 0700 (set explicitly, so the umask cannot widen them): they lead to
    /// the floor, and nobody else was meant to list them.
    private static func makeParents(of path: String) throws {
        var missing: [String] = []
        var parent = PathParts.parent(of: path)
        while !parent.isEmpty, parent != "/", !PosixFile.exists(parent) {
            missing.append(parent)
            parent = PathParts.parent(of: parent)
        }
        for directory in missing.reversed() {
            try FilePrivacy.ownerOnly.makeDirectory(directory)
        }
    }

    private static func groupSetting(in root: FloorDirectory) throws -> FilePrivacy {
        guard let bytes = try root.contents(groupSetting),
              let name = String(bytes: bytes, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
              !name.isEmpty else { return .ownerOnly }
        return try .shared(groupNamed: name)
    }
}

extension DataDirectoryStore {
    /// The data directory when none is given: `$HELPDESK_DATA`, else
    /// `$XDG_DATA_HOME/helpdesk`, else `~/.local/share/helpdesk`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let explicit = environment["HELPDESK_DATA"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/helpdesk" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/helpdesk"
    }
}
