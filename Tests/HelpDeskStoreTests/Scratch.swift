import Foundation
import HelpDeskCore
@testable import HelpDeskStore

/// A fresh data directory under the system temp folder, removed when the
/// test ends (the data it holds is the test's business only).
final class Scratch: Sendable {
    let path: String

    init() {
        let template = NSTemporaryDirectory() + "helpdesk-store-XXXXXX"
        var bytes = Array(template.utf8CString)
        path = bytes.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) } + "/data"
    }

    deinit { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }

    func open(clock: any Clock = SystemClock(), segmentLimit: Int = DataDirectoryStore.Options().segmentLimit) throws -> DataDirectoryStore {
        try DataDirectoryStore(path: path, clock: clock, options: .init(segmentLimit: segmentLimit))
    }

    func file(_ relative: String) -> String { path + "/" + relative }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: file(relative), encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: file(relative), atomically: false, encoding: .utf8)
    }
}

/// The floor operations the tests drive, as the CLI does.
extension DataDirectoryStore {
    @discardableResult
    func ring(_ name: String, phone: String, tier: Tier = .regular) throws -> String {
        let event = try commit(agent: nil) { state, now in
            try Floor.ring(state, customer: Customer(name: name, phone: phone, tier: tier), at: now)
        }
        guard case .callRung(let rung) = event.body else { throw DomainError.unknownCall("?") }
        return rung.call.id
    }

    /// Claims the head of the queue, or nil when it is empty.
    func claim(agent: String) throws -> String? {
        do {
            return try commit(agent: agent) { state, now in try Floor.claimNext(state, agent: agent, at: now) }.body.callID
        } catch DomainError.queueEmpty {
            return nil
        }
    }

    /// Takes a call through wrap-up to done.
    func finish(_ call: String, agent: String) throws {
        try commit(agent: agent) { state, _ in try Floor.hangUp(state, call: call) }
        try commit(agent: agent) { state, _ in
            try Floor.complete(state, call: call, agent: agent, category: .inquiry, disposition: "answered", notes: nil)
        }
    }
}

func fileMode(_ path: String) -> mode_t {
    var info = stat()
    stat(path, &info)
    return info.st_mode & 0o7777
}
