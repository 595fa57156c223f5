import Foundation
import Testing
import HelpDeskStore

@Suite("Path parts")
struct PathPartsTests {
    /// The parent folder as NSString's deletingLastPathComponent gives it for
    /// the paths it does not trap on, and "" for a bare name (where it traps).
    @Test func theParentIsWhatFoundationMeansByIt() {
        let cases: [(String, String)] = [
            ("floor", ""), ("/floor", "/"), ("/", "/"), ("a/b", "a"), ("a/b/", "a"), ("/var/lib/helpdesk", "/var/lib"),
            ("/var//lib/", "/var"), ("./out.html", "."), ("../x", ".."),
        ]
        for (path, parent) in cases {
            #expect(PathParts.parent(of: path) == parent, "\(path)")
            if path.contains("/") { #expect((path as NSString).deletingLastPathComponent == parent, "Foundation on \(path)") }
        }
    }
}
