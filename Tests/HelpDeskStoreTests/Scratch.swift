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

func fileMode(_ path: String) -> mode_t {
    var info = stat()
    stat(path, &info)
    return info.st_mode & 0o7777
}
