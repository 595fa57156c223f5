import Foundation

/// One open directory of the data directory (the root, `journal/`,
/// `history/`, `quarantine/`, `drafts/`), through which every file in it is
/// opened: `openat` on the directory's descriptor with `O_NOFOLLOW`, then an
/// `fstat` of what was opened (`FloorTrust`). So a symbolic link, a FIFO or
/// someone else's file planted under a name the store uses is refused,
/// naming it, instead of being read, appended to or copied into quarantine
/// (the rules maildir deliverers and `logrotate` follow). Holding the
/// directory open also means a renamed or replaced parent path cannot
/// redirect the store once it is open.
final class FloorDirectory: @unchecked Sendable {
    let descriptor: Int32
    /// The full path, for messages only: nothing is opened by it.
    let path: String
    let trust: FloorTrust
    let privacy: FilePrivacy

    /// Flags on every open: never follow a link in the last component, never
    /// become a controlling terminal, never block on a planted FIFO (on a
    /// regular file `O_NONBLOCK` has no effect).
    static let safeFlags = O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK

    init(descriptor: Int32, path: String, trust: FloorTrust, privacy: FilePrivacy) {
        self.descriptor = descriptor
        self.path = path
        self.trust = trust
        self.privacy = privacy
    }

    deinit { close(descriptor) }

    func file(_ name: String) -> String { path + "/" + name }

    /// The subdirectory `name`, created with the floor's mode if `create`
    /// and missing; nil when missing and not created.
    func subdirectory(_ name: String, create: Bool) throws -> FloorDirectory? {
        if create { try privacy.makeDirectory(name, in: self) }
        let fd = openat(descriptor, name, O_RDONLY | O_DIRECTORY | Self.safeFlags)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw refusal(name, errno: errno, operation: "open directory", directory: true)
        }
        do { try check(fd, name: name, directory: true) } catch { close(fd); throw error }
        return FloorDirectory(descriptor: fd, path: file(name), trust: trust, privacy: privacy)
    }

    /// Opens an existing file, or nil when there is none.
    func open(_ name: String, flags: Int32) throws -> Int32? {
        let fd = openat(descriptor, name, flags | Self.safeFlags)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw refusal(name, errno: errno, operation: "open", directory: false)
        }
        do { try check(fd, name: name, directory: false) } catch { close(fd); throw error }
        return fd
    }

    /// Opens an existing file, or creates it with the floor's mode and group
    /// (`O_EXCL` first, so exactly one process applies the mode), telling
    /// whether this call created it.
    func openOrCreate(_ name: String, flags: Int32) throws -> (fd: Int32, created: Bool) {
        if let fd = try create(name, flags: flags) { return (fd, true) }
        guard let existing = try open(name, flags: flags) else {
            throw StoreError.io(operation: "open", file: file(name), errno: ENOENT)
        }
        return (existing, false)
    }

    /// The whole file, or nil when it does not exist.
    func contents(_ name: String) throws -> [UInt8]? {
        guard let fd = try open(name, flags: O_RDONLY) else { return nil }
        defer { close(fd) }
        return try PosixFile.readToEnd(fd, from: 0, path: file(name))
    }

    /// True when something (of any kind) has this name; links are not followed.
    func exists(_ name: String) -> Bool {
        var info = stat()
        return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0
    }

    /// The override files a lead put in `scripts/` or `phrases/`, sorted:
    /// `*.json`, hidden files (an editor's) left out.
    func overrideNames() throws -> [String] {
        try names().sorted().filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
    }

    /// The names in the directory, without "." and "..".
    func names() throws -> [String] {
        let copy = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard copy >= 0, let stream = fdopendir(copy) else {
            let code = errno
            if copy >= 0 { close(copy) }
            throw StoreError.io(operation: "list", file: path, errno: code)
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var found: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { found.append(name) }
        }
        return found
    }

    func remove(_ name: String) throws {
        if unlinkat(descriptor, name, 0) != 0, errno != ENOENT {
            throw StoreError.io(operation: "remove", file: file(name), errno: errno)
        }
    }

    /// Makes the directory's entries (a created, renamed or removed name) durable.
    func sync() throws {
        guard fsync(descriptor) == 0 else { throw StoreError.io(operation: "sync directory", file: path, errno: errno) }
    }

    /// Replaces `name` atomically (git's lockfile, maildir): a temporary file
    /// in the same directory, fsync, rename over the target, fsync of the
    /// directory. A crash leaves the old file or the new one, never half.
    /// `rename` replaces a planted link itself, never what it points to.
    func replaceAtomically(_ name: String, with bytes: [UInt8]) throws {
        let temporary = "\(name).tmp-\(getpid())"
        _ = unlinkat(descriptor, temporary, 0)
        try writeNew(temporary, bytes)
        guard renameat(descriptor, temporary, descriptor, name) == 0 else {
            let code = errno
            _ = unlinkat(descriptor, temporary, 0)
            throw StoreError.io(operation: "rename into place", file: file(name), errno: code)
        }
        try sync()
    }

    /// Creates `name` with `bytes` only if no such name exists yet (write a
    /// temporary, then `link`, which fails on an existing name), so two
    /// processes never overwrite each other's copy. Returns false if it existed.
    @discardableResult
    func createOnce(_ name: String, with bytes: [UInt8]) throws -> Bool {
        if exists(name) { return false }
        let temporary = "\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try writeNew(temporary, bytes)
        defer { _ = unlinkat(descriptor, temporary, 0) }
        if linkat(descriptor, temporary, descriptor, name, 0) != 0 {
            if errno == EEXIST { return false }
            throw StoreError.io(operation: "create", file: file(name), errno: errno)
        }
        try sync()
        return true
    }

    /// Moves `name` from this directory to `target` in another one, without
    /// opening it: a link stays a link, a foreign file keeps its owner and
    /// mode, so nobody's bytes become readable by moving them.
    func move(_ name: String, to target: String, in other: FloorDirectory) throws {
        if other.exists(target) { throw StoreError.io(operation: "move \(file(name)) to", file: other.file(target), errno: EEXIST) }
        guard renameat(descriptor, name, other.descriptor, target) == 0 else {
            throw StoreError.io(operation: "move \(file(name)) to", file: other.file(target), errno: errno)
        }
        try other.sync()
        try sync()
    }

    /// Creates `name` (`O_EXCL`: never an existing name, nor through a link)
    /// with the floor's mode and group; nil when the name exists.
    private func create(_ name: String, flags: Int32) throws -> Int32? {
        let fd = openat(descriptor, name, flags | O_CREAT | O_EXCL | Self.safeFlags, privacy.fileMode)
        guard fd >= 0 else {
            if errno == EEXIST { return nil }
            throw StoreError.io(operation: "create", file: file(name), errno: errno)
        }
        do { try privacy.applyToNewFile(fd, path: file(name)) } catch { close(fd); throw error }
        return fd
    }

    /// A new file holding `bytes`, made durable.
    private func writeNew(_ name: String, _ bytes: [UInt8]) throws {
        guard let fd = try create(name, flags: O_WRONLY) else {
            throw StoreError.io(operation: "create", file: file(name), errno: EEXIST)
        }
        var failure = bytes.withUnsafeBytes { PosixFile.writeAll(fd, $0) }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        close(fd)
        if let failure {
            _ = unlinkat(descriptor, name, 0)
            throw StoreError.io(operation: "write", file: file(name), errno: failure)
        }
    }

    private func check(_ fd: Int32, name: String, directory: Bool) throws {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError.io(operation: "inspect", file: file(name), errno: errno) }
        try trust.check(info, file: file(name), directory: directory)
    }

    /// Why an open failed: a link or a wrong kind of file is named as such
    /// (`O_NOFOLLOW` answers ELOOP, `O_DIRECTORY` ENOTDIR), anything else
    /// is the system's reason.
    private func refusal(_ name: String, errno code: Int32, operation: String, directory: Bool) -> StoreError {
        var info = stat()
        if code == ELOOP || code == ENOTDIR || code == ENXIO, fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
            return .refused(file: file(name), reason: FloorTrust.wrongKind(info.st_mode & S_IFMT, directory: directory))
        }
        return .io(operation: operation, file: file(name), errno: code)
    }
}
