import Foundation
import HelpDeskCore

/// Splits freshly read journal bytes into whole lines and decodes each into
/// an `Event`. A line that does not decode is reported by number and
/// skipped, so one hand-edited line never hides the rest of the journal.
/// Bytes after the last newline are handed back untouched: they are either
/// a write still in progress or a torn write from a crash, and only a
/// process holding the lock may tell which. Many lines (start-up, a report
/// over the archive) are decoded on several threads: JSON decoding is
/// nearly all of the cost of reading the journal.
struct JournalLineScanner {
    struct BadLine: Equatable {
        var line: Int
        var reason: String
    }

    struct Chunk {
        /// Decoded events with their line numbers.
        var events: [(line: Int, event: Event)] = []
        /// Bytes of whole lines consumed (the new offset is old offset + this).
        var consumed = 0
        /// Whole lines consumed, blank ones included, for line numbers.
        var lines = 0
        var bad: [BadLine] = []
        /// Bytes after the last newline.
        var tail: ArraySlice<UInt8> = []
    }

    static let parallelThreshold = 512

    /// The byte-level reader of the common call events, falling back to
    /// `JSONDecoder` for the rest (tested to give identical events).
    private let decoder = EventLineDecoder()

    /// Scans `bytes`, whose first line is line number `firstLine` of its file.
    func scan(_ bytes: [UInt8], firstLine: Int) -> Chunk {
        var chunk = Chunk()
        var found: [(line: Int, range: Range<Int>)] = []
        bytes.withUnsafeBytes { raw in
            chunk.consumed = EventLines.forEachLine(in: raw, keepLast: true) { line in
                let number = firstLine + chunk.lines
                chunk.lines += 1
                if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
                let start = raw.baseAddress.map { $0.distance(to: line.baseAddress ?? $0) } ?? 0
                found.append((number, start..<(start + line.count)))
            }
        }
        chunk.tail = bytes[chunk.consumed...]
        let decoded = decode(found, in: bytes)
        for (index, result) in decoded.enumerated() {
            switch result {
            case .success(let event): chunk.events.append((found[index].line, event))
            case .failure(let error): chunk.bad.append(BadLine(line: found[index].line, reason: Self.describe(error)))
            }
        }
        return chunk
    }

    private func decode(_ lines: [(line: Int, range: Range<Int>)], in bytes: [UInt8]) -> [Result<Event, any Error>] {
        guard lines.count >= Self.parallelThreshold else {
            return lines.map { entry in decodeLine(bytes, entry.range) }
        }
        return ParallelChunks.map(count: lines.count) { range in range.map { decodeLine(bytes, lines[$0].range) } }
            .flatMap { $0 }
    }

    /// One line decoded where it lies in the chunk, not copied out first.
    private func decodeLine(_ bytes: [UInt8], _ range: Range<Int>) -> Result<Event, any Error> {
        bytes.withUnsafeBytes { all in Result { try decoder.decode(UnsafeRawBufferPointer(rebasing: all[range])) } }
    }

    /// A short reason a person can act on, from a decoding error.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "" : " at \"\(keys.joined(separator: "."))\""
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing field \"\(key.stringValue)\"\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong kind of value\(path(context)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?).map { " (\($0.localizedDescription))" } ?? ""
            return "not valid JSON or not an event\(path(context)): \(context.debugDescription)\(underlying)"
        @unknown default:
            return String(describing: error)
        }
    }
}
