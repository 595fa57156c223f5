import Foundation
import TestSupport
import Testing

/// The PBX hook commands (`ring`, `abandon`, `claim`) take a short path past
/// the argument parser's command tree (`HookFastPath`). These tests hold that
/// path to the parser's answers: a plain line records exactly what the same
/// line with `--data DIR` said twice (which only the parser takes; the last
/// one counts) records, and lines the parser must judge still get its
/// messages and exit codes.
@Suite(.enabled(if: HelpdeskBinary.path != nil, "needs the built helpdesk binary"))
struct HookCommandLineTests {
    let fast = E2EFloor()
    let parsed = E2EFloor()

    /// Runs `helpdesk --data DIR ARGUMENTS` on `floor` (the data directory
    /// first, as a dialplan writes it); returns standard output and error
    /// together, and the exit status.
    func run(_ floor: E2EFloor, _ arguments: [String], then extra: [String] = []) throws -> (output: String, status: Int32) {
        let quoted = ([floor.binary, "--data", floor.data] + arguments + extra)
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return try TestProcess(script: quoted + " 2>&1").finish()
    }

    /// Every timestamp blanked: two floors written a moment apart compare equal.
    func blanked(_ text: String) -> String {
        text.replacingOccurrences(of: #"\d{4}-\d\d-\d\dT[0-9:.]+Z"#, with: "T", options: .regularExpression)
    }

    func events(_ floor: E2EFloor) throws -> String { blanked(try floor.journal()) }

    /// The same line on both floors, the parsed one with its `--data` repeated; their outputs.
    func both(_ arguments: [String]) throws -> (fast: String, parsed: String) {
        let one = try run(fast, arguments)
        let other = try run(parsed, arguments, then: ["--data", parsed.data])
        #expect(one.status == other.status, "\(arguments): \(one) vs \(other)")
        return (one.output, other.output)
    }

    @Test func plainHookLinesRecordWhatTheParserRecords() throws {
        // The account running the tests leads both floors, so it may claim for agent 1001.
        let me = String(cString: getpwuid(getuid()).pointee.pw_name)
        for floor in [fast, parsed] { try floor.writeRoster([(me, "9001", "Lead", "lead")]) }
        let ring = ["ring", "--name=张伟", "--phone", "13800000001", "--surname", "张", "--honorific=先生", "--vip",
                    "--key-account", "--branch", "北京", "--queue", "vip", "--reason", "冰箱不制冷; rm -rf",
                    "--category", "repair", "--language", "zh-Hans"]
        var outputs = try both(ring)
        #expect(outputs.fast == "C1\n" && outputs.parsed == "C1\n")
        outputs = try both(["ring", "--phone", "1", "--name", "Emma O'Brien"])
        #expect(outputs.fast == outputs.parsed)
        outputs = try both(["ring", "--vip", "--name", "李娜", "--phone=13900000003"])
        #expect(outputs.fast == "C3\n" && outputs.parsed == "C3\n")
        outputs = try both(["claim", "--agent", "1001", "--json"])
        #expect(outputs.fast.contains("\"id\":\"C1\""))
        #expect(blanked(outputs.fast) == blanked(outputs.parsed))
        outputs = try both(["abandon", "C3"])
        #expect(outputs.fast.isEmpty && outputs.parsed.isEmpty)
        #expect(try events(fast) == events(parsed))
        #expect(try events(fast).contains("\"honorific\":\"先生\""))
        #expect(try events(fast).contains("\"tier\":\"vip\""))
    }

    @Test func linesThatAreNotPlainGetTheParsersAnswer() throws {
        var result = try run(fast, ["ring", "--name", "张伟"])
        #expect(result.status == 64)
        #expect(result.output.contains("Missing expected argument '--phone <phone>'"))
        result = try run(fast, ["ring", "--name", "张伟", "--phone", "1", "--category", "nonsense"])
        #expect(result.status == 64)
        #expect(result.output.contains("nonsense"))
        result = try run(fast, ["ring", "--name", "张伟", "--phone", "1", "--colour", "red"])
        #expect(result.status == 64)
        #expect(result.output.contains("--colour"))
        result = try run(fast, ["ring", "--help"])
        #expect(result.output.contains("Service category: inquiry, communication, complaint,"), "\(result.output)")
        result = try run(fast, ["abandon", "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: helpdesk abandon"))
        #expect(!FileManager.default.fileExists(atPath: fast.data), "nothing was recorded")
    }

    @Test func refusalsKeepTheirExitCodes() throws {
        var result = try run(fast, ["claim"])
        #expect(result.status == 3)
        result = try run(fast, ["claim", "--agent", "1001"])
        #expect(result.status == 1, "only a lead may claim for another agent")
        #expect(result.output.contains("may not act as agent 1001"))
        result = try run(fast, ["abandon", "C9"])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("helpdesk: "))
        #expect(result.output.contains("C9"))
    }
}
