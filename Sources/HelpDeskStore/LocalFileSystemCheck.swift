import CStatFS
import Foundation

/// Refuses network file systems. `flock` over NFS is emulated with byte-range
/// locks or not at all depending on the mount, inotify never fires for
/// changes made on another client, and `fsync` semantics differ: the
/// exactly-once claim and the live feed would silently stop holding.
///
/// The type comes from `statfs`'s magic number: one system call, where
/// reading and splitting `/proc/self/mountinfo` cost a PBX hook 3.4 million
/// instructions at every start. FUSE says only "FUSE", so on a FUSE mount the
/// kernel's mount table names the file system (`fuse.sshfs` is refused, a
/// local FUSE file system is not).
enum LocalFileSystemCheck {
    static let networkTypes: Set<String> = [
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "fuse.sshfs", "ncpfs", "coda",
    ]

    /// The network file system with this `statfs` magic number
    /// (`<linux/magic.h>`), or nil; NFS 3 and 4 share one, as SMB 1 and 3 do
    /// over the cifs module. A switch, not a dictionary: a hook's start
    /// would pay ~0.1 ms for the runtime to find `Int: Hashable` first.
    static func networkKind(magic: Int) -> String? {
        switch magic {
        case 0x6969: "nfs"
        case 0xFF53_4D42: "cifs"
        case 0xFE53_4D42: "smb3"
        case 0x517B: "smbfs"
        case 0x0102_1997: "9p"
        case 0x5346_414F, 0x6B41_4653: "afs"
        case 0x564C: "ncpfs"
        case 0x7375_7245: "coda"
        default: nil
        }
    }

    /// Every magic number `networkKind(magic:)` knows, for the tests.
    static let networkMagics = [0x6969, 0xFF53_4D42, 0xFE53_4D42, 0x517B, 0x0102_1997, 0x5346_414F, 0x6B41_4653, 0x564C, 0x7375_7245]
    static let fuseMagic = 0x6573_5546

    /// Checks `path`, or the nearest existing directory above it.
    static func verify(_ path: String) throws {
        var probe = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        while !PosixFile.exists(probe), probe != "/" {
            probe = PathParts.parent(of: probe)
        }
        if let kind = networkKind(of: probe) {
            throw StoreError.networkFileSystem(path: path, kind: kind)
        }
    }

    /// The network file system holding `path` (links followed), or nil when
    /// it is local or cannot be told.
    static func networkKind(of path: String) -> String? {
        guard let magic = magic(of: path) else { return nil }
        if magic == fuseMagic {
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return fileSystemType(of: String(cString: resolved)).flatMap { networkTypes.contains($0) ? $0 : nil }
        }
        return networkKind(magic: magic)
    }

    /// `statfs`'s `f_type` for `path`, or nil if it cannot be read.
    static func magic(of path: String) -> Int? {
        var info = statfs()
        guard statfs(path, &info) == 0 else { return nil }
        return Int(UInt32(truncatingIfNeeded: info.f_type))
    }

    /// The type column of the mount holding `path`, from the kernel's mount
    /// table, or nil if unknown.
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
