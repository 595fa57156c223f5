import Foundation
import HelpDeskCore
import Testing
@testable import HelpDeskStore

/// The descriptors a store holds belong to it alone: none leaks into a child
/// process (every one is close-on-exec), and none is closed twice, which
/// would close whatever another thread had opened under the same number
/// meanwhile (the EBADF once seen on roster.json in the SIGKILL test).
struct DescriptorTests {
    /// The descriptors of this process open on something under `folder`.
    private func descriptors(under folder: String) -> [(fd: Int32, target: String)] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return entries.compactMap { entry in
            guard let fd = Int32(entry),
                  let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(entry)"),
                  target == folder || target.hasPrefix(folder + "/") else { return nil }
            return (fd, target)
        }
    }

    @Test func everyDescriptorOfAStoreIsCloseOnExec() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        try store.ring("A", phone: "1")
        try store.saveRoster(Roster(entries: [RosterEntry(user: "wang", agent: "1001", name: "王芳")]))
        let hold = try store.holdPresence(agent: "1001")
        defer { hold.release() }
        #expect(store.changeDescriptor >= 0)
        let held = descriptors(under: URL(fileURLWithPath: scratch.path).resolvingSymlinksInPath().path)
        #expect(held.count >= 3, "the root, the lock and a journal segment at least: \(held)")
        for (fd, target) in held {
            #expect(fcntl(fd, F_GETFD) & FD_CLOEXEC != 0, "\(target) (descriptor \(fd)) would pass to every child")
        }
    }

    @Test func aClosedStoreLeavesNoDescriptorOpen() throws {
        let scratch = Scratch()
        let folder = URL(fileURLWithPath: scratch.path).deletingLastPathComponent().resolvingSymlinksInPath().path
        do {
            let store = try scratch.open()
            try store.ring("A", phone: "1")
            _ = try store.loadRoster()
            _ = store.changeDescriptor
        }
        #expect(descriptors(under: folder).isEmpty)
    }
}
