import Foundation
import HelpDeskCore

/// What the agent has typed into the complaint form so far. Written to disk
/// on every change, so a dropped ssh session or a killed terminal loses
/// nothing, and reopened the next time the console starts.
public struct ComplaintDraft: Codable, Sendable, Equatable {
    public var call: String?
    public var customer: Customer
    public var category: ComplaintCategory
    public var severity: Severity
    public var product: String
    public var keyPoints: String
    public var wants: String
    /// The promised resolution time as typed ("2026-11-28 18:00", "+2d").
    public var promised: String
    /// The handling steps ticked so far (optional so older drafts still read).
    public var checklist: HandlingChecklist?
    /// Why the promise lies after the SLA's resolution due time, when it does
    /// (optional so older drafts still read).
    public var promiseReason: String?

    public init(call: String?, customer: Customer, category: ComplaintCategory = .other, severity: Severity = .normal,
                product: String = "", keyPoints: String = "", wants: String = "", promised: String = "",
                checklist: HandlingChecklist? = nil, promiseReason: String? = nil) {
        self.call = call
        self.customer = customer
        self.category = category
        self.severity = severity
        self.product = product
        self.keyPoints = keyPoints
        self.wants = wants
        self.promised = promised
        self.checklist = checklist
        self.promiseReason = promiseReason
    }
}

/// Reads the promised time an agent types: an absolute local time
/// ("2026-11-28 18:00", "2026-11-28") or a span from now ("+90m", "+2h",
/// "+3d"; "+30s" for a call back in a moment); nil for a time the journal
/// cannot hold (past the year 9999).
public enum PromiseTime {
    public static func parse(_ text: String, now: Date, timeZone: TimeZone = .current) -> Date? {
        read(text, now: now, timeZone: timeZone).flatMap { JournalCoding.canRepresent($0) ? $0 : nil }
    }

    private static func read(_ text: String, now: Date, timeZone: TimeZone) -> Date? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("+"), let unit = t.last, let amount = Double(t.dropFirst().dropLast()), amount > 0 {
            switch unit {
            case "s": return now.addingTimeInterval(amount)
            case "m": return now.addingTimeInterval(amount * 60)
            case "h": return now.addingTimeInterval(amount * 3600)
            case "d": return now.addingTimeInterval(amount * 86400)
            default: return nil
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = t.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard let datePart = parts.first, parts.count <= 2 else { return nil }
        let ymd = datePart.split(separator: "-").compactMap { Int($0) }
        let hm = parts.count == 2 ? parts[1].split(separator: ":").compactMap { Int($0) } : [18, 0]
        guard ymd.count == 3, hm.count == 2, (1...12).contains(ymd[1]), (1...31).contains(ymd[2]),
              (0..<24).contains(hm[0]), (0..<60).contains(hm[1]) else { return nil }
        let components = DateComponents(year: ymd[0], month: ymd[1], day: ymd[2], hour: hm[0], minute: hm[1])
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == ymd[2] else { return nil }
        return date
    }
}
