import Foundation
import HelpDeskCore
@testable import HelpDeskStore
import Testing

/// The shipped scripts and phrase rules, and a lead's edits in the data
/// directory laid over them without a rebuild.
@Suite struct ResourceDirectoryTests {
    let shipped = ResourceDirectory(path: ResourceDirectory.sourceTreePath, origin: .sourceTree)

    @Test func anExplicitResourcesDirectoryComesFirstAndAMissingOneIsAnError() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path, withIntermediateDirectories: true)
        let found = try ResourceDirectory.locate(environment: ["HELPDESK_RESOURCES": scratch.path], executablePath: nil)
        #expect(found == ResourceDirectory(path: scratch.path, origin: .environment))
        #expect(throws: LoadIssues.self) {
            try ResourceDirectory.locate(environment: ["HELPDESK_RESOURCES": scratch.path + "/nowhere"], executablePath: nil)
        }
        #expect(try ResourceDirectory.locate(environment: [:], executablePath: nil).origin == .sourceTree)
    }

    @Test func everyShippedScriptAndRuleLoadsWithoutIssues() {
        let (library, scriptIssues) = shipped.loadScripts(dataDirectory: nil)
        #expect(scriptIssues.isEmpty, "\(scriptIssues)")
        #expect(library.script("silent-line") != nil)
        let (rules, ruleIssues) = shipped.loadPhraseRules(dataDirectory: nil)
        #expect(ruleIssues.isEmpty, "\(ruleIssues)")
        #expect(Set(rules.map(\.language)) == Set(Language.allCases))
    }

    @Test func aLeadsOverrideReplacesAScriptAndABrokenOneIsNamedWhileTheShippedOneStays() throws {
        let scratch = Scratch()
        let overrides = ResourceDirectory.scriptOverrides(dataDirectory: scratch.path)
        try FileManager.default.createDirectory(atPath: overrides, withIntermediateDirectories: true)
        var edited = try String(contentsOfFile: shipped.path + "/scripts/silent-line.json", encoding: .utf8)
        edited = edited.replacingOccurrences(of: "\"Silent line\"", with: "\"Silent line (floor 3)\"")
        try edited.write(toFile: overrides + "/silent-line.json", atomically: true, encoding: .utf8)
        try "{ \"title\": ".write(toFile: overrides + "/closing.json", atomically: true, encoding: .utf8)

        let (library, issues) = shipped.loadScripts(dataDirectory: scratch.path)
        #expect(library.script("silent-line")?.title[.en] == "Silent line (floor 3)")
        #expect(library.script("closing") != nil, "the shipped closing script stays in use")
        #expect(issues.contains { $0.file.hasSuffix("closing.json") })
    }

    /// The override folders sit in the data directory, which a member of a
    /// shared floor can write: a planted link is named, never read through.
    @Test func aLinkedOverrideIsRefusedAndNotRead() throws {
        let scratch = Scratch()
        let overrides = ResourceDirectory.scriptOverrides(dataDirectory: scratch.path)
        try FileManager.default.createDirectory(atPath: overrides, withIntermediateDirectories: true)
        symlink(shipped.path + "/scripts/closing.json", overrides + "/closing.json")
        let (_, issues) = shipped.loadScripts(dataDirectory: scratch.path)
        #expect(issues.contains { $0.file.hasSuffix("scripts/closing.json") && $0.message.contains("symbolic link") }, "\(issues)")

        try FileManager.default.createDirectory(atPath: scratch.file("elsewhere"), withIntermediateDirectories: true)
        symlink(scratch.file("elsewhere"), scratch.file("phrases"))
        let (_, ruleIssues) = shipped.loadPhraseRules(dataDirectory: scratch.path)
        #expect(ruleIssues.contains { $0.file.hasSuffix("/phrases") && $0.message.contains("symbolic link") }, "\(ruleIssues)")
    }
}
