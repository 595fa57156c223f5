import Foundation
import TestSupport
import Testing

/// The locked-down floor with real Unix accounts: `floor init --locked`
/// installs a setgid helpdesk over a directory of a group nobody is in; an
/// agent acts through it, cannot write the files directly, cannot act as
/// the lead, and cannot point it at another data directory.
@Suite(.serialized, .enabled(if: HelpdeskBinary.path != nil && UnixAccount.canCreate,
                             "needs the built helpdesk binary and root to create accounts"))
struct LockedFloorEndToEndTests {
    /// The installation: PREFIX/bin/helpdesk, PREFIX/etc/helpdesk/floor.conf, PREFIX/floor.
    let prefix: String
    var data: String { prefix + "/floor" }
    var helpdesk: String { prefix + "/bin/helpdesk" }

    init() {
        var template = Array((NSTemporaryDirectory() + "helpdesk-locked-XXXXXX").utf8CString)
        prefix = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        chmod(prefix, 0o755)
    }

    /// Runs a shell line as `account`, standard error with standard output.
    func run(_ account: UnixAccount, _ line: String) throws -> (output: String, status: Int32) {
        let argv = account.command(["/bin/sh", "-c", line + " 2>&1"])
        return try TestProcess(argv[0], Array(argv.dropFirst())).finish()
    }

    @Test func anAgentActsThroughTheBinaryButCannotForgeTheFloor() throws {
        let group = try UnixAccount.makeGroup("floor")
        let wang = try UnixAccount("agent"), chen = try UnixAccount("lead")
        defer {
            wang.remove(); chen.remove(); UnixAccount.removeGroup(group)
            try? FileManager.default.removeItem(atPath: prefix)
        }
        let setup = try TestProcess(HelpdeskBinary.path!, ["floor", "init", data, "--group", group, "--locked", "--prefix", prefix]).finish()
        #expect(setup.status == 0, "\(setup.output)")
        var info = stat()
        #expect(stat(helpdesk, &info) == 0 && info.st_mode & S_ISGID != 0, "the installed helpdesk is setgid")
        let roster = #"[{"user":"\#(wang.name)","agent":"1001","name":"王芳","role":"agent"},"#
            + #"{"user":"\#(chen.name)","agent":"9001","name":"陈主管","role":"lead"}]"#
        try roster.write(toFile: data + "/roster.json", atomically: true, encoding: .utf8)
        chown(data + "/roster.json", 0, getgrnam(group)!.pointee.gr_gid)
        chmod(data + "/roster.json", 0o640)

        // The agent acts through the binary: rings, signs ready, reads the journal.
        #expect(try run(wang, "'\(helpdesk)' ring --name 张伟 --phone 13800000001").status == 0)
        #expect(try run(wang, "'\(helpdesk)' agent 1001 --state ready").status == 0)
        let events = try run(wang, "'\(helpdesk)' events").output
        #expect(events.contains("\"user\":\"\(wang.name)\"") && events.contains("\"status\":\"ready\""), "\(events)")

        // It cannot write (or read) the files directly.
        for line in ["echo '{}' >> '\(data)/journal/000001.jsonl'", "cat '\(data)/roster.json'", "ls '\(data)'",
                     "echo '[]' > '\(data)/roster.json'"] {
            #expect(try run(wang, line).status != 0, "the agent could: \(line)")
        }
        // It cannot act as the lead, by flag or by environment.
        let asLead = try run(wang, "'\(helpdesk)' agent 9001 --state ready")
        #expect(asLead.status == 1 && asLead.output.contains("may not act as agent 9001"), "\(asLead.output)")
        let forged = try run(wang, "USER=\(chen.name) LOGNAME=\(chen.name) '\(helpdesk)' agent 9001 --state ready")
        #expect(forged.status == 1, "\(forged.output)")

        // Nothing redirects it: --data is refused, $HELPDESK_DATA and $XDG_DATA_HOME are ignored.
        let elsewhere = prefix + "/elsewhere"
        #expect(try run(wang, "'\(helpdesk)' --data '\(elsewhere)' ring --name x --phone 1").status == 1)
        #expect(try run(wang, "HELPDESK_DATA='\(elsewhere)' XDG_DATA_HOME='\(elsewhere)' '\(helpdesk)' ring --name 김민준 --phone 01012345678").status == 0)
        #expect(!FileManager.default.fileExists(atPath: elsewhere))
        let journal = try String(contentsOfFile: data + "/journal/000001.jsonl", encoding: .utf8)
        #expect(journal.contains("김민준"), "the ring landed on the configured floor")

        // Its scripts and codes were installed with it (no $HELPDESK_RESOURCES in its clean environment).
        #expect(try run(wang, "'\(helpdesk)' scripts list").status == 0)
        // The lead's account acts as the lead through the same binary.
        #expect(try run(chen, "'\(helpdesk)' agent 1001 --state paused --reason training").status == 0)
    }

    /// The package installs `/usr/bin/helpdesk` set-group-ID for everyone;
    /// root, who gains nothing from it, runs it as the plain program (its own
    /// `--data`), and `floor init --locked` will not copy it over itself.
    @Test func rootRunsTheSetgidBinaryAsThePlainProgram() throws {
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        let group = try UnixAccount.makeGroup("floor")
        defer { UnixAccount.removeGroup(group) }
        #expect(try TestProcess(HelpdeskBinary.path!, ["floor", "init", data, "--group", group, "--locked", "--prefix", prefix]).finish().status == 0)
        let own = prefix + "/root-floor"
        let ring = try TestProcess(helpdesk, ["ring", "--data", own, "--name", "张伟", "--phone", "13800000001"]).finish()
        #expect(ring.status == 0 && ring.output.contains("C1"), "\(ring.output)")
        #expect(FileManager.default.fileExists(atPath: own + "/journal/000001.jsonl"), "the ring landed where root said")
        let again = try TestProcess("/bin/sh", ["-c", "'\(helpdesk)' floor init '\(data)' --group \(group) --locked --prefix '\(prefix)' 2>&1"]).finish()
        #expect(again.status == 1 && again.output.contains("is this program itself"), "\(again.output)")
    }

    @Test func aConfigurationAUserCouldWriteIsRefused() throws {
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        let group = try UnixAccount.makeGroup("floor")
        let wang = try UnixAccount("agent")
        defer { wang.remove(); UnixAccount.removeGroup(group) }
        #expect(try TestProcess(HelpdeskBinary.path!, ["floor", "init", data, "--group", group, "--locked", "--prefix", prefix]).finish().status == 0)
        chmod(prefix + "/etc/helpdesk/floor.conf", 0o666)
        let refused = try run(wang, "'\(helpdesk)' ring --name x --phone 1")
        #expect(refused.status == 4 && refused.output.contains("writable by others"), "\(refused.output)")
    }
}
