import Foundation
@testable import HelpDeskCore

/// The shipped resources, found from this file's place in the source tree, and
/// small builders for scripts written inline in tests.
enum ShippedResources {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources")

    static func scriptFiles() throws -> [ScriptFile] {
        let folder = root.appendingPathComponent("scripts")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".json") }
            .map { ScriptFile(name: $0, data: try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    static func phraseRules() throws -> [PhraseRule] {
        try Language.allCases.flatMap { language in
            let name = language.rawValue + ".json"
            let data = try Data(contentsOf: root.appendingPathComponent("phrases").appendingPathComponent(name))
            return try PhraseRuleFile.decode(data, fileName: name).rules
        }
    }

    static let phraseGuard: PhraseGuard = PhraseGuard(rules: try! phraseRules())
}

/// Decodes an inline JSON script, as a lead would write it.
func decodeScript(_ json: String, file: String = "test.json") throws(LoadIssues) -> Script {
    try ScriptDecoder.decode(Data(json.utf8), fileName: file)
}

/// The issues an inline JSON script is refused with (empty if it loads).
func issues(_ json: String, file: String = "test.json") -> [LoadIssue] {
    do {
        _ = try decodeScript(json, file: file)
        return []
    } catch {
        return error.issues
    }
}

/// `{"zh-Hans": "…", "en": "…", "ko": "…"}` with the same text in every language.
func all(_ text: String) -> String {
    "{\"zh-Hans\": \"\(text)\", \"en\": \"\(text)\", \"ko\": \"\(text)\"}"
}

extension ShippedResources {
    /// The shipped disposition and pause-reason codes (`Resources/codes/`).
    static func codes() throws -> FloorCodes {
        let folder = root.appendingPathComponent("codes")
        let names = FloorCodes.fileNames
        return try FloorCodes.decode(dispositions: Data(contentsOf: folder.appendingPathComponent(names.dispositions)),
                                     pauseReasons: Data(contentsOf: folder.appendingPathComponent(names.pauseReasons)))
    }
}
