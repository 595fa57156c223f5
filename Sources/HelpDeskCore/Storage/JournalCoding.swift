import Foundation

/// The JSON form of events and records on disk: sorted keys so files diff
/// well, dates as UTC ISO 8601 with milliseconds ("2026-11-27T08:00:00.125Z")
/// so a person can read them and latency can be measured from them.
public enum JournalCoding {
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .custom { date, encoder in
            guard canRepresent(date) else {
                // The seconds, not the Date: Foundation's description of a NaN or far Date traps.
                throw EncodingError.invalidValue(date.timeIntervalSince1970, EncodingError.Context(
                    codingPath: encoder.codingPath, debugDescription: "a time outside the years 0000–9999 cannot be stored"))
            }
            var c = encoder.singleValueContainer()
            try c.encode(formatDate(date))
        }
        return e
    }

    public static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let text = try c.decode(String.self)
            guard let date = parseDate(text) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "\"\(text)\" is not a time like 2026-11-27T08:00:00.000Z")
            }
            return date
        }
        return d
    }

    /// The times the journal's form can hold: four-digit years, 0000-01-01
    /// up to (not including) 10000-01-01 UTC. Anything else, NaN included,
    /// is refused where it enters rather than trapping when it is written.
    public static let representable = Date(timeIntervalSince1970: -62_167_219_200)..<Date(timeIntervalSince1970: 253_402_300_800)

    /// Whether `date` can be stored and read back.
    public static func canRepresent(_ date: Date) -> Bool { representable.contains(date) }

    /// "2026-11-27T08:00:00.125Z", always UTC, always milliseconds. The
    /// encoder writes only `representable` times; any other still formats
    /// (see `CivilTime`) so that showing it cannot trap.
    public static func formatDate(_ date: Date) -> String {
        let p = CivilTime(date)
        return p.dayText + "T" + p.secondText + "." + pad(p.millisecond, 3) + "Z"
    }

    /// `v` in decimal with leading zeros to at least `n` digits.
    static func pad(_ v: Int, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }

    /// Parses the form `formatDate` writes (fraction optional, any digits, to
    /// the millisecond; a `Z` or `+hh:mm` offset), without a formatter, since
    /// reports parse millions of these.
    public static func parseDate(_ text: String) -> Date? {
        var u = Array(text.utf8)
        guard u.count >= 20, u[4] == 45, u[7] == 45, u[10] == 84 || u[10] == 32, u[13] == 58, u[16] == 58 else { return nil }
        func num(_ a: Int, _ b: Int) -> Int? {
            var v = 0
            for i in a..<b { let c = Int(u[i]) - 48; guard (0...9).contains(c) else { return nil }; v = v * 10 + c }
            return v
        }
        guard let y = num(0, 4), let mo = num(5, 7), let d = num(8, 10), let h = num(11, 13), let mi = num(14, 16),
              let s = num(17, 19), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61 else { return nil }
        var i = 19
        var fraction = 0.0
        if i < u.count, u[i] == 46 {
            i += 1
            var scale = 0.1
            // The journal keeps milliseconds: digits past the third are read
            // and dropped, so a time reads back exactly as it is written.
            let start = i
            while i < u.count, (48...57).contains(u[i]) {
                if i - start < 3 { fraction += Double(u[i] - 48) * scale; scale /= 10 }
                i += 1
            }
        }
        var offset = 0
        if i < u.count, u[i] == 90 { i += 1 } else if i + 6 == u.count, u[i] == 43 || u[i] == 45, u[i + 3] == 58,
                  let oh = num(i + 1, i + 3), let om = num(i + 4, i + 6) {
            offset = (oh * 3600 + om * 60) * (u[i] == 45 ? -1 : 1)
            i += 6
        } else { return nil }
        guard i == u.count else { return nil }
        u.removeAll()
        let days = daysFromCivil(y, mo, d)
        let date = Date(timeIntervalSince1970: Double(days * 86400 + h * 3600 + mi * 60 + s - offset) + fraction)
        return canRepresent(date) ? date : nil
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Year, month and day of a count of days since 1970-01-01.
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// A time's calendar fields in UTC (proleptic Gregorian), computed in
/// integers. Any `Date` gives fields without trapping: NaN reads as 1970,
/// and times beyond ±10^14 s (three million years) as that bound.
public struct CivilTime: Equatable, Sendable {
    public var year, month, day, hour, minute, second, millisecond: Int

    public init(_ date: Date) {
        let t = date.timeIntervalSince1970
        let ms = Int64(t.isNaN ? 0 : min(max((t * 1000).rounded(.down), -1e17), 1e17))
        let secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        millisecond = Int(ms - secs * 1000)
        let days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400
        (year, month, day) = JournalCoding.civil(fromDays: Int(days))
        let sod = Int(secs - days * 86400)
        (hour, minute, second) = (sod / 3600, sod / 60 % 60, sod % 60)
    }

    /// "2026-11-27": the year in at least four digits (a local time past
    /// 9999 reads "10000-01-01", not a cut-off "10000-01-0").
    public var dayText: String {
        (year < 0 ? "-" + JournalCoding.pad(-year, 4) : JournalCoding.pad(year, 4)) + "-" + JournalCoding.pad(month, 2) + "-" + JournalCoding.pad(day, 2)
    }

    /// "14:05".
    public var minuteText: String { JournalCoding.pad(hour, 2) + ":" + JournalCoding.pad(minute, 2) }

    /// "14:05:09".
    public var secondText: String { minuteText + ":" + JournalCoding.pad(second, 2) }
}
