/// Writes RFC 4180 records that `CSVReader` reads back field for field:
/// comma-separated, CRLF line ends, a field quoted (its quotes doubled) when
/// it holds a comma, quote or line break, or starts with a byte-order mark
/// (which the reader skips at the start of a file). The test is on the UTF-8
/// bytes, as the reader splits: on Characters a combining mark glued to a
/// comma or quote hid it, and such a field came back split or cut short.
public enum CSVWriter {
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ text: String) -> String {
        let quote: UInt8 = 0x22
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == quote || $0 == 0x0A || $0 == 0x0D })
                || text.unicodeScalars.first == "\u{FEFF}" else { return text }
        var out: [UInt8] = [quote]
        out.reserveCapacity(text.utf8.count + 2)
        for byte in text.utf8 {
            if byte == quote { out.append(quote) }
            out.append(byte)
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }
}
