import Foundation
import TestSupport
import Testing

/// `--data` with a `postgresql://` URI names a PostgreSQL floor: it is never
/// taken for a folder name (which once made a local directory `postgresql:`
/// and a silent, empty floor in it).
@Suite("Floor address", .enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
struct FloorAddressTests {
    @Test func aPostgresURIThatCannotBeReachedIsAClearErrorAndMakesNoFolder() throws {
        let scratch = NSTemporaryDirectory() + "helpdesk-address-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let uri = "postgresql://wang:s3cret@/floor?host=\(scratch)/no-server-here"
        let child = try TestProcess(script: """
            cd "$S" && \(HelpdeskBinary.quoted) --data "$U" ring --name 张伟 --phone 13800000001 2>&1; echo "exit $?"
            """, environment: ["S": scratch, "U": uri])
        let (output, _) = child.finish()
        #expect(output.hasSuffix("exit 4\n"), "\(output)")
        #expect(output.contains("postgresql://wang:***@/floor"), "names the floor: \(output)")
        #expect(!output.contains("s3cret"), "the password is never printed: \(output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty, "no local folder was made")
    }

    /// libpq, and the 21 libraries it needs, load only for a `postgresql://`
    /// floor (CLibPQ opens it then): a PBX hook on a JSON floor never pays
    /// for loading and relocating them. The loader's own log says what it loaded.
    @Test func onlyAPostgresFloorLoadsLibpq() throws {
        let scratch = NSTemporaryDirectory() + "helpdesk-libpq-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let child = try TestProcess(script: """
            LD_DEBUG=files \(HelpdeskBinary.quoted) --data "$S/floor" ring --name 张伟 --phone 1 >/dev/null 2>"$S/json.log"
            LD_DEBUG=files \(HelpdeskBinary.quoted) --data "$U" ring --name 张伟 --phone 1 >/dev/null 2>"$S/postgres.log"
            true
            """, environment: ["S": scratch, "U": "postgresql:///floor?host=\(scratch)/no-server-here"])
        _ = child.finish()
        let json = try String(contentsOfFile: scratch + "/json.log", encoding: .utf8)
        let postgres = try String(contentsOfFile: scratch + "/postgres.log", encoding: .utf8)
        #expect(json.contains("file=libncursesw") && !json.contains("libpq"), "\(json)")
        #expect(postgres.contains("file=libpq.so.5"), "\(postgres)")
    }
}
