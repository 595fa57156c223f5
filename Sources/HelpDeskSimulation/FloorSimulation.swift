import Foundation
import HelpDeskCore
import Synchronization

/// The simulator's loop: rings callers at Poisson times, abandons those
/// whose patience runs out before an agent answers, and optionally plays
/// virtual agents who take calls, talk, and wrap up. Used by `simulate` and
/// by `demo`, which runs it on a background thread beside the console.
/// Each virtual agent holds its presence like a console: when the simulator
/// stops it signs them off, and if its process dies they are recorded lost.
public struct FloorSimulation {
    let store: any FloorStore
    var generator: CallerGenerator
    let rate: Double
    let virtualAgents: Int
    /// Mean seconds a virtual agent talks; wrap-up takes a quarter of that.
    let talkMean: Double
    /// What virtual agents wrap up with.
    let codes: FloorCodes
    let rules: ComplaintRules
    /// When each simulated caller gives up, by call id.
    private var patience: [String: Date] = [:]
    /// When each virtual agent's current step (talk, wrap-up) ends.
    private var busyUntil: [String: Date] = [:]
    /// The virtual agents this process speaks for (one another process
    /// already plays is left to it).
    private var holds: [String: any PresenceHold] = [:]
    private var lastTouch = Date.distantPast

    public init(store: any FloorStore, generator: CallerGenerator, rate: Double, virtualAgents: Int, talkMean: Double = 90,
                codes: FloorCodes, rules: ComplaintRules) {
        self.store = store
        self.codes = codes
        self.rules = rules
        self.generator = generator
        self.rate = rate
        self.virtualAgents = virtualAgents
        self.talkMean = talkMean
    }

    private var agentIDs: [String] { (0..<virtualAgents).map { String(2001 + $0) } }

    /// Runs until `end`, or until `stop` is set; then signs the virtual agents off.
    public mutating func run(until end: Date?, stop: StopSignal = StopSignal()) throws {
        try startAgents()
        defer { signOffAgents() }
        var nextRing = Date()
        while end.map({ Date() < $0 }) ?? true, !stop.isSet {
            let now = Date()
            if now.timeIntervalSince(lastTouch) >= 5 {
                lastTouch = now
                for hold in holds.values { hold.touch() }
            }
            if now >= nextRing {
                try ringOne()
                nextRing = now.addingTimeInterval(generator.gap(perMinute: rate))
            }
            try store.refresh()
            try abandonImpatient(at: now)
            try stepAgents(at: now)
            let sleep = min(0.25, max(0.01, nextRing.timeIntervalSince(Date())))
            Thread.sleep(forTimeInterval: sleep)
        }
    }

    private mutating func ringOne() throws {
        let caller = generator.next()
        let event = try store.commit(agent: nil) { state, now in
            try Floor.ring(state, customer: caller.customer, reason: caller.reason, category: caller.category, at: now)
        }
        if let id = event.body.callID { patience[id] = event.at.addingTimeInterval(caller.patience) }
    }

    private mutating func abandonImpatient(at now: Date) throws {
        for (id, deadline) in patience where deadline <= now {
            patience[id] = nil
            guard store.state.calls[id]?.state == .waiting else { continue }
            _ = try? store.commit(agent: nil) { state, _ in try Floor.abandon(state, call: id) }
        }
    }

    /// Signs each virtual agent on under the roster's name for its number.
    private mutating func startAgents() throws {
        for id in agentIDs {
            guard let hold = try? store.holdPresence(agent: id) else { continue }
            holds[id] = hold
            try store.signOn(store.roster.person(agent: id, state: store.state), hold: hold)
        }
    }

    private mutating func signOffAgents() {
        for (id, hold) in holds { store.signOff(store.roster.person(agent: id, state: store.state), hold: hold) }
        holds = [:]
    }

    /// Each virtual agent: ready → claim → talk → hang up → wrap up → ready.
    private mutating func stepAgents(at now: Date) throws {
        for id in agentIDs where holds[id] != nil {
            if let until = busyUntil[id], until > now { continue }
            if let call = store.state.callInHand(of: id) {
                if call.state == .talking {
                    _ = try? store.commit(agent: id) { state, _ in try Floor.hangUp(state, call: call.id) }
                    busyUntil[id] = now.addingTimeInterval(generator.talkTime(mean: talkMean / 4))
                } else {
                    let (codes, rules) = (codes, rules)
                    let rolls = (generator.roll(), generator.roll(), generator.roll())
                    _ = try? store.commit(agent: id) { state, now in
                        let facts = VirtualWrapUp.facts(for: call, in: state, codes: codes, silentRoll: rolls.0, resolvedRoll: rolls.1,
                                                        kindRoll: rolls.2)
                        return try WrapUp.complete(state, facts, agent: id, codes: codes, rules: rules, at: now)
                    }
                    busyUntil[id] = now.addingTimeInterval(2)
                }
            } else if store.state.agents[id]?.status == .ready,
                      (try? store.commit(agent: id, { state, now in try Floor.claimNext(state, agent: id, at: now) })) != nil {
                busyUntil[id] = now.addingTimeInterval(generator.talkTime(mean: talkMean))
            }
        }
    }
}

/// Tells a simulator on another thread to stop (the demo's console quit).
public final class StopSignal: Sendable {
    private let flag = Atomic<Bool>(false)
    public init() {}
    public var isSet: Bool { flag.load(ordering: .acquiring) }
    public func set() { flag.store(true, ordering: .releasing) }
}
