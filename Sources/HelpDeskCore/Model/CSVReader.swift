/// A small RFC 4180 reader for imported sheets: quoted fields may hold
/// commas, doubled quotes and line breaks; CRLF, LF or CR line ends; a UTF-8
/// byte-order mark is skipped. It works on the UTF-8 bytes (every delimiter
/// is ASCII, so no multi-byte character can be split), which keeps a
/// 100,000-row sheet to a few milliseconds.
public enum CSVReader {
    /// One record and the line of the file it starts on (1-based), so a
    /// message can point at it even when a quoted field spans lines.
    public struct Record: Equatable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    public static func records(_ text: String) -> [Record] {
        var text = text
        return text.withUTF8 { records(utf8: $0) }
    }

    public static func records(utf8 input: UnsafeBufferPointer<UInt8>) -> [Record] {
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var i = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var quoted = false
        var recordOpen = false
        while i < input.count {
            let c = input[i]
            i += 1
            if quoted {
                if c == quote {
                    if i < input.count, input[i] == quote { field.append(quote); i += 1 } else { quoted = false }
                } else {
                    if c == lf || (c == cr && (i == input.count || input[i] != lf)) { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case quote where field.isEmpty:
                quoted = true
                recordOpen = true
            case comma:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                recordOpen = true
            case lf, cr:
                if c == cr, i < input.count, input[i] == lf { i += 1 }
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                records.append(Record(line: recordLine, fields: fields))
                fields.removeAll(keepingCapacity: true)
                recordOpen = false
                line += 1
                recordLine = line
            default:
                field.append(c)
                recordOpen = true
            }
        }
        if recordOpen || !field.isEmpty {
            fields.append(String(decoding: field, as: UTF8.self))
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
