import Foundation
import HelpDeskCore

/// Where the shipped scripts and phrase rules are read from, and the lead's
/// override files in the data directory laid over them. Reading happens here,
/// not in the domain, so HelpDeskCore stays free of files; everything that
/// goes wrong is returned as `LoadIssue`s, all of them, so `helpdesk scripts
/// check` can show a lead every mistake in one run.
public struct ResourceDirectory: Sendable, Equatable {
    /// How the directory was found, for messages.
    public enum Origin: String, Sendable {
        case environment = "$HELPDESK_RESOURCES"
        case installed = "installed copy"
        case sourceTree = "source tree"
    }

    public let path: String
    public let origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }

    /// `Resources/` of the checkout this file was compiled from.
    static let sourceTreePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources").path

    /// The places looked at, in order: `$HELPDESK_RESOURCES`, then
    /// `<executable dir>/../share/helpdesk`, then the source tree's `Resources/`.
    public static func candidates(environment: [String: String], executablePath: String?) -> [ResourceDirectory] {
        var result: [ResourceDirectory] = []
        if let explicit = environment["HELPDESK_RESOURCES"], !explicit.isEmpty {
            result.append(ResourceDirectory(path: explicit, origin: .environment))
        }
        if let executablePath {
            let installed = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
                .deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share").appendingPathComponent("helpdesk").path
            result.append(ResourceDirectory(path: installed, origin: .installed))
        }
        result.append(ResourceDirectory(path: sourceTreePath, origin: .sourceTree))
        return result
    }

    /// The first candidate that is a directory. An explicit
    /// `$HELPDESK_RESOURCES` that does not exist is an error, not skipped:
    /// the person who set it meant it.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = Bundle.main.executablePath
    ) throws(LoadIssues) -> ResourceDirectory {
        let all = candidates(environment: environment, executablePath: executablePath)
        for candidate in all {
            if isDirectory(candidate.path) { return candidate }
            if candidate.origin == .environment {
                throw LoadIssues([LoadIssue(file: candidate.path, field: "", message: "HELPDESK_RESOURCES names no directory")])
            }
        }
        throw LoadIssues([LoadIssue(
            file: "resources", field: "",
            message: "no resources directory found (looked in \(all.map(\.path).joined(separator: ", "))); set HELPDESK_RESOURCES")])
    }

    /// The lead's override directory for scripts: `<data dir>/scripts`.
    public static func scriptOverrides(dataDirectory: String) -> String { dataDirectory + "/scripts" }

    // MARK: Scripts

    /// The shipped scripts with the data directory's `scripts/*.json` laid over
    /// them (same name replaces, new name adds). A broken override is reported
    /// and the shipped script of that name stays in use, so a typo in a lead's
    /// edit never leaves the floor without the script.
    public func loadScripts(dataDirectory: String?) -> (library: ScriptLibrary, issues: [LoadIssue]) {
        loadScripts(overrides: dataDirectory.map(Self.overrides(dataDirectory:)) ?? .none)
    }

    /// The shipped scripts with `overrides` laid over them, from any floor.
    public func loadScripts(overrides: FloorOverrides) -> (library: ScriptLibrary, issues: [LoadIssue]) {
        var issues: [LoadIssue] = []
        let files = Self.jsonFiles(in: path + "/scripts", required: true, issues: &issues) + overrides.scripts
        let (library, loadIssues) = ScriptLibrary.load(files)
        return (library, issues + overrides.scriptIssues + loadIssues)
    }

    /// The overrides of the data directory's `scripts/` and `phrases/`.
    public static func overrides(dataDirectory: String) -> FloorOverrides {
        var result = FloorOverrides()
        result.scripts = overrideFiles(in: dataDirectory, folder: FloorOverrides.Folder.scripts.rawValue, issues: &result.scriptIssues)
        result.phrases = overrideFiles(in: dataDirectory, folder: FloorOverrides.Folder.phrases.rawValue, issues: &result.phraseIssues)
        return result
    }

    // MARK: Phrase rules

    /// Every language's shipped rules (`phrases/<language>.json`, each
    /// required), with any override files of the data directory merged in.
    /// A broken override is reported and skipped; the shipped rules stay.
    public func loadPhraseRules(dataDirectory: String?) -> (rules: [PhraseRule], issues: [LoadIssue]) {
        loadPhraseRules(overrides: dataDirectory.map(Self.overrides(dataDirectory:)) ?? .none)
    }

    /// The shipped phrase rules with `overrides` merged in, from any floor.
    public func loadPhraseRules(overrides: FloorOverrides) -> (rules: [PhraseRule], issues: [LoadIssue]) {
        var issues = overrides.phraseIssues
        var byLanguage: [Language: PhraseRuleFile] = [:]
        for language in Language.allCases {
            let file = path + "/phrases/" + language.rawValue + ".json"
            guard let data = FileManager.default.contents(atPath: file) else {
                issues.append(LoadIssue(file: file, field: "", message: "missing: every language needs its phrase rules"))
                continue
            }
            do {
                byLanguage[language] = try PhraseRuleFile.decode(data, fileName: file)
            } catch {
                issues += error.issues
            }
        }
        for file in overrides.phrases {
            do {
                let override = try PhraseRuleFile.decode(file.data, fileName: file.name, base: byLanguage)
                let base = byLanguage[override.language] ?? PhraseRuleFile(language: override.language, rules: [])
                byLanguage[override.language] = base.merged(with: override)
            } catch {
                issues += error.issues
            }
        }
        let rules = Language.allCases.flatMap { byLanguage[$0]?.rules ?? [] }
        return (rules, issues)
    }

    /// The phrase guard over `loadPhraseRules`.
    public func loadPhraseGuard(dataDirectory: String?) -> (guard: PhraseGuard, issues: [LoadIssue]) {
        loadPhraseGuard(overrides: dataDirectory.map(Self.overrides(dataDirectory:)) ?? .none)
    }

    public func loadPhraseGuard(overrides: FloorOverrides) -> (guard: PhraseGuard, issues: [LoadIssue]) {
        let (rules, issues) = loadPhraseRules(overrides: overrides)
        return (PhraseGuard(rules: rules), issues)
    }

    // MARK: Files

    /// The `.json` files of a directory, sorted by name, with their full paths
    /// as names so every issue says exactly which file it is about.
    static func jsonFiles(in directory: String, required: Bool, issues: inout [LoadIssue]) -> [ScriptFile] {
        guard isDirectory(directory) else {
            if required { issues.append(LoadIssue(file: directory, field: "", message: "missing directory")) }
            return []
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            issues.append(LoadIssue(file: directory, field: "", message: "cannot be read (\(error.localizedDescription))"))
            return []
        }
        var files: [ScriptFile] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let file = directory + "/" + name
            if let data = FileManager.default.contents(atPath: file) {
                files.append(ScriptFile(name: file, data: data))
            } else {
                issues.append(LoadIssue(file: file, field: "", message: "cannot be read"))
            }
        }
        return files
    }

    /// The lead's override files in the data directory, opened like every
    /// other file there: no link followed, only regular files of the floor's
    /// owner or group; anything else is an issue naming it.
    static func overrideFiles(in dataDirectory: String, folder: String, issues: inout [LoadIssue]) -> [ScriptFile] {
        do {
            guard let directory = try DataDirectoryLayout.openRoot(dataDirectory, group: nil)?.subdirectory(folder, create: false)
            else { return [] }
            var files: [ScriptFile] = []
            for name in try directory.overrideNames() {
                do {
                    if let bytes = try directory.contents(name) { files.append(ScriptFile(name: directory.file(name), data: Data(bytes))) }
                } catch {
                    issues.append(LoadIssue(file: directory.file(name), field: "", message: "\(error)"))
                }
            }
            return files
        } catch {
            issues.append(LoadIssue(file: dataDirectory + "/" + folder, field: "", message: "\(error)"))
            return []
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
