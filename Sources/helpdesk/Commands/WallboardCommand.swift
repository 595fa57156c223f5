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
        Keys: 1/t today, 2/h this hour, 3/u per queue, Tab next view, ? help, q quit. No key changes the floor.
        Caller names and phone numbers are masked (张** / 138****5678) unless --unmasked is given.
        Figures and formulas: docs/kpis.md; the screen: docs/wallboard.md.
        """)

    @OptionGroup var store: StoreOptions
    @Option(help: "UI language: zh-Hans, en or ko (default: from the locale).") var lang: Language?
    @Flag(help: "Show callers' names and phone numbers in full (only where no one else can read the wall).")
    var unmasked = false
    @Option(name: .customLong("day-start"), help: "Hour (0–23, local time) at which today's figures start from zero.")
    var dayStart: Int = 0
    @Option(help: "Service-level threshold in seconds.") var threshold: Double = 20
    @Option(help: "Service-level target in percent.") var target: Double = 80

    func validate() throws {
        if !(0...23).contains(dayStart) { throw ValidationError("--day-start must be 0–23") }
        if threshold <= 0 { throw ValidationError("--threshold must be more than 0 seconds") }
        if !(0...100).contains(target) { throw ValidationError("--target must be 0–100") }
    }

    func run() throws {
        try reportingFailures {
            let floor = try store.open()
            let config = MetricsConfig(target: ServiceLevelTarget(percent: target, seconds: threshold),
                                       day: BusinessDay(resetHour: dayStart))
            let text = UIText.forLanguage(lang ?? UIText.language(fromEnvironment: ProcessInfo.processInfo.environment))
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
                                             privacy: unmasked ? .unmasked : .masked, config: config)
            } catch {
                throw CLIFailure(message: "cannot read today's events: \(error)", code: .storeUnavailable)
            }
            runner.run()
        }
    }
}
