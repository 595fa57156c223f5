import Foundation
import HelpDeskCore

/// Reading the journal forward from this process's offset: start-up, every
/// `refresh()`, and the catch-up at the start of every commit. Every step
/// also checks that the journal hangs together (`fault`).
extension DataDirectoryStore {
    /// Sets the live state and the cursor from `snapshot.json`; without a
    /// usable one, replays from the first segment present. A snapshot that
    /// names a segment which is not there is a fault.
    func loadSnapshot() throws {
        switch try StoreSnapshot.load(layout) {
        case .none:
            cursor = Cursor(segment: try layout.segmentNumbers().first ?? 1)
        case .snapshot(let snapshot):
            live = snapshot.state
            cursor = Cursor(segment: snapshot.segment)
            if snapshot.segment < 1 {
                fault("snapshot.json names segment \(snapshot.segment), which is out of range")
            } else if !layout.journal.exists(DataDirectoryLayout.segmentName(snapshot.segment)) {
                // Compaction makes the segment before the snapshot that names it.
                fault("snapshot.json names \(layout.relative(layout.segmentPath(snapshot.segment))), which is not there")
            }
        case .damaged(let bytes, let reason):
            let copy = quarantine(bytes, as: "snapshot.json.\(Self.tag(bytes))")
            warn("snapshot.json: \(reason); replayed the whole journal instead (slower start-up, same data); "
                 + "\(Self.copyNote(copy)) and the next compaction writes a fresh snapshot")
            cursor = Cursor(segment: try layout.segmentNumbers().first ?? 1)
        }
    }

    /// After the catch-up at start-up: a segment just beyond the end means
    /// the one between is missing, and those after it would never be read.
    /// A few names are probed rather than `journal/` listed, so start-up
    /// does not grow with years of archive; `store check` lists them all.
    func checkNothingBeyondTheEnd() {
        let missing = layout.relative(layout.segmentPath(cursor.segment + 1))
        for number in (cursor.segment + 2)...(cursor.segment + 4) where layout.journal.exists(DataDirectoryLayout.segmentName(number)) {
            fault("\(missing) is missing, but \(layout.relative(layout.segmentPath(number))) exists beyond it and would never be read")
            return
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
            let finished = layout.journal.exists(DataDirectoryLayout.segmentName(cursor.segment + 1))
            let path = layout.segmentPath(cursor.segment)
            if let fd = try readDescriptor() {
                let info = try PosixFile.status(fd, path: path)
                if info.st_nlink == 0 {
                    fault("\(layout.relative(path)) was deleted or replaced while in use (\(cursor.line) lines had been read from it)")
                    break
                }
                if Int(info.st_size) < cursor.offset {
                    fault("\(layout.relative(path)) was emptied or cut short: it holds \(info.st_size) bytes, "
                          + "but \(cursor.offset) had been read from it")
                    break
                }
                let bytes = try PosixFile.read(fd, from: cursor.offset, count: Int(info.st_size) - cursor.offset, path: path)
                let chunk = scanner.scan(bytes, firstLine: cursor.line + 1)
                report(chunk.bad, in: path)
                for (line, event) in chunk.events {
                    if let problem = JournalSurvey.sequenceProblem(event.seq, after: live.lastSeq, at: "\(layout.relative(path)) line \(line)") {
                        fault(problem)
                    }
                    guard event.seq > live.lastSeq else { continue }
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
                             + "skipped it; \(Self.copyNote(copy))")
                        cursor.offset += chunk.tail.count
                        cursor.line += 1
                        cursor.pending = 0
                    } else if repairing {
                        try cutTornTail(chunk.tail, of: path)
                        cursor.pending = 0
                    }
                }
            } else if cursor.offset > 0 {
                fault("\(layout.relative(path)) was deleted while in use (\(cursor.line) lines had been read from it)")
                break
            }
            guard finished else { break }
            cursor = Cursor(segment: cursor.segment + 1)
            try forgetFiledCalls()
        }
        return fresh
    }

    /// Under the lock, after catching up: the journal must reach the mark
    /// the last writer left, or acknowledged events are gone.
    func checkMark() throws {
        let lockPath = layout.root.file(DataDirectoryLayout.lock)
        guard let mark = try JournalMark.read(lockDescriptor, path: lockPath), mark.seq > live.lastSeq else { return }
        fault("events up to number \(mark.seq) were saved (the mark in \(DataDirectoryLayout.lock) says so), but the journal ends at "
              + "\(live.lastSeq): \(layout.relative(layout.segmentPath(mark.segment))) was deleted or emptied")
    }

    /// Records where the journal ends now, after an append reached the disk.
    func writeMark() throws {
        try JournalMark(segment: cursor.segment, seq: live.lastSeq)
            .write(lockDescriptor, path: layout.root.file(DataDirectoryLayout.lock))
    }

    /// True when the journal holds bytes this process has not read.
    func hasUnreadBytes() -> Bool {
        if layout.journal.exists(DataDirectoryLayout.segmentName(cursor.segment + 1)) { return true }
        guard let fd = try? readDescriptor(), let size = try? PosixFile.size(fd, path: layout.segmentPath(cursor.segment)) else {
            return false
        }
        return size > cursor.offset + cursor.pending
    }

    /// Appends whole lines with one write and makes them durable; on any
    /// failure cuts the segment back to where it was, so a full disk or an
    /// I/O error leaves no partial line behind and nothing earlier changes.
    func append(_ bytes: [UInt8]) throws {
        let path = layout.segmentPath(cursor.segment)
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
    /// overwritten) and returns where, for the message; nil (with a
    /// warning saying why) when no copy could be kept.
    @discardableResult
    func quarantine(_ bytes: [UInt8], as name: String) -> String? {
        do {
            return try quarantineCopy(bytes, as: name)
        } catch {
            warn("could not keep a copy in quarantine/\(name): \(error); the damaged data was left where it was")
            return nil
        }
    }

    func quarantineCopy(_ bytes: [UInt8], as name: String) throws -> String {
        try layout.quarantine.createOnce(name, with: bytes)
        return "quarantine/" + name
    }

    /// "a copy is in quarantine/…", or that none could be kept.
    static func copyNote(_ copy: String?, of what: String = "") -> String {
        copy.map { "a copy\(what.isEmpty ? "" : " of " + what) is in \($0)" } ?? "no copy could be kept"
    }

    /// A short content tag, so a quarantine copy is named after what it holds.
    static func tag(_ bytes: [UInt8]) -> String {
        String(FNV1a.hash(bytes), radix: 16)
    }

    static func segmentName(_ path: String) -> String { (path as NSString).lastPathComponent }

    /// Reports bad lines and keeps one copy of the file as it was. The copy
    /// is read through the same checked descriptor as the lines.
    func report(_ bad: [JournalLineScanner.BadLine], in path: String, of directory: FloorDirectory? = nil) {
        guard let first = bad.first else { return }
        let bytes = (try? (directory ?? layout.journal).contents(Self.segmentName(path))) ?? []
        let copy = quarantine(bytes, as: "\(Self.segmentName(path)).line-\(first.line)")
        for line in bad {
            warn("\(layout.relative(path)) line \(line.line): \(line.reason); skipped that line, the rest loaded; "
                 + Self.copyNote(copy, of: "the file"))
        }
    }

    /// Records a journal inconsistency: a warning, and from now on this
    /// process refuses to append until the journal is repaired.
    func fault(_ message: String) {
        warn(message)
        if !faults.contains(message) { faults.append(message) }
    }

    /// Cuts a torn last line, but only once its copy is safe in quarantine:
    /// without one the change is refused rather than the bytes dropped.
    private func cutTornTail(_ tail: ArraySlice<UInt8>, of path: String) throws {
        let copy: String
        do {
            copy = try quarantineCopy(Array(tail), as: "\(Self.segmentName(path)).torn-at-\(cursor.offset)")
        } catch {
            throw StoreError.tornWriteKept(file: path, reason: "\(error)")
        }
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

    /// The read descriptor of the current segment. A segment that is the
    /// same file as one read before (a second name, a hard link) is a fault.
    private func readDescriptor() throws -> Int32? {
        if let readHandle, readHandle.segment == cursor.segment { return readHandle.fd }
        if let readHandle { close(readHandle.fd) }
        readHandle = nil
        let name = DataDirectoryLayout.segmentName(cursor.segment)
        guard let fd = try layout.journal.open(name, flags: O_RDONLY) else { return nil }
        readHandle = (cursor.segment, fd)
        let info = try PosixFile.status(fd, path: layout.journal.file(name))
        let identity = "\(info.st_dev):\(info.st_ino)"
        if let earlier = segmentsRead[identity], earlier != cursor.segment {
            fault("journal/\(name) is the same file as journal/\(DataDirectoryLayout.segmentName(earlier)) under a second name")
        }
        segmentsRead[identity] = cursor.segment
        return fd
    }

    /// The `O_APPEND` descriptor of the current segment, created (and its
    /// directory entry made durable) by the first writer. Only under the lock.
    private func appendDescriptor() throws -> Int32 {
        if let appendHandle, appendHandle.segment == cursor.segment { return appendHandle.fd }
        if let appendHandle { close(appendHandle.fd) }
        appendHandle = nil
        let (fd, isNew) = try layout.journal.openOrCreate(DataDirectoryLayout.segmentName(cursor.segment), flags: O_WRONLY | O_APPEND)
        if isNew {
            do { try layout.journal.sync() } catch { close(fd); throw error }
        }
        appendHandle = (cursor.segment, fd)
        return fd
    }
}
