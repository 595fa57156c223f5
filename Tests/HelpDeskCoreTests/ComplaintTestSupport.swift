import Foundation
@testable import HelpDeskCore

/// A journal in memory: appends decided events with sequence numbers and
/// folds them into a real `LiveState`, as a store does under its lock.
struct TestFloor {
    var state = LiveState()
    var events: [Event] = []

    /// Decides and appends, like `FloorStore.commit`.
    @discardableResult
    mutating func commit(_ agent: String?, at now: Date, _ decide: (LiveState, Date) throws -> [EventBody]) throws -> [Event] {
        let bodies = try decide(state, now)
        let stamped = bodies.enumerated().map { i, body in
            Event(seq: state.lastSeq + 1 + i, at: now, agent: agent, user: "test", body: body)
        }
        for event in stamped { state.apply(event) }
        events += stamped
        return stamped
    }

    @discardableResult
    mutating func commit(_ agent: String?, at now: Date, _ decide: (LiveState, Date) throws -> EventBody) throws -> Event {
        try commit(agent, at: now) { s, n in [try decide(s, n)] }[0]
    }
}

enum Fixture {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    /// A moment written in Shanghai local time, "2026-11-27 16:00".
    static func local(_ text: String, in zone: TimeZone = shanghai) -> Date {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.date(from: text)!
    }

    /// Mon–Fri 09:00–12:00 and 13:00–18:00 in Shanghai, with the holidays given.
    static func calendar(holidays: Set<BusinessCalendar.Day> = [], makeUp: [BusinessCalendar.Day: Int] = [:],
                         zone: TimeZone = shanghai) -> BusinessCalendar {
        let day = [BusinessCalendar.Hours(start: 9 * 60, end: 12 * 60), BusinessCalendar.Hours(start: 13 * 60, end: 18 * 60)]
        return BusinessCalendar(timeZone: zone, week: [2: day, 3: day, 4: day, 5: day, 6: day], holidays: holidays, makeUpDays: makeUp)
    }

    static func rules(calendar: BusinessCalendar = calendar()) -> ComplaintRules {
        let labels: [Language: String] = [.zh: "回访", .en: "call back", .ko: "회신"]
        return ComplaintRules(
            categories: ComplaintCategoryList(entries: ComplaintCategory.allCases.map { .init(category: $0, labels: [.en: $0.rawValue]) }),
            sla: SLATable(
                defaults: [.low: .init(firstResponseMinutes: 240, resolutionMinutes: 2400),
                           .normal: .init(firstResponseMinutes: 120, resolutionMinutes: 1440),
                           .high: .init(firstResponseMinutes: 60, resolutionMinutes: 960),
                           .critical: .init(firstResponseMinutes: 30, resolutionMinutes: 480)],
                overrides: [.missedAppointment: [.normal: .init(firstResponseMinutes: 60, resolutionMinutes: 960)]]),
            calendar: calendar,
            followUps: FollowUpRules(dissatisfied: .init(afterMinutes: 60, purpose: labels),
                                     afterResolution: .init(afterMinutes: 240, purpose: labels)))
    }

    static let agent = RosterEntry(user: "li", agent: "A01", name: "Li Na")
    static let otherAgent = RosterEntry(user: "park", agent: "A02", name: "Park Jiwoo")
    static let lead = RosterEntry(user: "wang", agent: "L01", name: "Wang Wei", role: .lead)

    static let customer = Customer(name: "张伟", surname: "张", honorific: "先生", phone: "13800000001", branch: "Guangzhou")

    static func draft(promisedBy: Date? = nil, category: ComplaintCategory = .serviceDelay) -> NewComplaint {
        NewComplaint(customer: customer, category: category, product: "fridge BCD-215",
                       keyPoints: "冰箱修了两次还是不制冷", wants: "今天修好", promisedBy: promisedBy)
    }
}
