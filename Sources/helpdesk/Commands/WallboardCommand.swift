import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskUI
import NcursesTerminal

/// `helpdesk wallboard`: the team lead's read-only wall screen over the
/// data directory. Callers are masked unless `--unmasked` is given.
struct WallboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wallboard",
        abstract: "Show the read-only, live wallboard: queue, service level, agents, complaints.",
        discussion: """
        Keys: 1/t today, 2/h this hour, 3/u per queue, 4/m per team, Tab next view, ? help, q quit. \
        No key changes the floor. Teams come from "team" in the data directory's roster.json.
        Caller names and phone numbers are masked (张** / 138****5678) unless --unmasked is given.
        Figures and formulas: docs/kpis.md; the screen: docs/wallboard.md.
        """)

    @OptionGroup var store: StoreOptions
    @Option(help: "UI language: zh-Hans, en or ko (default: from the locale).") var lang: Language?
    @Flag(help: "Show callers' names and phone numbers in full (only where no one else can read the wall).")
    var unmasked = false
    @OptionGroup var metrics: MetricsOptions

    func run() throws {
        try reportingFailures {
            WallboardPriority.yieldToTheFloor()
            let floor = try store.openForScreen()
            let config = metrics.config()
            let text = UIText.forLanguage(uiLanguage(lang))
            let terminal: NcursesTerminal
            do {
                terminal = try NcursesTerminal(options: .init())
            } catch {
                throw CLIFailure(message: "cannot open the terminal: \(error)", code: .storeUnavailable)
            }
            defer { terminal.close() }
            let runner: WallboardRunner
            do {
                runner = try WallboardRunner(terminal: terminal, store: floor, text: text,
                                             privacy: unmasked ? .unmasked : .masked, config: config,
                                             pauseReasons: try? loadFloorCodes().pauseReasons)
            } catch {
                throw CLIFailure(message: "cannot read today's events: \(error)", code: .storeUnavailable)
            }
            runner.run()
        }
    }
}
