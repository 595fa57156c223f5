import Foundation

/// Who may read the floor's data. By default only the owner (directories
/// 0700, files 0600); on a shared floor, one Unix group (directories 02770 so
/// new files inherit the group, files 0660). Modes are set with explicit
/// `chmod`/`fchmod` after creation, so the process umask cannot widen them.
struct FilePrivacy: Sendable {
    /// The group of a shared floor, or nil for owner-only.
    let group: gid_t?

    static let ownerOnly = FilePrivacy(group: nil)

    /// Resolves a group name (from the `group` file or an init option).
    static func shared(groupNamed name: String) throws -> FilePrivacy {
        guard let entry = getgrnam(name) else { throw StoreError.unknownGroup(name) }
        return FilePrivacy(group: entry.pointee.gr_gid)
    }

    var directoryMode: mode_t { group == nil ? 0o700 : 0o2770 }
    var fileMode: mode_t { group == nil ? 0o600 : 0o660 }

    /// Creates the data directory itself with the floor's mode; an existing
    /// one is left as its owner set it.
    func makeDirectory(_ path: String) throws {
        guard mkdir(path, directoryMode) == 0 else {
            if errno == EEXIST { return }
            throw StoreError.io(operation: "create directory", file: path, errno: errno)
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(operation: "open directory", file: path, errno: errno) }
        defer { close(fd) }
        try apply(fd, mode: directoryMode, path: path)
    }

    /// Creates `name` inside a floor directory with the floor's mode; the
    /// mode is set on the opened directory, never through a name a member
    /// could have swapped for a link in between.
    func makeDirectory(_ name: String, in parent: FloorDirectory) throws {
        guard mkdirat(parent.descriptor, name, directoryMode) == 0 else {
            if errno == EEXIST { return }
            throw StoreError.io(operation: "create directory", file: parent.file(name), errno: errno)
        }
        let fd = openat(parent.descriptor, name, O_RDONLY | O_DIRECTORY | FloorDirectory.safeFlags)
        guard fd >= 0 else { throw StoreError.io(operation: "open directory", file: parent.file(name), errno: errno) }
        defer { close(fd) }
        try apply(fd, mode: directoryMode, path: parent.file(name))
    }

    /// Gives a file this process just created the floor's mode and group.
    func applyToNewFile(_ fd: Int32, path: String) throws {
        try apply(fd, mode: fileMode, path: path)
    }

    private func apply(_ fd: Int32, mode: mode_t, path: String) throws {
        if let group, fchown(fd, uid_t.max, group) != 0 {
            throw StoreError.io(operation: "set the group of", file: path, errno: errno)
        }
        guard fchmod(fd, mode) == 0 else {
            throw StoreError.io(operation: "set the mode of", file: path, errno: errno)
        }
    }
}
