import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskPostgres
import HelpDeskStore

/// Where `scripts` and `lint` read from: the resources directory and the
/// data directory whose `scripts/` and `phrases/` override it.
struct ResourceOptions: ParsableArguments {
    @Option(name: .long, help: "The data directory whose scripts/ and phrases/ override the shipped ones (default: $HELPDESK_DATA, else $XDG_DATA_HOME/helpdesk).")
    var data: String?

    var dataDirectory: String {
        get throws { try dataDirectoryPath(data) }
    }

    /// The floor's overrides: a data directory's folders (read without
    /// making the directory), or a PostgreSQL floor's table.
    func overrides() throws -> FloorOverrides {
        let path = try dataDirectory
        let address = FloorAddress(path)
        guard case .postgres = address else { return ResourceDirectory.overrides(dataDirectory: path) }
        return try openStore(at: address).overrides()
    }

    /// The floor, when there is one to read: a PostgreSQL floor, or a data
    /// directory that exists (a check never makes one).
    func existingFloor() throws -> (any FloorStore)? {
        let address = FloorAddress(try dataDirectory)
        if case .directory(let path) = address, !FileManager.default.fileExists(atPath: path) { return nil }
        return try openStore(at: address)
    }

    /// Where the overrides come from, for messages (a password hidden).
    var overridesShown: String {
        get throws {
            let path = try dataDirectory
            guard case .postgres(let uri) = FloorAddress(path) else { return path }
            return PostgresAddress.hidingPassword(uri)
        }
    }

    /// The resources directory, or exit 2 with the reason on standard error.
    func resources() throws -> ResourceDirectory {
        do {
            return try ResourceDirectory.locate()
        } catch {
            for issue in error.issues { printError("helpdesk: \(issue)") }
            throw ExitCode(2)
        }
    }
}

/// A `--lang` value: "zh-Hans" (or "zh"), "en", "ko".
func parseLanguage(_ text: String?) throws -> Language? {
    guard let text else { return nil }
    if let language = Language(rawValue: text) { return language }
    if text.lowercased().hasPrefix("zh") { return .zh }
    throw ValidationError("unknown language \"\(text)\" (use zh-Hans, en or ko)")
}

/// `helpdesk scripts check|list|show`: the call scripts as a lead sees them.
/// One command with an action argument rather than three subcommands, so
/// `--data` may stand anywhere, including before the action
/// (`helpdesk --data DIR scripts check` becomes `scripts --data DIR check`).
struct ScriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scripts",
        abstract: "Check, list and show the call scripts.",
        usage: """
        helpdesk scripts check [--data DIR]
        helpdesk scripts list [--lang LANG] [--data DIR]
        helpdesk scripts show NAME [--lang LANG] [--data DIR]
        helpdesk scripts put FILE [--phrases] --data postgresql://…
        helpdesk scripts remove NAME.json [--phrases] --data postgresql://…
        """,
        discussion: """
        check validates every script and phrase-rule file, and that every script a \
        follow-up names (complaints/followups.json and the floor's open follow-ups) is \
        in the library, and prints every problem (exit 1 if any); list prints name, kind, key and title; show prints one script \
        step by step. Scripts are JSON files in the resources directory's scripts/ \
        folder; a lead's files in <data dir>/scripts replace or add to them, and \
        <data dir>/phrases adjusts the phrase rules (see docs/scripts.md). On a PostgreSQL \
        floor a lead keeps them in the database: put checks a file and saves it there, \
        remove takes one away; the server lets only a lead role change them. \
        Exit 2: no resources directory.
        """
    )

    enum Action: String, ExpressibleByArgument, CaseIterable {
        case check, list, show, put, remove
    }

    @Argument(help: "check, list or show.")
    var action: Action
    @Argument(help: "show: the script, as `scripts list` names it; put: the file; remove: the override's file name.")
    var name: String?
    @Flag(help: "put and remove: a phrase-rule file (phrases/), not a script (scripts/).")
    var phrases = false
    @Option(name: .long, help: "Language of list and show: zh-Hans, en or ko (default: en for list, all three for show).")
    var lang: String?
    @OptionGroup var options: ResourceOptions

    func validate() throws {
        let named: Set<Action> = [.show, .put, .remove]
        if named.contains(action) && name == nil { throw ValidationError("scripts \(action.rawValue) needs a name") }
        if !named.contains(action) && name != nil { throw ValidationError("scripts \(action.rawValue) takes no name") }
        if action != .put { try checkIdentifiers(["script name": name]) }
        _ = try parseLanguage(lang)
    }

    func run() throws {
        let resources = try options.resources()
        switch action {
        case .check: try reportingFailures { try check(resources) }
        case .list: try list(resources)
        case .show: try show(resources, name: name ?? "")
        case .put: try reportingFailures { try put(resources, file: name ?? "") }
        case .remove: try reportingFailures { try remove(name: name ?? "") }
        }
    }

    private func check(_ resources: ResourceDirectory) throws {
        // Opened once: its overrides, then its open follow-ups.
        let floor = try options.existingFloor()
        let overrides = try floor?.overrides() ?? ResourceDirectory.overrides(dataDirectory: options.dataDirectory)
        let (library, scriptIssues) = resources.loadScripts(overrides: overrides)
        let (phraseGuard, loadIssues) = resources.loadPhraseGuard(overrides: overrides)
        let phraseIssues = loadIssues + phraseGuard.exampleProblems()
        let followUpIssues = try Self.followUpScriptIssues(library, floor: floor)
        for issue in scriptIssues + phraseIssues + followUpIssues { print("error: \(issue)") }
        for warning in Self.forbiddenLines(library, phraseGuard) { print("warning: \(warning)") }
        let problems = scriptIssues.count + phraseIssues.count + followUpIssues.count
        let verdict = problems == 0 ? "all valid" : "\(problems) problem\(problems == 1 ? "" : "s")"
        print("\(library.scripts.count) scripts, \(phraseGuard.rules.count) phrase rules from \(resources.path) (\(resources.origin.rawValue)), overrides from \(try options.overridesShown): \(verdict)")
        if problems > 0 { throw ExitCode(1) }
    }

    /// The follow-up scripts that are not in the library: those the
    /// configured chains name (complaints/followups.json) and those the
    /// floor's open follow-ups name, when the floor exists (a check never
    /// makes a data directory).
    static func followUpScriptIssues(_ library: ScriptLibrary, floor: (any FloorStore)?) throws -> [LoadIssue] {
        let rules = try ComplaintSettings.load()
        let issues = FollowUpScriptCheck.missing(in: rules.followUps, file: "complaints/" + ComplaintRules.fileNames.followUps,
                                                 library: library)
        guard let floor else { return issues }
        return issues + FollowUpScriptCheck.missing(in: floor.state.openFollowUps, library: library)
    }

    /// Lines a script tells the agent to say that the phrase guard would
    /// flag: a lead's edit should not coach a forbidden phrase.
    static func forbiddenLines(_ library: ScriptLibrary, _ phraseGuard: PhraseGuard) -> [String] {
        var found: [String] = []
        for script in library.scripts {
            for step in script.steps {
                guard let say = step.say else { continue }
                for language in Language.allCases {
                    for hit in phraseGuard.check(say[language]).hits {
                        found.append("\(script.id): \"\(step.id)\": say.\(language.rawValue): «\(hit.matched)» is a forbidden phrase (\(hit.rule.id))")
                    }
                }
            }
        }
        return found
    }

    private func list(_ resources: ResourceDirectory) throws {
        let language = try parseLanguage(lang) ?? .en
        let (library, issues) = resources.loadScripts(overrides: try options.overrides())
        for issue in issues { printError("error: \(issue)") }
        let width = library.scripts.map(\.id.count).max() ?? 0
        for script in library.scripts {
            let name = script.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let kind = script.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            let key = script.key.map { "[\($0)]" } ?? "   "
            print("\(name)  \(kind) \(key)  \(script.title[language])")
        }
        if !issues.isEmpty { throw ExitCode(1) }
    }

    private func show(_ resources: ResourceDirectory, name: String) throws {
        let languages = try parseLanguage(lang).map { [$0] } ?? Language.allCases
        let (library, issues) = resources.loadScripts(overrides: try options.overrides())
        guard let script = library.script(name) else {
            for issue in issues where ScriptDecoder.scriptID(fileName: issue.file) == name { printError("error: \(issue)") }
            printError("helpdesk: no script \"\(name)\" (scripts: \(library.scripts.map(\.id).joined(separator: ", ")))")
            throw ExitCode(1)
        }
        print(ScriptListing(script: script, languages: languages).text)
    }
}

/// A script as plain text: a header, then each step with its lines, waits,
/// branches and where it goes.
struct ScriptListing {
    let script: Script
    let languages: [Language]

    var text: String {
        var lines: [String] = []
        let key = script.key.map { ", key \($0)" } ?? ""
        lines.append("\(script.id): " + languages.map { script.title[$0] }.joined(separator: " / ") + "  (\(script.kind.rawValue)\(key))")
        if let summary = script.summary {
            for language in languages { lines.append("  " + summary[language]) }
        }
        for step in script.steps {
            lines.append("")
            lines.append("[\(step.id)]" + (step.id == script.start ? "  start" : ""))
            for language in languages {
                let tag = languages.count > 1 ? " \(language.rawValue)" : ""
                if let say = step.say { lines.append("  say\(tag): \(say[language])") }
                if let never = step.neverSay { lines.append("  never\(tag): \(never[language])") }
                if let note = step.note { lines.append("  note\(tag): \(note[language])") }
            }
            if let wait = step.wait, let next = step.next {
                lines.append("  wait \(wait.seconds) s, then \(wait.then == .advance ? "go on to" : "offer") \(next)")
            }
            for branch in step.branches {
                lines.append("  key \(branch.key): " + languages.map { branch.label[$0] }.joined(separator: " / ") + " → \(branch.target)")
            }
            if let next = step.next, step.wait == nil { lines.append("  next → \(next)") }
            if let final = step.final { lines.append("  final: \(final.rawValue)") }
        }
        return lines.joined(separator: "\n")
    }
}
