import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import TermRender

/// A morning on the floor, as a journal: Chinese, Korean and English
/// callers, answers inside and past the 20 s threshold, an abandon, a
/// completed call with its satisfaction, a paused agent, an escalated
/// complaint today and an overdue one filed yesterday. Built through the
/// domain's decisions, folded into a real `LiveState` as a store would.
enum WallboardFixture {
    static let utc = TimeZone(identifier: "UTC")!
    static let config = MetricsConfig(day: BusinessDay(resetHour: 0, timeZone: utc))
    static let start = JournalCoding.parseDate("2026-11-27T01:00:00.000Z")!

    struct Journal {
        var state = LiveState()
        var events: [Event] = []

        mutating func add(_ body: EventBody, at: Date, agent: String? = nil) {
            let event = Event(seq: state.lastSeq + 1, at: at, agent: agent, user: "test", body: body)
            state.apply(event)
            events.append(event)
        }
    }

    static let callers: [Customer] = [
        Customer(name: "张伟", surname: "张", honorific: "先生", phone: "13812345678", tier: .regular),
        Customer(name: "김민준", surname: "김", honorific: "고객님", phone: "01012345678", tier: .vip),
        Customer(name: "Emma O'Brien", surname: "O'Brien", honorific: "Ms", phone: "07700900123", tier: .regular),
        Customer(name: "欧阳秀英", surname: "欧阳", honorific: "女士", phone: "13900000002", tier: .keyAccount),
        Customer(name: "이서연", surname: "이", phone: "01098765432", tier: .regular),
    ]

    /// 王芳 and 김지수 sit in team "一组"; Li Wei has no team.
    static let roster = Roster(entries: [
        RosterEntry(user: "wang", agent: "1001", name: "王芳", team: "一组"),
        RosterEntry(user: "kim", agent: "1002", name: "김지수", team: "一组"),
        RosterEntry(user: "li", agent: "1003", name: "Li Wei"),
    ])

    /// The journal and live state, and the moment the wall looks at them.
    static func floor() -> (events: [Event], live: LiveState, now: Date) {
        var j = Journal()
        func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }
        let yesterday = JournalCoding.parseDate("2026-11-26T22:00:00.000Z")!
        let old = Complaint(id: "T1", customer: callers[3], category: .serviceDelay, keyPoints: "师傅一直没来",
                            promisedBy: at(-1800), owner: "1001", status: .accepted, openedAt: yesterday)
        j.add(.complaintFiled(ComplaintFiled(complaint: old)), at: yesterday, agent: "1001")
        let agents = roster.entries
        for a in agents.prefix(2) { j.add(try! Floor.setStatus(j.state, agent: a, status: .ready, reason: nil), at: at(0), agent: a.agent) }
        j.add(try! Floor.setStatus(j.state, agent: agents[2], status: .paused, reason: "培训"), at: at(0), agent: "1003")
        j.add(try! Floor.ring(j.state, customer: callers[0], category: .repair, at: at(0)), at: at(0))
        j.add(try! Floor.ring(j.state, customer: callers[1], category: .installation, at: at(5)), at: at(5))
        j.add(try! Floor.ring(j.state, customer: callers[2], queue: "sales", category: .inquiry, at: at(10)), at: at(10))
        j.add(try! Floor.claimNext(j.state, agent: "1001", at: at(12)), at: at(12), agent: "1001")   // the VIP, 7 s
        j.add(try! Floor.abandon(j.state, call: "C3"), at: at(20))                                      // after 10 s
        j.add(try! Floor.claimNext(j.state, agent: "1002", at: at(40)), at: at(40), agent: "1002")   // 张伟, 40 s
        j.add(try! Floor.hangUp(j.state, call: "C2"), at: at(100), agent: "1001")
        j.add(try! Floor.complete(j.state, call: "C2", agent: "1001", category: .installation, disposition: "已解决",
                                  notes: nil, resolved: true), at: at(130), agent: "1001")
        j.add(.satisfaction(SatisfactionRecorded(call: "C2", answer: .score(5))), at: at(130), agent: "1001")
        j.add(try! Floor.ring(j.state, customer: callers[3], category: .repair, at: at(140)), at: at(140))
        j.add(try! Floor.ring(j.state, customer: callers[4], queue: "sales", at: at(150)), at: at(150))
        let today = Complaint(id: "T2", call: "C2", customer: callers[1], category: .missedAppointment,
                              keyPoints: "약속 시간에 안 왔어요", promisedBy: at(86_400), owner: "1001", status: .accepted, openedAt: at(150))
        j.add(.complaintFiled(ComplaintFiled(complaint: today)), at: at(150), agent: "1001")
        j.add(.complaintChanged(ComplaintChanged(complaint: "T2", status: .escalated, escalatedTo: "lead")), at: at(160), agent: "1001")
        return (j.events, j.state, at(180))
    }

    /// The wall as it starts: today's events only (the old complaint comes
    /// from the live state), at `size`.
    static func model(size: Size, language: Language = .zh, privacy: CallerPrivacy = .masked,
                      screen: WallboardModel.Screen = .today, config: MetricsConfig = config) -> WallboardModel {
        let (events, live, now) = floor()
        let day = config.day.interval(containing: now)
        var model = WallboardModel(text: .forLanguage(language), privacy: privacy, config: config,
                                   events: events.filter { $0.at >= day.start }, live: live, now: now, size: size,
                                   roster: roster)
        model.screen = screen
        model.refigure()
        return model
    }
}
