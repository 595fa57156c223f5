import Foundation

/// Why the data directory refused a change or could not be opened. Every
/// message names the file involved, so an operator knows where to look.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A system call on `file` failed; `errno` says why (ENOSPC for a full disk).
    case io(operation: String, file: String, errno: Int32)
    /// The journal write did not reach the disk; the change was not saved
    /// and the journal was cut back to where it was, so nothing earlier is damaged.
    case notSaved(file: String, errno: Int32)
    /// The directory lives on a network file system, where `flock` and
    /// inotify do not give the guarantees the store relies on.
    case networkFileSystem(path: String, kind: String)
    /// A shared-floor group name that the system does not know.
    case unknownGroup(String)
    /// Another live process already speaks for this agent (a second console).
    case alreadySignedOn(agent: String)
    /// A file that must be whole to be used (roster, snapshot) could not be read.
    case unreadable(file: String, reason: String)
    /// Something under a name the store uses is not what the store made: a
    /// symbolic link, a FIFO, someone else's file. Never opened through.
    case refused(file: String, reason: String)
    /// The current segment ends in a torn write from a crash, which is cut
    /// only once a copy is safe in quarantine, and the copy failed.
    case tornWriteKept(file: String, reason: String)
    /// The journal does not hang together (a missing segment, a gap or a
    /// repeat in the event numbers…): appending would hand out numbers and
    /// ids already used, so nothing is appended until it is repaired.
    case inconsistentJournal(problems: [String])

    public var description: String {
        switch self {
        case .io(let operation, let file, let code):
            "cannot \(operation) \(file): \(Self.explain(code))"
        case .notSaved(let file, let code):
            "the change was NOT saved: writing \(file) failed: \(Self.explain(code)); "
                + "earlier data is intact (the journal was cut back to its last whole line)"
        case .networkFileSystem(let path, let kind):
            "\(path) is on a network file system (\(kind)); the data directory must be on a local disk, "
                + "because file locks and change notification are not reliable there"
        case .alreadySignedOn(let agent):
            "agent \(agent) is already signed on in another console on this floor; quit that one first"
        case .unknownGroup(let name):
            "no Unix group named \"\(name)\" (from the shared-floor setting)"
        case .unreadable(let file, let reason):
            "cannot read \(file): \(reason)"
        case .refused(let file, let reason):
            "refused \(file): \(reason); the data directory may be shared, so the store opens only "
                + "regular files and directories of the floor's owner or group and never follows a link"
        case .tornWriteKept(let file, let reason):
            "the change was NOT saved: \(file) ends in an unfinished write left by a crash, which is cut only once a copy "
                + "is in quarantine/, and the copy failed: \(reason)"
        case .inconsistentJournal(let problems):
            "the journal is inconsistent, so nothing was saved: \(problems.joined(separator: "; ")); "
                + "`helpdesk store check` shows the journal's health and `helpdesk store repair` mends it (it never deletes)"
        }
    }

    /// "No space left on device (ENOSPC)": the text and the symbol people search for.
    static func explain(_ code: Int32) -> String {
        let names: [Int32: String] = [
            ENOSPC: "ENOSPC", EIO: "EIO", EDQUOT: "EDQUOT", EACCES: "EACCES", EPERM: "EPERM",
            ENOENT: "ENOENT", EROFS: "EROFS", EFBIG: "EFBIG", ENOTDIR: "ENOTDIR", EEXIST: "EEXIST",
            ELOOP: "ELOOP", EISDIR: "EISDIR", ENXIO: "ENXIO",
        ]
        let text = String(cString: strerror(code))
        return names[code].map { "\(text) (\($0))" } ?? "\(text) (errno \(code))"
    }
}
