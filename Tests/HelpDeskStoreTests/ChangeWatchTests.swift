import Foundation
import HelpDeskCore
import TestSupport
import Testing
@testable import HelpDeskStore

@Suite("Data directory: live change notification")
struct ChangeWatchTests {
    @Test func anAppendWakesTheWatcher() throws {
        let scratch = Scratch()
        let wallboard = try scratch.open()
        let pbx = try scratch.open()
        #expect(wallboard.changeDescriptor >= 0)
        #expect(!wallboard.waitForChange(timeout: .milliseconds(50)))

        let started = Date()
        let writer = Thread { _ = try? pbx.ring("Zhang", phone: "86") }
        writer.start()
        #expect(wallboard.waitForChange(timeout: .seconds(5)))
        #expect(Date().timeIntervalSince(started) < 2)
        // The wakeup may come on the first bytes; refresh until the line is whole.
        var fresh: [Event] = []
        for _ in 0..<100 where fresh.isEmpty {
            fresh = try wallboard.refresh()
            if fresh.isEmpty { _ = wallboard.waitForChange(timeout: .milliseconds(20)) }
        }
        #expect(fresh.count == 1)
        #expect(!wallboard.waitForChange(timeout: .milliseconds(50)))
    }

    /// A console asks for the descriptor only when it starts polling; a
    /// change between opening and that moment must still wake it.
    @Test func aChangeBeforeTheFirstPollStillWakesTheDescriptor() throws {
        let scratch = Scratch()
        let console = try scratch.open()
        try scratch.open().ring("Choi", phone: "82")
        var entry = pollfd(fd: console.changeDescriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&entry, 1, 1_000) == 1)
        #expect(try console.refresh().count == 1)
        entry.revents = 0
        #expect(poll(&entry, 1, 0) == 0) // drained by refresh
    }

    @Test func unreadLinesCountAsAChange() throws {
        let scratch = Scratch()
        let reader = try scratch.open()
        try scratch.open().ring("Park", phone: "82")
        #expect(reader.waitForChange(timeout: .zero))
        try reader.refresh()
        #expect(reader.state.calls.count == 1)
    }
}
