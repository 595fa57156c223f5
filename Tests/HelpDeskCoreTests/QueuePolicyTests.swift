import Foundation
import Testing
@testable import HelpDeskCore
import HelpDeskSimulation

@Suite struct QueuePolicyTests {
    let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    func call(_ id: String, tier: Tier = .regular, joined seconds: Double, due: Double? = nil) -> Call {
        Call(id: id, customer: Customer(name: id, phone: "1\(id)", tier: tier), direction: due == nil ? .inbound : .outbound,
             state: due == nil ? .waiting : .scheduled,
             enqueuedAt: t0.addingTimeInterval(seconds), dueAt: due.map { t0.addingTimeInterval($0) })
    }

    @Test func keyAccountsAndVIPsGoAheadThenLongestWait() {
        let now = t0.addingTimeInterval(100)
        let calls = [
            call("C1", joined: 0),
            call("C2", tier: .vip, joined: 90),
            call("C3", joined: 10),
            call("C4", tier: .keyAccount, joined: 95),
        ]
        #expect(QueuePolicy.standard.order(calls, at: now).map(\.id) == ["C4", "C2", "C1", "C3"])
    }

    @Test func dueCallbacksRankAheadOfNewCallersButFutureOnesWait() {
        let now = t0.addingTimeInterval(100)
        let calls = [
            call("C1", joined: 50),
            call("C2", joined: 0, due: 90),
            call("C3", joined: 0, due: 200),
        ]
        #expect(QueuePolicy.standard.order(calls, at: now).map(\.id) == ["C2", "C1"])
    }

    @Test func agingLetsALongWaitingRegularCallerPassANewVIP() {
        // The regular caller has waited 400 s; the VIP 10 s plus a 180 s head start.
        let now = t0.addingTimeInterval(400)
        let calls = [call("C1", joined: 0), call("C2", tier: .vip, joined: 390)]
        #expect(QueuePolicy.standard.order(calls, at: now).map(\.id) == ["C1", "C2"])
    }

    @Test func tiesAreBrokenByArrivalThenIdSoEveryProcessAgrees() {
        let now = t0.addingTimeInterval(10)
        let calls = [call("C10", joined: 0), call("C9", joined: 0), call("C2", joined: 0)]
        #expect(QueuePolicy.standard.order(calls, at: now).map(\.id) == ["C2", "C9", "C10"])
        #expect(QueuePolicy.standard.order(calls.reversed(), at: now).map(\.id) == ["C2", "C9", "C10"])
    }

    @Test func talkingCallsAreNotInTheQueue() {
        var c = call("C1", joined: 0)
        c.state = .talking
        #expect(QueuePolicy.standard.order([c], at: t0.addingTimeInterval(5)).isEmpty)
    }
}

@Suite struct QueueHeadTests {
    @Test func theHeadIsTheFirstOfTheFullOrderForManyMixedFloors() {
        var random = SeededRandom(seed: 42)
        let t0 = Date(timeIntervalSince1970: 1_795_000_000)
        for _ in 0..<50 {
            let calls = (0..<Int.random(in: 1...40, using: &random)).map { n -> Call in
                let tier = [Tier.regular, .regular, .vip, .keyAccount].randomElement(using: &random)!
                let joined = Double(Int.random(in: 0...300, using: &random))
                return Call(id: "C\(n)", customer: Customer(name: "c\(n)", phone: "\(n)", tier: tier),
                            enqueuedAt: t0.addingTimeInterval(joined))
            }
            let now = t0.addingTimeInterval(400)
            #expect(QueuePolicy.standard.head(calls, at: now)?.id == QueuePolicy.standard.order(calls, at: now).first?.id)
        }
    }
}
