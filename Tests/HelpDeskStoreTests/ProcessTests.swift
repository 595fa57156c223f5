import Foundation
import TestSupport
import HelpDeskCore
import Testing
@testable import HelpDeskStore

/// Real processes of the real `helpdesk` command against one directory.
@Suite("Data directory: many processes", .enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
struct ProcessTests {
    /// Eight processes ring and claim at once, each claim a fresh
    /// `helpdesk` process. Afterwards every call was claimed exactly once or
    /// is still waiting, and the journal has every event, numbered without gaps.
    @Test func eightProcessesRingAndClaimExactlyOnce() throws {
        let scratch = Scratch()
        let workers = 8, rounds = 6
        // Each claim names a fresh agent, which only a lead may do.
        try scratch.open().saveRoster(Roster(entries: [RosterEntry(user: UnixAccount.current, agent: "L1", name: "lead", role: .lead)]))
        let children = try (0..<workers).map { worker in
            try TestProcess(script: """
                for i in $(seq 1 \(rounds)); do
                  id=$(\(HelpdeskBinary.quoted) --data "$D" ring --name "worker \(worker) caller $i" --phone "\(worker)-$i") || exit 10
                  echo "rung $id"
                  out=$(\(HelpdeskBinary.quoted) --data "$D" claim --agent "A\(worker)-$i" --json); rc=$?
                  if [ $rc -eq 0 ]; then printf 'claimed %s\\n' "$out" | tr -d '\\n'; echo; elif [ $rc -eq 3 ]; then echo empty; else exit 11; fi
                done
                """, environment: ["D": scratch.path])
        }
        var rung: [String] = [], claimed: [String] = []
        for child in children {
            let (output, status) = child.finish()
            #expect(status == 0, "worker failed: \(output)")
            for line in output.split(separator: "\n") {
                if line.hasPrefix("rung ") { rung.append(String(line.dropFirst(5))) }
                if line.hasPrefix("claimed ") {
                    let json = try JSONSerialization.jsonObject(with: Data(line.dropFirst(8).utf8)) as? [String: Any]
                    claimed.append(try #require(json?["id"] as? String))
                }
            }
        }
        #expect(rung.count == workers * rounds)
        #expect(Set(rung).count == rung.count)
        #expect(Set(claimed).count == claimed.count, "a caller was claimed twice")

        let store = try scratch.open()
        #expect(store.warnings.isEmpty)
        let waiting = store.state.calls.values.filter { $0.state == .waiting }.map(\.id)
        #expect(Set(claimed).isDisjoint(with: waiting))
        #expect(Set(claimed).union(waiting) == Set(rung), "a caller was lost")
        let events = try store.events(from: nil, to: nil)
        #expect(events.map(\.seq) == Array(1...events.count))
        let journalClaims = events.compactMap { event -> String? in
            if case .callClaimed(let c) = event.body { return c.call } else { return nil }
        }
        #expect(journalClaims.sorted() == claimed.sorted())
    }

    /// Eight processes opening a directory that does not exist yet, at the
    /// same instant: all succeed, each caller gets its own id.
    @Test func processesStartingOnAnEmptyDirectoryAllSucceed() throws {
        let scratch = Scratch()
        let children = try (0..<8).map { n in
            try TestProcess(script: "exec \(HelpdeskBinary.quoted) --data \"$D\" ring --name 'first \(n)' --phone \(n)",
                             environment: ["D": scratch.path])
        }
        let ids = children.map { $0.finish() }.map { result in
            #expect(result.status == 0)
            return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(Set(ids).count == 8)
        #expect(try scratch.open().state.calls.keys.sorted() == ids.sorted())
    }

    /// A writer killed with SIGKILL at random moments, forty times: after
    /// every kill the directory opens and every change the writer
    /// acknowledged (printed after `ring` returned) is there.
    @Test func everyAcknowledgedChangeSurvivesSIGKILL() throws {
        let scratch = Scratch()
        var acked: [String] = []
        for round in 0..<40 {
            let life = try KilledWriter.run(round: round, floor: scratch.path)
            #expect(life.killed, "the writer stopped by itself: \(life.output)")
            acked += life.acked

            let store = try scratch.open()
            let missing = Set(acked).subtracting(store.state.calls.keys)
            #expect(missing.isEmpty, "round \(round): acknowledged but lost: \(missing.sorted())")
            #expect(store.warnings.allSatisfy { $0.contains("unfinished write") }, "\(store.warnings)")
        }
        #expect(acked.count >= 20, "the writer was killed before acknowledging enough to prove anything")
        let final = try scratch.open()
        try final.ring("after the storm", phone: "0")
        let events = try final.events(from: nil, to: nil)
        #expect(events.map(\.seq) == Array(1...events.count))
    }
}
