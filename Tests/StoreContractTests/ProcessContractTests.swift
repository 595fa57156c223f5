import Foundation
import HelpDeskCore
import Testing
import TestSupport

/// The contract with real `helpdesk` processes, on both backends: sixteen
/// processes claiming at once take each caller exactly once, and a writer
/// killed with SIGKILL at random moments loses nothing it acknowledged.
@Suite("Store contract: real processes", .enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
struct ProcessContractTests {
    /// 64 callers wait; sixteen shell loops run `helpdesk claim` (a fresh
    /// process, and a fresh agent, each time) until the queue is empty.
    @Test(arguments: Backend.allCases)
    func sixteenClaimingProcessesTakeEachCallerExactlyOnce(_ backend: Backend) throws {
        let floor = try backend.freshFloor()
        let store = try backend.open(floor)
        // Each claim names a fresh agent, which only a lead may do.
        try store.saveRoster(
            Roster(entries: [RosterEntry(user: UnixAccount.current, agent: "L1", name: "lead", role: .lead)]))
        let callers = 64
        let rung = try (0..<callers).map { try store.ring("caller \($0)", phone: "\($0)") }
        let children = try (0..<16).map { worker in
            try TestProcess(script: """
                i=0
                while :; do
                  i=$((i + 1))
                  out=$(\(HelpdeskBinary.quoted) --data "$D" claim --agent "A\(worker)-$i" --json 2>&1); rc=$?
                  if [ $rc -eq 0 ]; then printf 'claimed %s\\n' "$out" | tr -d '\\n'; echo; elif [ $rc -eq 3 ]; then exit 0; else echo "$out"; exit 11; fi
                done
                """, environment: ["D": floor])
        }
        var claimed: [String] = []
        for child in children {
            let (output, status) = child.finish()
            #expect(status == 0, "a claiming process failed: \(output)")
            for line in output.split(separator: "\n") where line.hasPrefix("claimed ") {
                let json = try JSONSerialization.jsonObject(with: Data(line.dropFirst(8).utf8)) as? [String: Any]
                claimed.append(try #require(json?["id"] as? String))
            }
        }
        #expect(claimed.count == callers, "every caller was claimed")
        #expect(Set(claimed).count == claimed.count, "a caller was claimed twice")
        #expect(Set(claimed) == Set(rung))
        let events = try backend.open(floor).events(from: nil, to: nil)
        #expect(events.map(\.seq) == Array(1...events.count), "the journal is numbered without gaps")
        let journalClaims = events.compactMap { event -> String? in
            if case .callClaimed(let c) = event.body { return c.call } else { return nil }
        }
        #expect(journalClaims.sorted() == claimed.sorted())
    }

    /// A `ring` loop killed with SIGKILL at a random moment, twenty times:
    /// every id it printed (after `ring` returned, so acknowledged) is on
    /// the floor afterwards, and the floor takes changes again.
    @Test(arguments: Backend.allCases)
    func everyAcknowledgedChangeSurvivesAWriterKilledBySIGKILL(_ backend: Backend) throws {
        let floor = try backend.freshFloor()
        _ = try backend.open(floor)
        var acked: [String] = []
        for round in 0..<20 {
            let life = try KilledWriter.run(round: round, floor: floor)
            #expect(life.killed, "the writer stopped by itself: \(life.output)")
            acked += life.acked
            let missing = Set(acked).subtracting(try backend.open(floor).state.calls.keys)
            #expect(missing.isEmpty, "round \(round): acknowledged but lost: \(missing.sorted())")
        }
        #expect(acked.count >= 20, "the writer was killed before acknowledging enough to prove anything")
        let after = try backend.open(floor)
        try after.ring("after the storm", phone: "0")
        let events = try after.events(from: nil, to: nil)
        #expect(events.map(\.seq) == Array(1...events.count))
    }
}
