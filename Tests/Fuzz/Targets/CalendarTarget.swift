import Foundation
import HelpDeskCore

/// The business calendar (`complaints/calendar.json`): any bytes decode or
/// fail cleanly; a calendar that decodes answers the SLA clock's questions
/// without trapping, and its answers agree with each other.
enum CalendarTarget {
    static let start = JournalCoding.parseDate("2026-11-27T08:00:00Z")!

    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let calendar = try? JSONDecoder().decode(BusinessCalendar.self, from: Data(bytes)) else { return }
        _ = calendar.isOpen(at: start)
        let due = calendar.adding(businessSeconds: 8 * 3600, to: start)
        guard due != .distantFuture else { return }
        let counted = calendar.businessSeconds(from: start, to: due)
        require(abs(counted - 8 * 3600) < 1, "8 business hours on counted back as \(counted) s")
    }
}
