import Foundation

/// Reads events from JSON Lines bytes (the journal format, as in
/// Resources/samples or `helpdesk events` output) one line at a time, so a
/// report folds a file without holding its events.
public enum EventLines {
    /// Calls `body` with each event in order. Blank lines are skipped; a line
    /// that is not an event stops the read with its line number.
    public static func forEach(in data: Data, _ body: (Event) throws -> Void) throws {
        let decoder = JournalCoding.decoder()
        var line = 0
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                line += 1
                if end > start && !(end == start + 1 && bytes[start] == 0x0D) {
                    let slice = Data(bytes: raw.baseAddress! + start, count: end - start)
                    do {
                        try body(try decoder.decode(Event.self, from: slice))
                    } catch let error as DecodingError {
                        throw DomainError.invalid(field: "line \(line)", reason: "not an event: \(error)")
                    }
                }
                start = end + 1
            }
        }
    }
}
