import Foundation
import HelpDeskCore

/// Reading the journal forward from this process's offset: start-up, every
/// `refresh()`, and the catch-up at the start of every commit.
extension DataDirectoryStore {
    /// Sets the live state and the cursor from `snapshot.json`; without a
    /// usable one, replays from the first segment present.
    func loadSnapshot() throws {
        switch try StoreSnapshot.load(layout) {
        case .none:
            cursor = Cursor(segment: layout.segmentNumbers().first ?? 1)
        case .snapshot(let snapshot):
            live = snapshot.state
            cursor = Cursor(segment: snapshot.segment)
        case .damaged(let bytes, let reason):
            let copy = quarantine(bytes, as: "snapshot.json.\(Self.tag(bytes))")
            warn("snapshot.json: \(reason); replayed the whole journal instead (slower start-up, same data); "
                 + "a copy is in \(copy) and the next compaction writes a fresh snapshot")
            cursor = Cursor(segment: layout.segmentNumbers().first ?? 1)
        }
    }

    /// Folds every whole line appended since the cursor, moving on to the
    /// next segment once it exists. `repairing` is true only under the lock:
    /// then an unfinished last line cannot be a write in progress, so it is
    /// a torn write from a crash and is moved to quarantine.
    func catchUp(repairing: Bool) throws -> [Event] {
        var fresh: [Event] = []
        while true {
            // Checked before reading: once the next segment exists, no one
            // appends to this one, so what we read now is all of it.
            let finished = PosixFile.exists(layout.segment(cursor.segment + 1))
            let path = layout.segment(cursor.segment)
            if let fd = try readDescriptor() {
                let bytes = try PosixFile.readToEnd(fd, from: cursor.offset, path: path)
                let chunk = scanner.scan(bytes, firstLine: cursor.line + 1)
                report(chunk.bad, in: path)
                for (line, event) in chunk.events {
                    guard event.seq > live.lastSeq else {
                        warn("\(layout.relative(path)) line \(line): event number \(event.seq) is not after \(live.lastSeq) "
                             + "(a copied or reordered line?); skipped it")
                        continue
                    }
                    fold(event)
                    fresh.append(event)
                }
                cursor.offset += chunk.consumed
                cursor.line += chunk.lines
                cursor.pending = chunk.tail.count
                if !chunk.tail.isEmpty {
                    if finished {
                        let copy = quarantine(Array(chunk.tail), as: "\(Self.segmentName(path)).torn-at-\(cursor.offset)")
                        warn("\(layout.relative(path)) line \(cursor.line + 1): last line has no end (\(chunk.tail.count) bytes); "
                             + "skipped it; a copy is in \(copy)")
                        cursor.offset += chunk.tail.count
                        cursor.line += 1
                        cursor.pending = 0
                    } else if repairing {
                        try cutTornTail(chunk.tail, of: path)
                        cursor.pending = 0
                    }
                }
            }
            guard finished else { break }
            cursor = Cursor(segment: cursor.segment + 1)
            try forgetFiledCalls()
        }
        return fresh
    }

    /// True when the journal holds bytes this process has not read.
    func hasUnreadBytes() -> Bool {
        if PosixFile.exists(layout.segment(cursor.segment + 1)) { return true }
        guard let fd = try? readDescriptor(), let size = try? PosixFile.size(fd, path: layout.segment(cursor.segment)) else {
            return false
        }
        return size > cursor.offset + cursor.pending
    }

    /// Appends whole lines with one write and makes them durable; on any
    /// failure cuts the segment back to where it was, so a full disk or an
    /// I/O error leaves no partial line behind and nothing earlier changes.
    func append(_ bytes: [UInt8]) throws {
        let path = layout.segment(cursor.segment)
        let fd = try appendDescriptor()
        var failure = bytes.withUnsafeBytes { PosixFile.writeAll(fd, $0) }
        if failure == nil, fdatasync(fd) != 0 { failure = errno }
        guard let failure else { return }
        if ftruncate(fd, off_t(cursor.offset)) != 0 || fdatasync(fd) != 0 {
            warn("\(layout.relative(path)): could not cut back an unsaved write (\(StoreError.explain(errno))); "
                 + "the next change will move it to quarantine")
        }
        throw StoreError.notSaved(file: path, errno: failure)
    }

    /// Keeps damaged data under `quarantine/` (one copy per name, never
    /// overwritten) and returns where, for the message.
    func quarantine(_ bytes: [UInt8], as name: String) -> String {
        do {
            try PosixFile.createOnce(layout.quarantine + "/" + name, with: bytes, privacy: privacy)
        } catch {
            warn("could not keep a quarantine copy \(name): \(error)")
        }
        return "quarantine/" + name
    }

    /// A short content tag, so a quarantine copy is named after what it holds.
    static func tag(_ bytes: [UInt8]) -> String {
        String(FNV1a.hash(bytes), radix: 16)
    }

    static func segmentName(_ path: String) -> String { (path as NSString).lastPathComponent }

    /// Reports bad lines and keeps one copy of the file as it was.
    func report(_ bad: [JournalLineScanner.BadLine], in path: String) {
        guard let first = bad.first else { return }
        let bytes = (try? PosixFile.contents(path)) ?? []
        let copy = quarantine(bytes, as: "\(Self.segmentName(path)).line-\(first.line)")
        for line in bad {
            warn("\(layout.relative(path)) line \(line.line): \(line.reason); skipped that line, the rest loaded; "
                 + "a copy of the file is in \(copy)")
        }
    }

    private func cutTornTail(_ tail: ArraySlice<UInt8>, of path: String) throws {
        let copy = quarantine(Array(tail), as: "\(Self.segmentName(path)).torn-at-\(cursor.offset)")
        let fd = try appendDescriptor()
        guard ftruncate(fd, off_t(cursor.offset)) == 0, fdatasync(fd) == 0 else {
            throw StoreError.io(operation: "cut a torn last line from", file: path, errno: errno)
        }
        warn("\(layout.relative(path)) line \(cursor.line + 1): an unfinished write (\(tail.count) bytes, never acknowledged, "
             + "left by a crash) was cut from the end; a copy is in \(copy)")
    }

    /// Calls filed into history by a compaction this process did not run
    /// leave memory once the snapshot says they are on disk.
    private func forgetFiledCalls() throws {
        guard !closedSinceSnapshot.isEmpty else { return }
        let filed = try StoreSnapshot.segmentOnDisk(layout)
        closedSinceSnapshot.removeAll { $0.segment < filed }
    }

    private func readDescriptor() throws -> Int32? {
        if let readHandle, readHandle.segment == cursor.segment { return readHandle.fd }
        if let readHandle { close(readHandle.fd) }
        readHandle = nil
        guard let fd = try PosixFile.openForReading(layout.segment(cursor.segment)) else { return nil }
        readHandle = (cursor.segment, fd)
        return fd
    }

    /// The `O_APPEND` descriptor of the current segment, created (and its
    /// directory entry made durable) by the first writer. Only under the lock.
    private func appendDescriptor() throws -> Int32 {
        if let appendHandle, appendHandle.segment == cursor.segment { return appendHandle.fd }
        if let appendHandle { close(appendHandle.fd) }
        appendHandle = nil
        let path = layout.segment(cursor.segment)
        let (fd, isNew) = try PosixFile.openOrCreateTelling(path, flags: O_WRONLY | O_APPEND, privacy: privacy)
        if isNew {
            do { try PosixFile.fsyncDirectory(layout.journal) } catch { close(fd); throw error }
        }
        appendHandle = (cursor.segment, fd)
        return fd
    }
}
