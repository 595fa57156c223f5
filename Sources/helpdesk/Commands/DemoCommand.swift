import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskSimulation
import HelpDeskStore

/// `helpdesk demo`: the console on a demo floor that is already alive.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the console on a demo data directory with sample history and simulated callers.",
        discussion: "The demo directory is --data DIR, else $XDG_DATA_HOME/helpdesk-demo (~/.local/share/helpdesk-demo).")

    @Option(help: "The demo data directory.") var data: String?
    @Option(help: "Simulated callers per minute.") var rate: Double = DemoPace.rate
    @Option(help: "Virtual agents working beside you.") var agents = DemoPace.agents
    @Option(help: "UI language: zh-Hans, en or ko (default: from the locale).") var lang: Language?
    @Flag(help: "Do not ring the terminal bell when a lead sends instructions.") var noBell = false

    func run() throws {
        try reportingFailures {
            if LockedFloor.isActive {
                throw CLIFailure(message: "the demo does not run through a locked floor's helpdesk", code: .refused)
            }
            let path = data ?? Self.defaultPath()
            let floor = try openStore(dataPath: path, forScreen: true)
            let (codes, rules) = (try loadFloorCodes(), try ComplaintSettings.load())
            if floor.state.lastSeq == 0, let directory = floor as? DataDirectoryStore {
                try DemoFloor.seed(directory, user: OSUser.current(), rules: rules, codes: codes)
            }
            let simulatorStore = try openStore(dataPath: path, forScreen: true)
            let (rate, agents) = (rate, agents)
            let stop = StopSignal(), stopped = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                var simulation = FloorSimulation(store: simulatorStore,
                                                 generator: CallerGenerator(seed: 7, meanPatience: DemoPace.patience),
                                                 rate: rate, virtualAgents: agents, talkMean: DemoPace.talk,
                                                 codes: codes, rules: rules)
                try? simulation.run(until: nil, stop: stop)
                stopped.signal()
            }
            // The virtual agents leave the floor with the demo.
            defer {
                stop.set()
                _ = stopped.wait(timeout: .now() + 3)
            }
            try runConsole(on: floor, language: lang, bell: !noBell)
        }
    }

    static func defaultPath() -> String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? (NSHomeDirectory() + "/.local/share")
        return base + "/helpdesk-demo"
    }
}

/// How busy the demo floor is: a queue that lives (callers ring every half
/// minute and some wait) but that its agents keep up with, as on a
/// well-staffed floor.
///
/// Three virtual agents each take about 57 s a call (45 s talk, 11 s wrap-up,
/// a moment to claim), so they answer about 3.2 calls a minute; 2 callers a
/// minute keep them about 63% busy, and you take calls too. Measured with
/// nobody at the console: 2 of 17 callers in the first 5 minutes hung up
/// before an answer (at 2.5 a minute, 10 of 43 in 12 minutes); round 1 rang
/// 8 a minute at two agents, and half hung up.
enum DemoPace {
    static let rate = 2.0
    static let agents = 3
    static let talk = 45.0
    static let patience = 180.0
}
