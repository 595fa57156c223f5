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

    /// Creates a directory with the floor's mode; an existing one is left as
    /// its owner set it. Returns false when it already existed.
    @discardableResult
    func makeDirectory(_ path: String) throws -> Bool {
        if mkdir(path, directoryMode) != 0 {
            let code = errno
            if code == EEXIST { return false }
            throw StoreError.io(operation: "create directory", file: path, errno: code)
        }
        if let group, chown(path, uid_t.max, group) != 0 {
            throw StoreError.io(operation: "set the group of", file: path, errno: errno)
        }
        guard chmod(path, directoryMode) == 0 else {
            throw StoreError.io(operation: "set the mode of", file: path, errno: errno)
        }
        return true
    }

    /// Gives a file this process just created the floor's mode and group.
    func applyToNewFile(_ fd: Int32, path: String) throws {
        if let group, fchown(fd, uid_t.max, group) != 0 {
            throw StoreError.io(operation: "set the group of", file: path, errno: errno)
        }
        guard fchmod(fd, fileMode) == 0 else {
            throw StoreError.io(operation: "set the mode of", file: path, errno: errno)
        }
    }
}
