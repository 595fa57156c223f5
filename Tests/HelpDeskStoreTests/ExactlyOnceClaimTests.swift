import Foundation
import HelpDeskCore
import TestSupport
import Testing
@testable import HelpDeskStore

@Suite("Data directory: exactly-once claim across threads")
struct ExactlyOnceClaimTests {
    /// Sixteen threads, each with its own store (its own open file
    /// description, so `flock` excludes them as it would processes), ring
    /// and claim at once. Every call must be claimed by exactly one agent.
    @Test func concurrentClaimsNeverShareACaller() async throws {
        let scratch = Scratch()
        _ = try scratch.open()
        let workers = 16, callsEach = 15
        let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    let store = try scratch.open()
                    var mine: [String] = []
                    for n in 0..<callsEach {
                        try store.ring("caller \(worker)-\(n)", phone: "\(worker)\(n)")
                        if let id = try store.claim(agent: "A\(worker)") {
                            mine.append(id)
                            try store.finish(id, agent: "A\(worker)")
                        }
                    }
                    while let id = try store.claim(agent: "A\(worker)") {
                        mine.append(id)
                        try store.finish(id, agent: "A\(worker)")
                    }
                    return mine
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(claimed.count == workers * callsEach)
        #expect(Set(claimed).count == claimed.count)

        let final = try scratch.open()
        let events = try final.events(from: nil, to: nil)
        #expect(events.map(\.seq) == Array(1...events.count))
        let claims = events.compactMap { event -> String? in
            if case .callClaimed(let c) = event.body { return c.call } else { return nil }
        }
        #expect(claims.sorted() == claimed.sorted())
        #expect(final.state.calls.isEmpty)
    }
}
