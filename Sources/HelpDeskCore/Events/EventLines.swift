import Foundation

/// Reads events from JSON Lines bytes (the journal format, as in
/// Resources/samples or `helpdesk events` output) one line at a time, so a
/// report folds them without holding them. Reading a file is HelpDeskStore's
/// (`EventLines.forEach(inFile:)`): the domain touches no files.
public enum EventLines {
    /// Calls `body` with each event in order. Blank lines are skipped; a line
    /// that is not an event stops the read with its line number.
    public static func forEach(in data: Data, _ body: (Event) throws -> Void) throws {
        var line = 0
        _ = try data.withUnsafeBytes { raw in
            try forEachLine(in: raw) { bytes in
                line += 1
                try decode(bytes, line: line, body)
            }
        }
    }

    private static let decoder = EventLineDecoder()

    /// Decodes one line (line number `line`, for the message) and hands the event on.
    public static func decode(_ bytes: UnsafeRawBufferPointer, line: Int, _ body: (Event) throws -> Void) throws {
        // Blank lines (and a lone carriage return) carry nothing.
        if bytes.isEmpty || (bytes.count == 1 && bytes[0] == 0x0D) { return }
        let event: Event
        do {
            event = try decoder.decode(bytes)
        } catch let error as DecodingError {
            throw DomainError.invalid(field: "line \(line)", reason: "not an event: \(error)")
        }
        try body(event)
    }

    /// Splits at newlines with `memchr`. With `keepLast`, a final piece
    /// without a newline is left for the next chunk; returns the bytes used.
    @discardableResult
    public static func forEachLine(in raw: UnsafeRawBufferPointer, keepLast: Bool = false,
                            _ body: (UnsafeRawBufferPointer) throws -> Void) rethrows -> Int {
        guard let base = raw.baseAddress else { return 0 }
        var start = 0
        while start < raw.count {
            guard let hit = memchr(base + start, 0x0A, raw.count - start) else {
                if keepLast { return start }
                try body(UnsafeRawBufferPointer(start: base + start, count: raw.count - start))
                return raw.count
            }
            let end = base.distance(to: UnsafeRawPointer(hit))
            try body(UnsafeRawBufferPointer(start: base + start, count: end - start))
            start = end + 1
        }
        return start
    }
}
