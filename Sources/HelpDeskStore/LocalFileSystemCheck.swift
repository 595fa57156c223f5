import Foundation

/// Refuses network file systems. `flock` over NFS is emulated with byte-range
/// locks or not at all depending on the mount, inotify never fires for
/// changes made on another client, and `fsync` semantics differ: the
/// exactly-once claim and the live feed would silently stop holding.
///
/// Swift's Glibc module does not export `statfs`, so the file system type
/// comes from the kernel's own table, `/proc/self/mountinfo`: the mount
/// whose mount point is the longest prefix of the (resolved) path.
enum LocalFileSystemCheck {
    static let networkTypes: Set<String> = [
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "fuse.sshfs", "ncpfs", "coda",
    ]

    /// Checks `path`, or the nearest existing directory above it.
    static func verify(_ path: String) throws {
        var probe = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        while !PosixFile.exists(probe), probe != "/" {
            probe = (probe as NSString).deletingLastPathComponent
        }
        guard let resolved = realpath(probe, nil) else { return }
        let real = String(cString: resolved)
        free(resolved)
        if let type = fileSystemType(of: real), networkTypes.contains(type) {
            throw StoreError.networkFileSystem(path: path, kind: type)
        }
    }

    /// The type column of the mount holding `path`, or nil if unknown.
    static func fileSystemType(of path: String) -> String? {
        guard let bytes = try? PosixFile.contents("/proc/self/mountinfo"),
              let table = String(bytes: bytes, encoding: .utf8) else { return nil }
        var best: (length: Int, type: String)?
        for line in table.split(separator: "\n") {
            // "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw"
            let fields = line.split(separator: " ")
            guard fields.count > 4, let dash = fields.firstIndex(of: "-"), dash + 1 < fields.count else { continue }
            let mountPoint = unescape(String(fields[4]))
            let inside = mountPoint == "/" || path == mountPoint || path.hasPrefix(mountPoint + "/")
            if inside, mountPoint.count >= (best?.length ?? -1) {
                best = (mountPoint.count, String(fields[dash + 1]))
            }
        }
        return best?.type
    }

    /// mountinfo writes spaces and such as octal escapes ("\040").
    private static func unescape(_ field: String) -> String {
        guard field.contains("\\") else { return field }
        var out: [UInt8] = []
        let bytes = Array(field.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 92, i + 3 < bytes.count, let value = UInt8(String(decoding: bytes[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                out.append(value)
                i += 4
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
