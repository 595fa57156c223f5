import Foundation
import TestSupport
import Testing
@testable import HelpDeskStore

/// The command line over the store: `store check` and `store repair`, and
/// files whose modes must not come from the umask (a shell with `umask 000`).
@Suite("helpdesk store, and modes under umask 000", .enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
struct StoreCommandTests {
    /// Runs a shell script with `$H` the helpdesk binary and `$D` the data directory; output includes stderr.
    func run(_ script: String, data: String) throws -> (output: String, status: Int32) {
        try TestProcess(script: "exec 2>&1; umask 000; " + script, environment: ["H": HelpdeskBinary.path!, "D": data]).finish()
    }

    @Test func checkSaysHealthyOrNamesTheProblemAndRepairMendsIt() throws {
        let scratch = Scratch()
        let rung = try run(#""$H" --data "$D" ring --name A --phone 1 && "$H" --data "$D" store check"#, data: scratch.path)
        #expect(rung.status == 0)
        #expect(rung.output.hasSuffix("healthy\n"), "\(rung.output)")

        #expect(link(scratch.file("journal/000001.jsonl"), scratch.file("journal/000002.jsonl")) == 0)
        let ring = try run(#""$H" --data "$D" ring --name B --phone 2"#, data: scratch.path)
        #expect(ring.status == 4)
        #expect(ring.output.contains("the journal is inconsistent, so nothing was saved"), "\(ring.output)")
        let check = try run(#""$H" --data "$D" store check"#, data: scratch.path)
        #expect(check.status == 1)
        #expect(check.output.contains("problem: journal/000002.jsonl: it is the same file as journal/000001.jsonl"), "\(check.output)")

        let repair = try run(#""$H" --data "$D" store repair && "$H" --data "$D" store check && "$H" --data "$D" ring --name B --phone 2"#,
                             data: scratch.path)
        #expect(repair.status == 0, "\(repair.output)")
        #expect(repair.output.contains("moved journal/000002.jsonl to quarantine/journal-000002.jsonl.repair-"))
        #expect(repair.output.hasSuffix("C2\n"))
    }

    /// Parent folders `--data` creates are 0700 and files are the floor's
    /// mode, whatever the umask; `report --html` writes an owner-only file.
    @Test func modesDoNotComeFromTheUmask() throws {
        let scratch = Scratch()
        let base = (scratch.path as NSString).deletingLastPathComponent
        let data = base + "/a/b/floor"
        let sheet = base + "/sheet.csv"
        let html = base + "/report.html"
        chmod(base, 0o755) // an ordinary folder: the report's mode must not follow it
        try "branch,month,dispatches\n北京,2026-09,1200\n".write(toFile: sheet, atomically: false, encoding: .utf8)
        // The floor is made by a `ring`; dispatch volumes need a lead in the roster.
        #expect(try run(#""$H" --data "$D" ring --name A --phone 1"#, data: data).status == 0)
        let me = String(cString: getpwuid(getuid())!.pointee.pw_name)
        try #"[{"user": "\#(me)", "agent": "9001", "name": "Lead", "role": "lead"}]"#.write(toFile: data + "/roster.json", atomically: false, encoding: .utf8)
        let result = try run("""
            "$H" --data "$D" dispatches import "\(sheet)" && "$H" --data "$D" dispatches add --branch 上海 --month 2026-09 --count 7 \
              && "$H" --data "$D" report branches --month 2026-09 --html "\(html)"
            """, data: data)
        #expect(result.status == 0, "\(result.output)")
        #expect(fileMode(base + "/a") == 0o700)
        #expect(fileMode(base + "/a/b") == 0o700)
        #expect(fileMode(data) == 0o700)
        #expect(fileMode(data + "/lock") == 0o600)
        #expect(fileMode(data + "/dispatches.json") == 0o600)
        #expect(fileMode(html) == 0o600)
        let list = try run(#""$H" --data "$D" dispatches list"#, data: data)
        #expect(list.output.contains("北京") && list.output.contains("上海"))
    }
}

/// A `quarantine/` the running account cannot write: root writes anywhere,
/// so the floor is made and used by `nobody` (through `setpriv`).
@Suite("helpdesk store: an unwritable quarantine", .enabled(if: HelpdeskBinary.path != nil && geteuid() == 0
    && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root, setpriv and the built helpdesk"))
struct UnwritableQuarantineTests {
    @Test func aTornLineIsNotCutWithoutACopyAndCheckSaysWhy() throws {
        let scratch = Scratch()
        chmod((scratch.path as NSString).deletingLastPathComponent, 0o711)
        try FileManager.default.createDirectory(atPath: scratch.path, withIntermediateDirectories: false)
        chown(scratch.path, 65534, 65534)
        func asNobody(_ arguments: String) throws -> (output: String, status: Int32) {
            try TestProcess(script: #"exec 2>&1; exec setpriv --reuid=65534 --regid=65534 --clear-groups "$H" --data "$D" "#
                                + arguments, environment: ["H": HelpdeskBinary.path!, "D": scratch.path]).finish()
        }
        #expect(try asNobody("ring --name A --phone 1").status == 0)
        let torn = #"{"at":"2026-11-27T08:00"#
        let handle = try #require(FileHandle(forWritingAtPath: scratch.file("journal/000001.jsonl")))
        handle.seekToEndOfFile()
        handle.write(Data(torn.utf8))
        handle.closeFile()
        chmod(scratch.file("quarantine"), 0o500)

        let ring = try asNobody("ring --name B --phone 2")
        #expect(ring.status == 4)
        #expect(ring.output.contains("the change was NOT saved: \(scratch.path)/journal/000001.jsonl ends in an unfinished write"))
        #expect(ring.output.contains("Permission denied (EACCES)"), "\(ring.output)")
        #expect(try scratch.read("journal/000001.jsonl").hasSuffix(torn))

        let check = try asNobody("store check")
        #expect(check.status == 1)
        #expect(check.output.contains("problem: quarantine/ is not writable by uid 65534"), "\(check.output)")
    }
}
