import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskPostgres
import HelpDeskStore
import HelpDeskUI
import NcursesTerminal

/// `helpdesk` / `helpdesk console`: the agent's full-screen console.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the agent console on the data directory, as the Unix user (mapped through roster.json).")

    @OptionGroup var store: StoreOptions
    @Option(help: "UI language: zh-Hans, en or ko (default: from the locale).") var lang: Language?
    @Flag(help: "Do not ring the terminal bell when a lead sends instructions.") var noBell = false

    func run() throws {
        try reportingFailures {
            let floor = try store.openForScreen()
            try runConsole(on: floor, language: lang, bell: !noBell)
        }
    }
}

/// Opens the terminal and runs the console on `floor` for the Unix user;
/// the terminal is restored however the console ends.
func runConsole(on floor: any FloorStore, language: Language?, bell: Bool) throws {
    let me = Identity.ofThisProcess(roster: floor.roster).person
    let presence = try signOn(floor, agent: me.agent)
    let text = UIText.forLanguage(uiLanguage(language))
    let rules = try ComplaintSettings.load()
    let codes = try loadFloorCodes()
    let coaching = loadCoaching(overrides: floor.overrides())
    let terminal: NcursesTerminal
    do {
        terminal = try NcursesTerminal(options: .init(enableMouse: true))
    } catch {
        throw CLIFailure(message: "cannot open the terminal: \(error)", code: .storeUnavailable)
    }
    defer { terminal.close() }
    ConsoleRunner(terminal: terminal, store: floor, me: me, text: text, rules: rules, codes: codes,
                  roster: floor.roster, bell: bell, coaching: coaching, presence: presence).run()
}

/// Takes the agent's presence on the floor for this process (exit 1 when
/// another console keeps it). A console whose ssh session just dropped may
/// still be signing off, so a few seconds are given for it to go.
func signOn(_ floor: any FloorStore, agent: String) throws -> any PresenceHold {
    let deadline = Date().addingTimeInterval(3)
    while true {
        do {
            return try floor.holdPresence(agent: agent)
        } catch {
            switch error {
            case StoreError.alreadySignedOn, PostgresError.alreadySignedOn: break
            default: throw error
            }
            guard Date() < deadline else { throw CLIFailure(message: "\(error)", code: .refused) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}

/// The shipped scripts and phrase rules with the lead's overrides from the
/// floor (a data directory's folders, a database's table), and the company name the scripts say (`$HELPDESK_COMPANY`,
/// else "helpdesk"). Problems are reported but never stop the console: a
/// broken override keeps the shipped file, and with no resources at all the
/// agent still takes calls, uncoached (`helpdesk scripts check` shows why).
func loadCoaching(overrides: FloorOverrides) -> ConsoleCoaching {
    let company = ProcessInfo.processInfo.environment["HELPDESK_COMPANY"].flatMap { $0.isEmpty ? nil : $0 } ?? "helpdesk"
    let resources: ResourceDirectory
    do {
        resources = try ResourceDirectory.locate()
    } catch {
        for issue in error.issues { printError("helpdesk: \(issue)") }
        return ConsoleCoaching(scripts: ScriptLibrary([]), phrases: PhraseGuard(rules: []), company: company)
    }
    let (scripts, scriptIssues) = resources.loadScripts(overrides: overrides)
    let (phrases, phraseIssues) = resources.loadPhraseGuard(overrides: overrides)
    for issue in scriptIssues + phraseIssues { printError("helpdesk: \(issue)") }
    return ConsoleCoaching(scripts: scripts, phrases: phrases, company: company)
}
