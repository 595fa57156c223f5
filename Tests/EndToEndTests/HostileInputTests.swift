import Foundation
import TestSupport
import Testing

/// Hostile values on the command line and in the files it reads: each is
/// refused with one line naming it and exit 64 (a file: exit 4), never a
/// Swift trap (exit 132), and nothing already saved is lost.
@Suite(.enabled(if: HelpdeskBinary.path != nil, "needs the built helpdesk binary"))
struct HostileInputTests {
    let floor = E2EFloor()

    /// The account running the tests leads the floor as agent 1001, so the
    /// refusals tested are those of the input, not of the role.
    init() throws {
        try floor.writeRoster([(account: UnixAccount.current, agent: "1001", name: "王芳", role: "lead")])
    }

    /// Runs the binary on the floor; standard error and output together, and the exit status.
    func run(_ arguments: [String]) throws -> (output: String, status: Int32) {
        let quoted = (["--data", floor.data] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let result = try TestProcess(script: "exec \(HelpdeskBinary.quoted) \(quoted.joined(separator: " ")) 2>&1").finish()
        return (result.output.trimmingCharacters(in: .newlines), result.status)
    }

    /// Exit 64 with exactly one line that names `option`.
    func expectRefused(_ arguments: [String], naming option: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (output, status) = try run(arguments)
        #expect(status == 64, "\(arguments): exit \(status): \(output)", sourceLocation: sourceLocation)
        #expect(!output.contains("\n"), "\(arguments): more than one line: \(output)", sourceLocation: sourceLocation)
        #expect(output.contains(option), "\(arguments): \(output)", sourceLocation: sourceLocation)
        #expect(!output.contains("\u{1B}"), "\(arguments): an escape reached the terminal", sourceLocation: sourceLocation)
    }

    /// A data directory, a report file and a floor named without a slash
    /// (in the current folder) are used as named: Foundation's
    /// `deletingLastPathComponent` trapped on such a path (exit 132).
    @Test func pathsWithoutASlashAreUsedNotTrappedOn() throws {
        let folder = NSTemporaryDirectory() + "helpdesk-bare-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try TestProcess(script: """
            cd '\(folder)' && \(HelpdeskBinary.quoted) ring --data floor --name 张伟 --phone 13800000001 2>&1 && \
            \(HelpdeskBinary.quoted) report service --data floor --month 2026-11 --html out.html 2>&1
            """).finish()
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("C1"), "\(result.output)")
        #expect(FileManager.default.fileExists(atPath: folder + "/floor/journal"))
        #expect(FileManager.default.fileExists(atPath: folder + "/out.html"))
    }

    /// A value the argument parser itself rejects is quoted in its message
    /// as typed; an escape in it is shown as ^[, never sent to the terminal.
    @Test func aValueTheParserRejectsIsQuotedWithoutItsEscapes() throws {
        for arguments in [["wrapup", "C1", "--disposition", "answered", "--kind", "\u{1B}[2J"],
                          ["report", "\u{1B}]0;pwned\u{07}"]] {
            let (output, status) = try run(arguments)
            #expect(status == 64, "\(arguments): exit \(status): \(output)")
            #expect(output.contains("^[") && !output.contains("\u{1B}") && !output.contains("\u{07}"), "\(output)")
        }
    }

    /// A file named on the command line that is a FIFO is refused at once
    /// (reading it would wait for a writer), naming it; a name holding an
    /// escape is shown with ^[.
    @Test func aFileNamedOnTheCommandLineMustBeARegularFile() throws {
        let fifo = floor.data + "-sheet-\u{1B}[2J.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        for arguments in [["dispatches", "import", fifo], ["lint", fifo], ["report", "branches", "--dispatches", fifo]] {
            let (output, status) = try run(arguments)
            #expect(status != 0 && output.contains("it is not a regular file"), "\(arguments): exit \(status): \(output)")
            #expect(output.contains("^[[2J") && !output.contains("\u{1B}"), "\(output)")
        }
    }

    @Test func thresholdsThatAreNotFiniteOrSaneAreRefused() throws {
        for value in ["nan", "inf", "1e300", "0"] {
            try expectRefused(["report", "service", "--month", "2026-11", "--threshold", value], naming: "--threshold")
        }
        try expectRefused(["report", "service", "--month", "2026-11", "--short-abandon", "nan"], naming: "--short-abandon")
        #expect(try run(["report", "service", "--month", "2026-11", "--threshold", "20"]).status == 0)
    }

    @Test func promisesAndDueTimesPastTheYear9999AreRefused() throws {
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001")
        try expectRefused(["complaint", "new", "--agent", "1001", "--phone", "13800000001", "--name", "张伟", "--category", "other",
                           "--key-points", "k", "--promise", "999999999999d"], naming: "--promise")
        try expectRefused(["followup", "new", "--agent", "1001", "--phone", "13800000001", "--purpose", "p",
                           "--due", "9999999999999d"], naming: "--due")
        try expectRefused(["callback", "C1", "--at", "99999999999999m"], naming: "--at")
        #expect(try floor.cli("followup", "list") == "")
        let filed = try run(["complaint", "new", "--agent", "1001", "--phone", "13800000001", "--name", "张伟", "--category", "other",
                             "--key-points", "k", "--promise", "9999-12-31T23:59:00Z", "--promise-reason", "the edge of the calendar"])
        #expect(filed == ("T1", 0))
        #expect(try floor.cli("complaint", "show", "T1").contains("promised by     10000-01-01 07:59"))   // Shanghai time
    }

    @Test func aDispatchCountThatWouldOverflowIsRefusedAndABadFileNeverTraps() throws {
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001")
        try expectRefused(["dispatches", "add", "--branch", "北京", "--month", "2026-11", "--count", "9223372036854775807"],
                          naming: "dispatches")
        #expect(try run(["report", "branches", "--month", "2026-11"]).status == 0)
        try #"{"version":1,"volumes":[{"branch":"北京","month":"2026-11","dispatches":9223372036854775807}]}"#
            .write(toFile: floor.data + "/dispatches.json", atomically: true, encoding: .utf8)
        let report = try run(["report", "branches", "--month", "2026-11"])
        #expect(report.status == 4, "\(report.output)")
        #expect(report.output.contains("dispatches.json"))
    }

    @Test func anImportWithAnExtraColumnNamesTheLine() throws {
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001")
        let sheet = floor.data + "/sheet.csv"
        try "branch,month,dispatches\n北京,2026-11,100\n上海,2026-11,200,9\n".write(toFile: sheet, atomically: true, encoding: .utf8)
        try expectRefused(["dispatches", "import", sheet], naming: "line 3")
        #expect(try floor.cli("dispatches", "list").contains("北京") == false)
    }

    @Test func identifiersThatAreEmptyHugeControlOrPathsAreRefused() throws {
        let huge = String(repeating: "1", count: 100_000)
        for agent in ["", huge, "10\u{1B}[2J01", "../1001"] {
            try expectRefused(["claim", "--agent", agent], naming: "--agent")
            try expectRefused(["agent", agent, "--state", "ready"], naming: "agent")
            try expectRefused(["complaint", "list", "--escalated-to", agent], naming: "--escalated-to")
        }
        try expectRefused(["followup", "new", "--agent", "1001", "--phone", "1", "--purpose", "p", "--script", "../../etc/passwd"],
                          naming: "--script")
        try expectRefused(["scripts", "show", "../scripts/opening"], naming: "script name")
        try expectRefused(["hangup", "C1\u{7}"], naming: "call id")
        try expectRefused(["complaint", "show", "T1\u{1B}]0;owned\u{7}"], naming: "complaint id")
        for action in [["done", "F1\u{1B}[2J", "--outcome", "ok"], ["reschedule", "F1\u{1B}[2J", "--at", "+1h"], ["cancel", "F1\u{1B}[2J"]] {
            try expectRefused(["followup"] + action, naming: "follow-up id")
        }
        #expect(try run(["claim", "--agent", "1001"]).status == 3)
    }
}
