import Foundation
import HelpDeskCore
import HelpDeskStore
import Testing
import TestSupport

/// `helpdesk store copy` moves a floor between the backends, events and
/// all: every report, the journal, the queue, the dispatch volumes and the
/// drafts read the same from the copy as from the source, in both
/// directions (a data directory → PostgreSQL → a second data directory).
@Suite("store copy")
struct FloorCopyTests {
    private static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/samples")

    /// The sample floor of Resources/samples (three months of calls,
    /// complaints, follow-ups, pauses and dispatch volumes), a caller still
    /// waiting, a roster and a draft, in a fresh data directory.
    private func sampleFloor() throws -> String {
        let path = NSTemporaryDirectory() + "helpdesk-copy-\(UUID().uuidString)"
        let store = try DataDirectoryStore(path: path)
        try store.importJournal { put in
            try EventLines.forEach(inFile: Self.samples.appendingPathComponent("events.jsonl").path, put)
        }
        try store.ring("김민준", phone: "01012345678")
        try store.saveRoster(Roster(entries: [RosterEntry(user: "mli", agent: "A01", name: "李明", role: .lead, team: "一组")]))
        let sheet = try String(contentsOf: Self.samples.appendingPathComponent("dispatches.csv"), encoding: .utf8)
        try store.updateDispatches { $0 = DispatchVolumes(volumes: try DispatchVolumes.parseCSV(sheet)) }
        try store.saveDraft(Data(#"{"product":"冰箱"}"#.utf8), agent: "A01")
        try store.restoreOverrideFiles([OverrideFile(folder: .phrases, name: "local.json", data: Data(Self.override.utf8))])
        return path
    }

    /// A lead's phrase rule, kept beside the floor.
    private static let override = #"{"rules": [{"id": "zh.local", "phrases": ["没办法"], "language": "zh-Hans"}]}"#

    /// What a lead and a PBX read from a floor: every report of each month
    /// as JSON and CSV, the whole journal, the queue and the volumes.
    private func readings(of floor: String) throws -> [String: String] {
        let binary = try #require(HelpdeskBinary.path)
        var seen: [String: String] = [:]
        for month in ["2026-09", "2026-10", "2026-11"] {
            for format in ["--json", "--csv"] {
                seen["report \(month) \(format)"] = try TestProcess.run(
                    binary, ["report", "all", "--month", month, "--time-zone", "UTC", format, "--data", floor])
            }
        }
        seen["events"] = try TestProcess.run(binary, ["events", "--data", floor])
        // How long the caller has waited grows while the test runs; who waits, where and since when must not change.
        seen["queue"] = try TestProcess.run(binary, ["queue", "--json", "--data", floor])
            .replacingOccurrences(of: #""waitSeconds":[0-9]+"#, with: "", options: .regularExpression)
        seen["dispatches"] = try TestProcess.run(binary, ["dispatches", "list", "--json", "--data", floor])
        return seen
    }

    private func copy(_ from: String, _ to: String) throws -> (output: String, status: Int32) {
        try TestProcess(script: "\(HelpdeskBinary.quoted) store copy --from \"$F\" --to \"$T\" 2>&1", environment: ["F": from, "T": to]).finish()
    }

    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func reportsAreTheSameAfterCopyingToPostgresAndBack() throws {
        let source = try sampleFloor()
        let database = try PostgresTestServer.freshDatabase()
        let back = NSTemporaryDirectory() + "helpdesk-copy-back-\(UUID().uuidString)"

        let there = try copy(source, database)
        #expect(there.status == 0, "\(there.output)")
        #expect(there.output.contains("copied 6840 events, 1 roster entries, 8 dispatch volumes, 1 drafts, 1 script and phrase overrides"), "\(there.output)")
        let home = try copy(database, back)
        #expect(home.status == 0, "\(home.output)")

        let original = try readings(of: source)
        #expect(original["events"]?.split(separator: "\n").count == 6840)
        #expect(original["report 2026-10 --json"]?.contains("\"structure\"") == true, "\(original["report 2026-10 --json"] ?? "")")
        for (name, floor) in [("PostgreSQL", database), ("the copy back", back)] {
            let copied = try readings(of: floor)
            for key in original.keys.sorted() {
                #expect(copied[key] == original[key], "\(key) differs on \(name)")
            }
        }
        let returned = try DataDirectoryStore(path: back)
        #expect(try returned.loadDraft(agent: "A01") == Data(#"{"product":"冰箱"}"#.utf8))
        #expect(returned.roster.entries.map(\.user) == ["mli"])
        #expect(try returned.overrideFiles() == [OverrideFile(folder: .phrases, name: "local.json", data: Data(Self.override.utf8))])
        #expect(returned.overrides().phrases.count == 1, "the console reads the override copied back")
        #expect(try returned.history(phone: "01012345678", limit: 5).count == 1, "the waiting caller is live on the copy")
    }

    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func aTargetThatHoldsAnythingIsRefusedAndKeepsWhatItHeld() throws {
        let source = try sampleFloor()
        let used = NSTemporaryDirectory() + "helpdesk-copy-used-\(UUID().uuidString)"
        try DataDirectoryStore(path: used).ring("张伟", phone: "13800000001")
        let refused = try copy(source, used)
        #expect(refused.status == 1)
        #expect(refused.output.contains("refused: the target floor \(used) is not empty (it holds 1 events)"), "\(refused.output)")
        #expect(try DataDirectoryStore(path: used).events(from: nil, to: nil).count == 1)

        let database = try PostgresTestServer.freshDatabase()
        #expect(try copy(source, database).status == 0)
        let again = try copy(source, database)
        #expect(again.status == 1)
        #expect(again.output.contains("is not empty (it holds 6840 events, a roster, dispatch volumes, drafts, overrides)"), "\(again.output)")

        let missing = try copy(NSTemporaryDirectory() + "no-such-floor-\(UUID().uuidString)", used)
        #expect(missing.status == 64)
        #expect(missing.output.contains("there is no data directory there; nothing was copied"), "\(missing.output)")
    }

    @Test func aJournalWithAGapIsNotImportedPastIt() throws {
        let store = try DataDirectoryStore(path: NSTemporaryDirectory() + "helpdesk-copy-gap-\(UUID().uuidString)")
        let first = Event(seq: 1, at: Date(timeIntervalSince1970: 1_790_000_000), agent: nil, user: "pbx",
                          body: .callRung(CallRung(call: Call(id: "C1", customer: Customer(name: "张伟", phone: "1"),
                                                                  enqueuedAt: Date(timeIntervalSince1970: 1_790_000_000)))))
        var third = first
        third.seq = 3
        #expect(throws: JournalImportError(expected: 2, found: 3)) {
            try store.importJournal { put in
                try put(first)
                try put(third)
            }
        }
    }
}
