import Foundation

/// Reads `calendar.json`: a time zone, opening stretches per weekday
/// ("09:00-12:00"), holidays and make-up working days as local dates.
extension BusinessCalendar: Decodable {
    private enum Key: String, CodingKey { case timeZone, week, holidays, makeUpDays }

    /// Weekday names as the config writes them, to Foundation's 1 = Sunday numbering.
    static let weekdays: [String: Int] = ["sun": 1, "mon": 2, "tue": 3, "wed": 4, "thu": 5, "fri": 6, "sat": 7]

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let zoneName = try c.decodeIfPresent(String.self, forKey: .timeZone) ?? "Asia/Shanghai"
        guard let zone = TimeZone(identifier: zoneName) else {
            throw DecodingError.dataCorruptedError(forKey: .timeZone, in: c,
                                                   debugDescription: "\"\(zoneName)\" is not a time zone (like Asia/Shanghai)")
        }

        let weekBox = try c.nestedContainer(keyedBy: NameKey.self, forKey: .week)
        var week: [Int: [Hours]] = [:]
        for key in weekBox.allKeys {
            guard let weekday = Self.weekdays[key.stringValue] else {
                throw DecodingError.dataCorruptedError(forKey: key, in: weekBox, debugDescription: "not a weekday (mon … sun)")
            }
            let texts = try weekBox.decode([String].self, forKey: key)
            var hours: [Hours] = []
            for text in texts {
                guard let h = Self.parseHours(text) else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: weekBox,
                                                           debugDescription: "\"\(text)\" is not opening hours like 09:00-18:00")
                }
                hours.append(h)
            }
            hours.sort { $0.start < $1.start }
            if zip(hours, hours.dropFirst()).contains(where: { $0.end > $1.start }) {
                throw DecodingError.dataCorruptedError(forKey: key, in: weekBox, debugDescription: "opening stretches overlap")
            }
            week[weekday] = hours
        }
        guard week.values.contains(where: { !$0.isEmpty }) else {
            throw DecodingError.dataCorruptedError(forKey: .week, in: c, debugDescription: "the department must open on some weekday")
        }

        var holidays: Set<Day> = []
        for text in try c.decodeIfPresent([String].self, forKey: .holidays) ?? [] {
            guard let day = Self.parseDay(text) else {
                throw DecodingError.dataCorruptedError(forKey: .holidays, in: c, debugDescription: "\"\(text)\" is not a date like 2026-10-01")
            }
            holidays.insert(day)
        }

        var makeUp: [Day: Int] = [:]
        if c.contains(.makeUpDays) {
            let box = try c.nestedContainer(keyedBy: NameKey.self, forKey: .makeUpDays)
            for key in box.allKeys {
                guard let day = Self.parseDay(key.stringValue) else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: box, debugDescription: "not a date like 2026-10-10")
                }
                let name = try box.decode(String.self, forKey: key)
                guard let weekday = Self.weekdays[name], !(week[weekday] ?? []).isEmpty else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: box,
                                                           debugDescription: "\"\(name)\" must name an open weekday whose hours apply")
                }
                makeUp[day] = weekday
            }
        }
        self.init(timeZone: zone, week: week, holidays: holidays, makeUpDays: makeUp)
    }

    /// "09:00-12:30" → minutes after midnight; "24:00" may close a day.
    static func parseHours(_ text: String) -> Hours? {
        let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let start = minutes(parts[0]), let end = minutes(parts[1]), start < end else { return nil }
        return Hours(start: start, end: end)
    }

    private static func minutes(_ text: String) -> Int? {
        let hm = text.split(separator: ":")
        guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0...59).contains(m), (0...24).contains(h) else { return nil }
        let total = h * 60 + m
        return total <= 24 * 60 ? total : nil
    }

    /// "2026-10-01" → a local date, checked to exist.
    static func parseDay(_ text: String) -> Day? {
        let p = text.split(separator: "-")
        guard p.count == 3, p[0].count == 4, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]),
              (1...12).contains(m), d >= 1 else { return nil }
        let daysInMonth = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= daysInMonth[m - 1] else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
