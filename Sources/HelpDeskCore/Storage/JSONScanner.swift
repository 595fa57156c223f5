import Foundation

/// A cursor over JSON bytes: a journal line, or a file of one known shape.
/// Every reader returns nil (or false) on anything it does not accept, and
/// the caller falls back to `JSONDecoder`.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
    }

    mutating func atEnd() -> Bool { skipSpace(); return i == bytes.count }

    /// Reads an object at the cursor: where the value of each key of
    /// `schema` lies (by position, into `values`, scratch space on the
    /// stack) and which keys were present (a bit per position). Nil on a key
    /// outside the schema, a repeated key, or bad JSON.
    mutating func object(_ schema: [StaticString], into values: UnsafeMutableBufferPointer<Range<Int>?>) -> UInt32? {
        skipSpace()
        guard i < bytes.count, bytes[i] == 0x7B else { return nil }
        i += 1
        values.initialize(repeating: nil)
        var present: UInt32 = 0
        skipSpace()
        if i < bytes.count, bytes[i] == 0x7D { i += 1; return present }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x22 else { return nil }
            let keyStart = i + 1
            guard let keyEnd = endOfString() else { return nil }
            let key = keyStart..<keyEnd
            guard let slot = schema.firstIndex(where: { equal(key, $0) }), present & (1 << UInt32(slot)) == 0 else { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x3A else { return nil }
            i += 1
            skipSpace()
            let valueStart = i
            guard skipValue() else { return nil }
            values[slot] = valueStart..<i
            present |= 1 << UInt32(slot)
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x7D { i += 1; return present }
            return nil
        }
    }

    /// Calls `element` with a cursor before each value of the array in `r`,
    /// which reads that value and says whether it took it. False when the
    /// array is malformed or `element` refused a value.
    func eachElement(_ r: Range<Int>, _ element: (inout JSONScanner) -> Bool) -> Bool {
        var sub = self
        sub.i = r.lowerBound
        guard sub.i < r.upperBound, bytes[sub.i] == 0x5B else { return false }
        sub.i += 1
        sub.skipSpace()
        if sub.i < r.upperBound, bytes[sub.i] == 0x5D { return sub.i + 1 == r.upperBound }
        while true {
            guard element(&sub) else { return false }
            sub.skipSpace()
            guard sub.i < r.upperBound else { return false }
            if bytes[sub.i] == 0x2C { sub.i += 1; continue }
            return bytes[sub.i] == 0x5D && sub.i + 1 == r.upperBound
        }
    }

    /// True when the bytes in `range` are exactly `text` (a key with an
    /// escape never matches, and so falls back).
    func equal(_ range: Range<Int>, _ text: StaticString) -> Bool {
        guard range.count == text.utf8CodeUnitCount else { return false }
        return memcmp(bytes.baseAddress! + range.lowerBound, text.utf8Start, range.count) == 0
    }

    /// With the cursor on an opening quote: moves past the closing one and
    /// returns the index of the closing quote.
    mutating func endOfString() -> Int? {
        i += 1
        while i < bytes.count {
            switch bytes[i] {
            case 0x22: defer { i += 1 }; return i
            case 0x5C: i += 2
            case 0..<0x20: return nil
            default: i += 1
            }
        }
        return nil
    }

    mutating func skipValue() -> Bool {
        guard i < bytes.count else { return false }
        switch bytes[i] {
        case 0x22: return endOfString() != nil
        case 0x7B, 0x5B:
            var depth = 0
            while i < bytes.count {
                switch bytes[i] {
                case 0x22: guard endOfString() != nil else { return false }; continue
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D: depth -= 1; if depth == 0 { i += 1; return true }
                default: break
                }
                i += 1
            }
            return false
        default:
            let start = i
            while i < bytes.count, ![0x2C, 0x7D, 0x5D, 0x20, 0x09, 0x0D, 0x0A].contains(bytes[i]) { i += 1 }
            return i > start
        }
    }

    /// The literals are compared whole: `skipValue` takes any run of
    /// letters, and "nulx" or "trug" must fall back to JSONDecoder's error.
    func isNull(_ r: Range<Int>) -> Bool { equal(r, "null") }

    /// A JSON string's text, escapes resolved; nil for anything else or bad UTF-8.
    func string(_ r: Range<Int>?) -> String? {
        guard let r, r.count >= 2, bytes[r.lowerBound] == 0x22, bytes[r.upperBound - 1] == 0x22 else { return nil }
        let inner = (r.lowerBound + 1)..<(r.upperBound - 1)
        let slice = UnsafeBufferPointer(rebasing: bytes[inner])
        var plain = true, ascii = true
        for c in slice {
            if c == 0x5C { plain = false; break }
            if c >= 0x80 { ascii = false }
        }
        if plain { return ascii ? String(decoding: slice, as: UTF8.self) : String(validating: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var j = 0
        while j < slice.count {
            let c = slice[j]
            guard c == 0x5C else { out.append(c); j += 1; continue }
            guard j + 1 < slice.count else { return nil }
            j += 2
            switch slice[j - 1] {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard var unit = hex4(slice, j) else { return nil }
                j += 4
                if (0xD800...0xDBFF).contains(unit) {
                    guard j + 6 <= slice.count, slice[j] == 0x5C, slice[j + 1] == 0x75, let low = hex4(slice, j + 2),
                          (0xDC00...0xDFFF).contains(low) else { return nil }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    j += 6
                } else if (0xDC00...0xDFFF).contains(unit) { return nil }
                guard let scalar = Unicode.Scalar(unit) else { return nil }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: return nil
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    private func hex4(_ s: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
        guard at + 4 <= s.count else { return nil }
        var v: UInt32 = 0
        for k in at..<(at + 4) {
            let c = s[k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }

    /// An absent or null value as `.some(nil)`, a present one read by `read`,
    /// nil (fall back) when present but unreadable.
    func optional<T>(_ r: Range<Int>?, _ read: (Range<Int>?) -> T?) -> T?? {
        guard let r, !isNull(r) else { return .some(nil) }
        guard let v = read(r) else { return nil }
        return .some(v)
    }

    func int(_ r: Range<Int>?) -> Int? {
        guard let r, !r.isEmpty else { return nil }
        var k = r.lowerBound
        let negative = bytes[k] == 0x2D
        if negative { k += 1 }
        guard k < r.upperBound, r.upperBound - k <= 18 else { return nil }
        // JSON has no leading zeros ("0523" is not a number): JSONDecoder refuses them, so must this.
        guard bytes[k] != 0x30 || r.upperBound - k == 1 else { return nil }
        var v = 0
        while k < r.upperBound {
            let d = Int(bytes[k]) - 0x30
            guard (0...9).contains(d) else { return nil }
            v = v * 10 + d
            k += 1
        }
        return negative ? -v : v
    }

    func bool(_ r: Range<Int>?) -> Bool? {
        guard let r else { return nil }
        if equal(r, "true") { return true }
        if equal(r, "false") { return false }
        return nil
    }

    /// A time in the journal's own form "2026-11-27T08:00:00.125Z" read from
    /// the bytes with the same arithmetic as `JournalCoding.parseDate`
    /// (so the same `Date` to the bit); any other form goes through it.
    func date(_ r: Range<Int>?) -> Date? {
        guard let r, r.count == 26, bytes[r.lowerBound] == 0x22 else { return string(r).flatMap(JournalCoding.parseDate) }
        let b = r.lowerBound + 1
        func num(_ a: Int, _ n: Int) -> Int? {
            var v = 0
            for k in (b + a)..<(b + a + n) {
                let d = Int(bytes[k]) &- 48
                guard d >= 0 && d <= 9 else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard bytes[b + 4] == 0x2D, bytes[b + 7] == 0x2D, bytes[b + 10] == 0x54, bytes[b + 13] == 0x3A, bytes[b + 16] == 0x3A,
              bytes[b + 19] == 0x2E, bytes[b + 23] == 0x5A,
              let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2),
              let sec = num(17, 2), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, sec < 61,
              num(20, 3) != nil else { return string(r).flatMap(JournalCoding.parseDate) }
        var fraction = 0.0
        var scale = 0.1
        for k in (b + 20)..<(b + 23) { fraction += Double(bytes[k] - 48) * scale; scale /= 10 }
        let days = JournalCoding.daysFromCivil(y, mo, d)
        return Date(timeIntervalSince1970: Double(days * 86400 + h * 3600 + mi * 60 + sec) + fraction)
    }
}
