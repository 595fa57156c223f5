import Foundation

/// The reads and writes on an open descriptor that the store is built on,
/// each turning a failure into a `StoreError` that names the file. Opening
/// files of the data directory is `FloorDirectory`'s job (openat, no link
/// followed, fstat); the path-based `contents` here is only for files
/// outside it (`/proc/self/mountinfo`).
enum PosixFile {
    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    static func status(_ fd: Int32, path: String) throws -> stat {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError.io(operation: "inspect", file: path, errno: errno) }
        return info
    }

    static func size(_ fd: Int32, path: String) throws -> Int {
        Int(try status(fd, path: path).st_size)
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

    /// The whole of a file outside the data directory (`/proc/self/mountinfo`,
    /// a CSV to import), or nil when it does not exist. Reads until end of
    /// file rather than trusting the size, which /proc files report as 0.
    static func contents(_ path: String) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw StoreError.io(operation: "open", file: path, errno: errno)
        }
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
}
