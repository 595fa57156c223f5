import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import TermRender

/// A floor with Chinese, Korean and English callers at a fixed time, built
/// through the domain's own decisions so the screens see real state.
enum ConsoleFixture {
    static let start = JournalCoding.parseDate("2026-11-27T01:00:00.000Z")!
    static let me = RosterEntry(user: "wang", agent: "1001", name: "王芳")
    /// The shipped disposition and pause-reason codes.
    static let codes: FloorCodes = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/codes")
        let names = FloorCodes.fileNames
        return try! FloorCodes.decode(dispositions: Data(contentsOf: dir.appendingPathComponent(names.dispositions)),
                                      pauseReasons: Data(contentsOf: dir.appendingPathComponent(names.pauseReasons)))
    }()

    static func floor(callers: Int = 4) -> (LiveState, Date) {
        var state = LiveState()
        var now = start
        var seq = 0
        func add(_ body: EventBody, agent: String? = nil) {
            seq += 1
            state.apply(Event(seq: seq, at: now, agent: agent, user: "test", body: body))
        }
        let people: [Customer] = [
            Customer(name: "张伟", surname: "张", honorific: "先生", phone: "13800000001", branch: "广州", tier: .regular),
            Customer(name: "김민준", surname: "김", honorific: "고객님", phone: "01012345678", tier: .vip),
            Customer(name: "Emma O'Brien", surname: "O'Brien", honorific: "Ms", phone: "07700900123", tier: .regular),
            Customer(name: "欧阳秀英", surname: "欧阳", honorific: "女士", phone: "13900000002", tier: .keyAccount),
        ]
        let categories: [ServiceCategory] = [.repair, .installation, .inquiry, .complaint]
        for i in 0..<callers {
            let person = people[i % people.count]
            add(try! Floor.ring(state, customer: person, reason: "R\(i)", category: categories[i % 4], at: now))
            now = now.addingTimeInterval(7)
        }
        add(.agentStatus(AgentStatusChanged(agent: "1001", name: "王芳", role: .agent, status: .ready)), agent: "1001")
        return (state, now.addingTimeInterval(10))
    }

    static func model(size: Size, language: Language = .zh, callers: Int = 4) -> ConsoleModel {
        let (state, now) = floor(callers: callers)
        return ConsoleModel(me: me, text: .forLanguage(language), live: state, now: now, size: size, codes: codes)
    }
}
