import Foundation
import Synchronization
import HelpDeskCore

/// `history/NN.jsonl`: closed calls, one JSON object per line, spread over
/// 256 files by a hash of the caller's phone. Looking up one caller reads
/// one file of 1/256 of the history; start-up reads none of them.
/// Compaction appends here under the store's lock; a crash between this
/// append and the snapshot can file a call twice, so readers keep one copy
/// per call id.
enum HistoryBuckets {
    static func bucketName(forPhone phone: String) -> String {
        let hex = String(FNV1a.hash(phone.utf8) & 0xff, radix: 16)
        return (hex.count < 2 ? "0" + hex : hex) + ".jsonl"
    }

    /// Appends the calls to their buckets, then makes them durable. A
    /// compaction touches most of the 256 files, so the `fdatasync`s run on
    /// several threads at once: the file system commits them together
    /// instead of paying one journal commit per file.
    static func append(_ calls: [Call], layout: DataDirectoryLayout) throws {
        guard !calls.isEmpty else { return }
        let encoder = JournalCoding.encoder()
        var lines: [String: [UInt8]] = [:]
        for call in calls {
            lines[bucketName(forPhone: call.customer.phone), default: []] += try encoder.encode(call) + [10]
        }
        var created = false
        var written: [(path: String, fd: Int32)] = []
        defer { for file in written { close(file.fd) } }
        for (name, bytes) in lines.sorted(by: { $0.key < $1.key }) {
            let path = layout.history.file(name)
            let (fd, isNew) = try layout.history.openOrCreate(name, flags: O_RDWR | O_APPEND)
            created = created || isNew
            written.append((path, fd))
            // A crash could have left a line without its newline; start on a
            // fresh line so that torn piece stays one skippable bad line.
            let size = try PosixFile.size(fd, path: path)
            let last = size > 0 ? try PosixFile.read(fd, from: size - 1, count: 1, path: path) : [10]
            let payload = last == [10] ? bytes : [10] + bytes
            if let code = payload.withUnsafeBytes({ PosixFile.writeAll(fd, $0) }) {
                _ = ftruncate(fd, off_t(size))
                throw StoreError.io(operation: "append to", file: path, errno: code)
            }
        }
        let failures = SyncFailures()
        let files = written
        DispatchQueue.concurrentPerform(iterations: min(16, files.count)) { worker in
            for index in stride(from: worker, to: files.count, by: 16) where fdatasync(files[index].fd) != 0 {
                failures.record(StoreError.io(operation: "sync", file: files[index].path, errno: errno))
            }
        }
        if let failure = failures.first { throw failure }
        if created { try layout.history.sync() }
    }

    /// The first sync failure among the threads.
    private final class SyncFailures: Sendable {
        private let errors = Mutex<[StoreError]>([])
        func record(_ error: StoreError) { errors.withLock { $0.append(error) } }
        var first: StoreError? { errors.withLock { $0.first } }
    }

    /// The filed calls of one phone number, with the bad lines met on the way.
    static func calls(ofPhone phone: String, layout: DataDirectoryLayout) throws
        -> (calls: [Call], bad: [JournalLineScanner.BadLine], file: String) {
        let name = bucketName(forPhone: phone)
        let path = layout.history.file(name)
        guard let bytes = try layout.history.contents(name) else { return ([], [], path) }
        // Only lines that mention the number are decoded: the rest of the
        // bucket belongs to other callers.
        let needle = [UInt8](try JournalCoding.encoder().encode(phone))
        let decoder = JournalCoding.decoder()
        var found: [Call] = []
        var bad: [JournalLineScanner.BadLine] = []
        var number = 0
        _ = bytes.withUnsafeBytes { raw in
            EventLines.forEachLine(in: raw) { line in
                number += 1
                guard line.count >= needle.count, contains(line, needle) else { return }
                do {
                    let call = try decoder.decode(Call.self, from: Data(line))
                    if call.customer.phone == phone { found.append(call) }
                } catch {
                    bad.append(.init(line: number, reason: JournalLineScanner.describe(error)))
                }
            }
        }
        return (found, bad, path)
    }

    private static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        for i in 0...(haystack.count - needle.count) where haystack[i] == first {
            if needle.indices.allSatisfy({ haystack[i + $0] == needle[$0] }) { return true }
        }
        return false
    }
}
