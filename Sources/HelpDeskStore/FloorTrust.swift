import Foundation

/// Whose files the store accepts in a data directory. A shared floor's
/// directory is writable by every member of its group, so any member can
/// plant a symbolic link, a FIFO or a file of someone else's under a name
/// the store uses. Everything the store opens is therefore checked after
/// opening (on the descriptor, so nothing can be swapped in between): a
/// regular file (or directory, where one is expected) owned by the floor's
/// owner, or on a shared floor carrying the floor's group, which every file
/// made there inherits from the setgid directories.
struct FloorTrust: Sendable {
    /// The owner of the data directory itself.
    let owner: uid_t
    /// The group of a shared floor, nil for an owner-only one.
    let group: gid_t?

    /// Refuses, naming the file, anything but the expected kind owned as above.
    func check(_ info: stat, file: String, directory: Bool) throws {
        let kind = info.st_mode & S_IFMT
        guard kind == (directory ? S_IFDIR : S_IFREG) else {
            throw StoreError.refused(file: file, reason: Self.wrongKind(kind, directory: directory))
        }
        guard info.st_uid == owner || (group != nil && info.st_gid == group) else {
            let floor = group.map { "the floor's owner (uid \(owner)) nor its group (gid \($0))" } ?? "the floor's owner (uid \(owner))"
            throw StoreError.refused(file: file, reason: "it belongs to uid \(info.st_uid) and gid \(info.st_gid), neither \(floor)")
        }
    }

    /// "it is a FIFO, not a regular file".
    static func wrongKind(_ kind: mode_t, directory: Bool) -> String {
        "it is \(describe(kind)), not a \(directory ? "directory" : "regular file")"
    }

    /// "a symbolic link", "a FIFO"…: what a person would call the kind of file.
    static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFLNK: "a symbolic link"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFDIR: "a directory"
        case S_IFREG: "a regular file"
        default: "an unknown kind of file"
        }
    }
}
