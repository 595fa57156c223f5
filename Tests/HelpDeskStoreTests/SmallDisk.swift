import Foundation

/// A real, tiny file system (a 256 KiB tmpfs) to run out of space on. Needs
/// root (CI and the dev machines run as root); elsewhere the disk-full test
/// is skipped with a message saying why.
final class SmallDisk {
    let mountPoint: String

    static let available: Bool = {
        guard let disk = try? SmallDisk() else { return false }
        disk.unmount()
        return true
    }()

    init(kilobytes: Int = 256) throws {
        var template = Array((NSTemporaryDirectory() + "helpdesk-full-XXXXXX").utf8CString)
        mountPoint = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", mountPoint]) else {
            rmdir(mountPoint)
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    func unmount() {
        _ = Self.run("/bin/umount", [mountPoint])
        rmdir(mountPoint)
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
