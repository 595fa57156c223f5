import Foundation

/// The journal's high-water mark: the last event number and segment this
/// floor acknowledged, kept in the first bytes of the `lock` file (which
/// every process holds open anyway). It is rewritten after each append has
/// reached the disk, under the lock, so it can lag behind the journal after
/// a crash but never run ahead of it. A journal that ends before the mark
/// lost acknowledged events: its current segment was deleted or emptied, and
/// the next change would hand out numbers and call ids already used.
struct JournalMark: Equatable {
    var segment: Int
    var seq: Int

    /// Fixed width, so a rewrite never leaves the tail of a longer one behind.
    static let width = 64
    private static let prefix = "helpdesk-journal-mark 1 segment "

    var bytes: [UInt8] {
        let text = Self.prefix + String(segment) + " seq " + String(seq)
        return Array(text.utf8) + [UInt8](repeating: 32, count: max(0, Self.width - 1 - text.utf8.count)) + [10]
    }

    /// The mark in the lock file, or nil when there is none (a floor made
    /// before marks, or a lock file someone emptied).
    static func read(_ fd: Int32, path: String) throws -> JournalMark? {
        let bytes = try PosixFile.read(fd, from: 0, count: width, path: path)
        guard bytes.count == width, let text = String(bytes: bytes, encoding: .utf8), text.hasPrefix(prefix) else { return nil }
        // Split on the padding and the newline themselves: Foundation's
        // trimmingCharacters went through NSString, 0.8 M instructions that
        // every hook paid at its commit.
        let fields = text.dropFirst(prefix.count).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 3, fields[1] == "seq", let segment = Int(fields[0]), let seq = Int(fields[2]) else { return nil }
        return JournalMark(segment: segment, seq: seq)
    }

    /// Writes the mark in place. Not synced: a mark lost in a crash is an
    /// older, lower one, which can only make the check more lenient.
    func write(_ fd: Int32, path: String) throws {
        let written = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        guard written == Self.width else { throw StoreError.io(operation: "write the journal mark in", file: path, errno: errno) }
    }
}
