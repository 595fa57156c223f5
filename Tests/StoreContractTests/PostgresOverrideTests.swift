import Foundation
import HelpDeskCore
import HelpDeskPostgres
import HelpDeskStore
import Testing
import TestSupport

/// A lead's overrides of the shipped scripts and phrase rules on the
/// PostgreSQL floor: kept in the database, loaded by every console as a
/// data directory's folders are, and changed only by a lead role — the
/// server refuses anyone else, the program or a hand-written INSERT alike.
@Suite("PostgreSQL floor: script and phrase overrides")
struct PostgresOverrideTests {
    static let resources = ResourceDirectory(
        path: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources").path,
        origin: .sourceTree)

    /// A fresh floor and the URIs of an agent role and a lead role on it.
    private func floor() throws -> (admin: String, agent: String, lead: String) {
        let server = try PostgresTestServer.server()
        let admin = try PostgresTestServer.freshDatabase()
        _ = try PostgresStore(uri: admin)
        let database = String(URLComponents(string: admin)!.path.dropFirst())
        var uris: [String] = []
        for group in ["helpdesk_agent", "helpdesk_lead"] {
            let name = "o\(group.dropFirst(9))_" + UUID().uuidString.prefix(8).lowercased()
            try server.sql("CREATE ROLE \(name) LOGIN PASSWORD 'pw' IN ROLE \(group)")
            uris.append(server.uri(database: database, role: name, password: "pw"))
        }
        return (admin, uris[0], uris[1])
    }

    @Test func aLeadsOverridesReachEveryConsoleAndOnlyALeadRoleChangesThem() throws {
        let (_, agentURI, leadURI) = try floor()
        let agent = try PostgresStore(uri: agentURI), lead = try PostgresStore(uri: leadURI)
        var edited = try String(contentsOfFile: Self.resources.path + "/scripts/silent-line.json", encoding: .utf8)
        edited = edited.replacingOccurrences(of: "\"Silent line\"", with: "\"Silent line (floor 3)\"")
        let quiet = Data(#"{"language": "en", "rules": [{"id": "en.cant", "disabled": true}]}"#.utf8)

        let refusal = #expect(throws: PostgresError.self) { try agent.saveOverride(Data(edited.utf8), name: "silent-line.json", in: .scripts) }
        #expect(refusal?.isPrivilegeRefusal == true, "\(String(describing: refusal))")
        #expect(Self.resources.loadPhraseGuard(overrides: agent.overrides()).guard.check("I can't do that").hits.count == 1,
                "the shipped rule is on")

        try lead.saveOverride(Data(edited.utf8), name: "silent-line.json", in: .scripts)
        try lead.saveOverride(quiet, name: "en.json", in: .phrases)
        let seen = agent.overrides()
        let (library, issues) = Self.resources.loadScripts(overrides: seen)
        #expect(issues.isEmpty, "\(issues)")
        #expect(library.script("silent-line")?.title[.en] == "Silent line (floor 3)")
        #expect(Self.resources.loadPhraseGuard(overrides: seen).guard.check("I can't do that").isClean, "the lead switched it off")

        #expect(try lead.removeOverride(name: "en.json", in: .phrases))
        #expect(!Self.resources.loadPhraseGuard(overrides: agent.overrides()).guard.check("I can't do that").isClean)
    }

    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func scriptsPutChecksAFileAndSavesItOnlyForALead() throws {
        let (_, agentURI, leadURI) = try floor()
        let folder = NSTemporaryDirectory() + "helpdesk-override-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var edited = try String(contentsOfFile: Self.resources.path + "/scripts/closing.json", encoding: .utf8)
        edited = edited.replacingOccurrences(of: "\"Closing and satisfaction question\"", with: "\"Closing (floor 3)\"")
        try edited.write(toFile: folder + "/closing.json", atomically: true, encoding: .utf8)
        try "{ \"title\": ".write(toFile: folder + "/broken-closing.json", atomically: true, encoding: .utf8)
        func helpdesk(_ uri: String, _ arguments: String) throws -> (output: String, status: Int32) {
            try TestProcess(script: "\(HelpdeskBinary.quoted) \(arguments) --data \"$U\" 2>&1", environment: ["U": uri]).finish()
        }

        let agent = try helpdesk(agentURI, "scripts put '\(folder)/closing.json'")
        #expect(agent.status == 1 && agent.output.contains("only a team lead"), "\(agent.output)")
        let broken = try helpdesk(leadURI, "scripts put '\(folder)/broken-closing.json'")
        #expect(broken.status == 64 && broken.output.contains("broken-closing.json was not saved"), "\(broken.output)")
        let saved = try helpdesk(leadURI, "scripts put '\(folder)/closing.json'")
        #expect(saved.status == 0 && saved.output.contains("saved helpdesk.overrides scripts/closing.json"), "\(saved.output)")
        #expect(try helpdesk(agentURI, "scripts show closing --lang en").output.contains("Closing (floor 3)"))
        #expect(try helpdesk(agentURI, "scripts check").status == 0)
        #expect(try helpdesk(leadURI, "scripts remove closing.json").status == 0)
        #expect(!(try helpdesk(agentURI, "scripts show closing --lang en").output.contains("floor 3")))
    }
}
