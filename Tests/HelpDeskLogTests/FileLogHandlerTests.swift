import Foundation
import Glibc
import HelpDeskLog
import Logging
import Synchronization
import Testing

@Suite struct FileLogHandlerTests {
    private func scratch() -> String {
        let dir = NSTemporaryDirectory() + "helpdesk-log-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func linesGoToAnOwnerOnlyFileAndWarningsToTheBoard() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let board = NoticeBoard()
        let path = dir + "/state/helpdesk/helpdesk.log"
        let logger = Logger(label: "test") { FileLogHandler(label: $0, sink: LogFile(path: path), board: board) }
        logger.info("store opened")
        #expect(board.current == nil, "info is for the file only")
        logger.warning("compaction postponed: disk full")
        logger.error("live updates fall back to polling")
        #expect(board.current?.count == 2)
        #expect(board.current?.text == "live updates fall back to polling")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("info test: store opened\n"))
        #expect(text.contains("warning test: compaction postponed: disk full\n"))
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    /// A planted symlink is not followed: the log never writes into a file
    /// someone else chose.
    @Test func aSymlinkInPlaceOfTheLogIsNotFollowed() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/victim"
        FileManager.default.createFile(atPath: target, contents: Data("untouched".utf8))
        #expect(symlink(target, dir + "/helpdesk.log") == 0)
        let logger = Logger(label: "test") { FileLogHandler(label: $0, sink: LogFile(path: dir + "/helpdesk.log"), board: NoticeBoard()) }
        logger.warning("should not land in the victim")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "untouched")
    }

    /// A hook that logs nothing never works out where the log is.
    @Test func thePathIsWorkedOutOnTheFirstMessageOnly() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let asked = Mutex(0)
        let file = LogFile { asked.withLock { $0 += 1 }; return dir + "/helpdesk.log" }
        let logger = Logger(label: "test") { FileLogHandler(label: $0, sink: file, board: NoticeBoard()) }
        #expect(asked.withLock { $0 } == 0)
        logger.info("one")
        logger.info("two")
        #expect(asked.withLock { $0 } == 1)
    }

    @Test func thePathIsTheUsersStateNotTheDataDirectory() {
        #expect(LogFile.defaultPath(environment: [:], home: "/home/wang") == "/home/wang/.local/state/helpdesk/helpdesk.log")
        #expect(LogFile.defaultPath(environment: ["XDG_STATE_HOME": "/var/st"], home: "/h") == "/var/st/helpdesk/helpdesk.log")
        #expect(LogFile.defaultPath(environment: ["XDG_STATE_HOME": "rel"], home: "/h") == "/h/.local/state/helpdesk/helpdesk.log")
    }
}
