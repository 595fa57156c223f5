import Foundation
import HelpDeskCore
import TestSupport
import Testing
@testable import HelpDeskStore

@Suite("Data directory: durability and format")
struct DurabilityTests {
    @Test func changesSurviveReopening() throws {
        let scratch = Scratch()
        // Times on disk keep milliseconds; a whole-second clock compares exactly.
        let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
        let first = try scratch.open(clock: clock)
        let a = try first.ring("王小明", phone: "13800000001")
        let b = try first.ring("Kim Minji", phone: "01012345678", tier: .vip)
        #expect(try first.claim(agent: "1001") == b)

        let reopened = try scratch.open()
        #expect(reopened.state == first.state)
        #expect(reopened.state.calls[a]?.state == .waiting)
        #expect(reopened.state.calls[b]?.agent == "1001")
        #expect(reopened.state.lastSeq == 3)
        #expect(reopened.warnings.isEmpty)
    }

    @Test func eventsAreNumberedAndStampedWithTheUser() throws {
        let scratch = Scratch()
        let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
        let store = try scratch.open(clock: clock)
        try store.ring("A", phone: "1")
        clock.advance(by: 5)
        try store.ring("B", phone: "2")
        let events = try store.events(from: nil, to: nil)
        #expect(events.map(\.seq) == [1, 2])
        #expect(events.map(\.at) == [clock.now().addingTimeInterval(-5), clock.now()])
        #expect(events.allSatisfy { $0.user == store.user && !$0.user.isEmpty })

        let lines = try scratch.read("journal/000001.jsonl").split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"type\":\"call.rung\""))
        #expect(lines[0].contains("\"at\":\"2027-01-15T08:00:00.000Z\""))
    }

    /// A batch large enough to be encoded and read back on several threads
    /// keeps its order, and a bad line among many is still found by number.
    @Test func largeBatchesKeepOrderAndLineNumbers() throws {
        let scratch = Scratch()
        let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000.123))
        let store = try scratch.open(clock: clock)
        let events = try store.commit(agent: nil) { state, now in
            (0..<1_500).map { n in
                .callRung(CallRung(call: Call(id: "C\(n + 1)", customer: Customer(name: "n\(n)", phone: "\(n)"), enqueuedAt: now)))
            }
        }
        #expect(events.map(\.seq) == Array(1...1_500))
        #expect(store.state.callCounter == 1_500)
        #expect(try scratch.open().state == store.state)

        var lines = try scratch.read("journal/000001.jsonl").split(separator: "\n").map(String.init)
        lines[999] = "{\"broken\": true}"
        try scratch.write("journal/000001.jsonl", lines.joined(separator: "\n") + "\n")
        let reopened = try scratch.open()
        #expect(reopened.state.calls.count == 1_499)
        #expect(reopened.state.calls["C1000"] == nil)
        #expect(reopened.warnings.count == 2)
        #expect(reopened.warnings.first?.hasPrefix("journal/000001.jsonl line 1000: missing field") == true)
        #expect(reopened.warnings.last == "journal/000001.jsonl line 1001: event number 1001 follows 999 (1 missing)")
    }

    @Test func aRefusedDecisionWritesNothing() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        #expect(throws: DomainError.queueEmpty) {
            try store.commit(agent: "7") { state, now in try Floor.claimNext(state, agent: "7", at: now) }
        }
        #expect(store.state.lastSeq == 0)
        #expect(try store.events(from: nil, to: nil).isEmpty)
    }

    @Test func anotherProcessChangeArrivesOnRefresh() throws {
        let scratch = Scratch()
        let agent = try scratch.open()
        let pbx = try scratch.open()
        let id = try pbx.ring("Li Lei", phone: "555")
        #expect(agent.state.calls[id] == nil)
        let fresh = try agent.refresh()
        #expect(fresh.map(\.seq) == [1])
        #expect(agent.state.calls[id]?.customer.name == "Li Lei")
        #expect(try agent.refresh().isEmpty)
    }

    @Test func filesAreTheOwnersAlone() throws {
        let scratch = Scratch()
        let previous = umask(0)
        defer { umask(previous) }
        let store = try scratch.open()
        try store.ring("A", phone: "1")
        #expect(fileMode(scratch.path) == 0o700)
        #expect(fileMode(scratch.file("journal")) == 0o700)
        #expect(fileMode(scratch.file("lock")) == 0o600)
        #expect(fileMode(scratch.file("journal/000001.jsonl")) == 0o600)
    }

    @Test func aSharedFloorBelongsToOneGroup() throws {
        let scratch = Scratch()
        guard let group = getgrgid(getegid()) else { return }
        let name = String(cString: group.pointee.gr_name)
        let store = try DataDirectoryStore(path: scratch.path, options: .init(group: name))
        try store.ring("A", phone: "1")
        try store.updateDispatches { $0.set(DispatchVolume(branch: "北京", month: "2026-09", dispatches: 10)) }
        #expect(fileMode(scratch.path) == 0o2770)
        #expect(fileMode(scratch.file("journal/000001.jsonl")) == 0o660)
        #expect(fileMode(scratch.file("dispatches.json")) == 0o660)
        // The same, set by a `group` file in the directory.
        let configured = Scratch()
        try FileManager.default.createDirectory(atPath: configured.path, withIntermediateDirectories: true)
        try configured.write("group", name + "\n")
        try DataDirectoryStore(path: configured.path).ring("B", phone: "2")
        #expect(fileMode(configured.file("journal")) == 0o2770)
        #expect(fileMode(configured.file("journal/000001.jsonl")) == 0o660)
        #expect(throws: StoreError.unknownGroup("no-such-group-x")) {
            try DataDirectoryStore(path: Scratch().path, options: .init(group: "no-such-group-x"))
        }
    }

    @Test func defaultPathHonoursOverrides() {
        #expect(DataDirectoryStore.defaultPath(environment: ["HELPDESK_DATA": "/srv/floor", "XDG_DATA_HOME": "/x"]) == "/srv/floor")
        #expect(DataDirectoryStore.defaultPath(environment: ["XDG_DATA_HOME": "/x", "HOME": "/home/a"]) == "/x/helpdesk")
        #expect(DataDirectoryStore.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/helpdesk")
    }

    @Test func rosterRoundTrips() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        #expect(store.roster.entries.isEmpty)
        let roster = Roster(entries: [RosterEntry(user: "mli", agent: "1001", name: "李明", role: .lead)])
        try store.saveRoster(roster)
        #expect(try scratch.open().roster == roster)
        #expect(try scratch.read("roster.json").contains("\"agent\" : \"1001\""))
    }

    @Test func theLocalDiskIsAccepted() throws {
        #expect(LocalFileSystemCheck.fileSystemType(of: "/proc") == "proc")
        #expect(LocalFileSystemCheck.fileSystemType(of: "/proc/self") == "proc")
        #expect(LocalFileSystemCheck.fileSystemType(of: NSTemporaryDirectory()) != nil)
        #expect(LocalFileSystemCheck.networkTypes.contains("nfs4"))
        #expect(LocalFileSystemCheck.magic(of: "/proc") == 0x9FA0, "statfs reads the type: PROC_SUPER_MAGIC")
        #expect(LocalFileSystemCheck.networkKind(of: "/proc") == nil)
        #expect(LocalFileSystemCheck.networkKind(of: NSTemporaryDirectory()) == nil)
        #expect(LocalFileSystemCheck.networkKind(of: "/no/such/path") == nil)
    }

    /// The magic numbers refuse what the mount table's names did: each names a
    /// refused type, and every refused type but NFS 4 (NFS's magic) and
    /// fuse.sshfs (FUSE's, told apart by the mount table) has one.
    @Test func everyNetworkFileSystemHasItsMagicNumber() {
        let named = Set(LocalFileSystemCheck.networkMagics.compactMap { LocalFileSystemCheck.networkKind(magic: $0) })
        #expect(named.isSubset(of: LocalFileSystemCheck.networkTypes))
        #expect(LocalFileSystemCheck.networkTypes.subtracting(named) == ["nfs4", "fuse.sshfs"])
        #expect(LocalFileSystemCheck.networkKind(magic: 0x6969) == "nfs")
        #expect(LocalFileSystemCheck.networkKind(magic: 0xEF53) == nil, "ext4 is local")
        #expect(LocalFileSystemCheck.networkKind(magic: LocalFileSystemCheck.fuseMagic) == nil, "FUSE alone is not refused")
    }
}
