import Foundation

/// A file written for the person running helpdesk, outside the data
/// directory (`report --html`): replaced atomically like the store's own
/// files, and owner-only (0600) whatever the umask, because a report names
/// agents and callers. Whoever wants to share it can `chmod` it.
public enum PrivateFile {
    public static func replace(_ path: String, with bytes: [UInt8]) throws {
        let parent = PathParts.parent(of: path)
        let directory = parent.isEmpty ? "." : parent
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(operation: "open directory", file: directory, errno: errno) }
        let folder = FloorDirectory(descriptor: fd, path: directory, trust: FloorTrust(owner: geteuid(), group: nil), privacy: .ownerOnly)
        try folder.replaceAtomically((path as NSString).lastPathComponent, with: bytes)
    }
}
