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
}
