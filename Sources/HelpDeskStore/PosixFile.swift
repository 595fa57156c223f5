import Foundation

/// The few system calls the store is built on, each turning a failure into a
/// `StoreError` that names the file. Kept apart so the durability rules
/// (whole-buffer writes, fsync of file and directory) live in one place.
enum PosixFile {
    /// Opens an existing file, or creates it with the floor's mode and group
    /// (`O_EXCL` first, so exactly one process applies the mode).
    static func openOrCreate(_ path: String, flags: Int32, privacy: FilePrivacy) throws -> Int32 {
        try openOrCreateTelling(path, flags: flags, privacy: privacy).fd
    }

    /// `openOrCreate`, also telling whether this call created the file (the
    /// `O_EXCL` attempt knows; a separate `access` first would cost a system
    /// call under the store's lock and could race).
    static func openOrCreateTelling(_ path: String, flags: Int32, privacy: FilePrivacy) throws -> (fd: Int32, created: Bool) {
        let fd = open(path, flags | O_CREAT | O_EXCL | O_CLOEXEC, privacy.fileMode)
        if fd >= 0 {
            do { try privacy.applyToNewFile(fd, path: path) } catch { close(fd); throw error }
            return (fd, true)
        }
        guard errno == EEXIST else { throw StoreError.io(operation: "create", file: path, errno: errno) }
        return (try openExisting(path, flags: flags), false)
    }

    static func openExisting(_ path: String, flags: Int32) throws -> Int32 {
        let fd = open(path, flags | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(operation: "open", file: path, errno: errno) }
        return fd
    }

    /// Opens for reading, or nil when the file does not exist (yet).
    static func openForReading(_ path: String) throws -> Int32? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd >= 0 { return fd }
        if errno == ENOENT { return nil }
        throw StoreError.io(operation: "open", file: path, errno: errno)
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    static func size(_ fd: Int32, path: String) throws -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError.io(operation: "inspect", file: path, errno: errno) }
        return Int(info.st_size)
    }

    /// Every byte from `offset` to the end of the file as it is now.
    static func readToEnd(_ fd: Int32, from offset: Int, path: String) throws -> [UInt8] {
        let end = try size(fd, path: path)
        return try read(fd, from: offset, count: max(0, end - offset), path: path)
    }

    /// Up to `count` bytes at `offset` (fewer at the end of the file).
    static func read(_ fd: Int32, from offset: Int, count: Int, path: String) throws -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                pread(fd, buffer.baseAddress! + done, count - done, off_t(offset + done))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(operation: "read", file: path, errno: errno)
            }
            if n == 0 { break }
            done += n
        }
        if done < count { bytes.removeSubrange(done...) }
        return bytes
    }

    /// The whole file, or nil when it does not exist. Reads until end of
    /// file rather than trusting the size, which /proc files report as 0.
    static func contents(_ path: String) throws -> [UInt8]? {
        guard let fd = try openForReading(path) else { return nil }
        defer { close(fd) }
        var bytes = try readToEnd(fd, from: 0, path: path)
        while true {
            let more = try read(fd, from: bytes.count, count: 65_536, path: path)
            if more.isEmpty { return bytes }
            bytes += more
        }
    }

    /// Writes all of `bytes` with as few `write` calls as the kernel allows
    /// (one, for a journal append on `O_APPEND`). Returns the errno of the
    /// first failure, nil on success; the caller undoes a partial write.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += n
        }
        return nil
    }

    static func fsyncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(operation: "open directory", file: path, errno: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw StoreError.io(operation: "sync directory", file: path, errno: errno) }
    }

    /// Replaces `path` atomically (git's lockfile, maildir): a temporary file
    /// in the same directory, fsync, rename over the target, fsync of the
    /// directory. A crash leaves the old file or the new one, never half.
    static func replaceAtomically(_ path: String, with bytes: [UInt8], privacy: FilePrivacy) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = "\(path).tmp-\(getpid())"
        unlink(temporary)
        let fd = try openOrCreate(temporary, flags: O_WRONLY | O_TRUNC, privacy: privacy)
        var failure = bytes.withUnsafeBytes { writeAll(fd, $0) }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        close(fd)
        if let failure {
            unlink(temporary)
            throw StoreError.io(operation: "write", file: temporary, errno: failure)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw StoreError.io(operation: "rename into place", file: path, errno: code)
        }
        try fsyncDirectory(directory)
    }

    /// Creates `path` with `bytes` only if no such file exists yet (write a
    /// temporary, then `link`, which fails on an existing name), so two
    /// processes never overwrite each other's copy. Returns false if it existed.
    @discardableResult
    static func createOnce(_ path: String, with bytes: [UInt8], privacy: FilePrivacy) throws -> Bool {
        if exists(path) { return false }
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = try openOrCreate(temporary, flags: O_WRONLY | O_TRUNC, privacy: privacy)
        var failure = bytes.withUnsafeBytes { writeAll(fd, $0) }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        close(fd)
        defer { unlink(temporary) }
        if let failure { throw StoreError.io(operation: "write", file: temporary, errno: failure) }
        if link(temporary, path) != 0 {
            if errno == EEXIST { return false }
            throw StoreError.io(operation: "create", file: path, errno: errno)
        }
        try fsyncDirectory((path as NSString).deletingLastPathComponent)
        return true
    }
}
