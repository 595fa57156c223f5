import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

/// `helpdesk demo`: the console on a demo floor that is already alive.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the console on a demo data directory with sample history and simulated callers.",
        discussion: "The demo directory is --data DIR, else $XDG_DATA_HOME/helpdesk-demo (~/.local/share/helpdesk-demo).")

    @Option(help: "The demo data directory.") var data: String?
    @Option(help: "Simulated callers per minute.") var rate: Double = 8
    @Option(help: "Virtual agents working beside you.") var agents = 2
    @Option(help: "UI language: zh-Hans, en or ko (default: from the locale).") var lang: Language?

    func run() throws {
        try reportingFailures {
            let path = data ?? Self.defaultPath()
            let floor = try openStore(dataPath: path)
            if floor.state.lastSeq == 0, let directory = floor as? DataDirectoryStore {
                try DemoFloor.seed(directory, user: currentUser(), rules: try ComplaintSettings.load())
            }
            let simulatorStore = try openStore(dataPath: path)
            let (rate, agents) = (rate, agents)
            Thread.detachNewThread {
                var simulation = FloorSimulation(store: simulatorStore, generator: CallerGenerator(seed: 7), rate: rate,
                                                 virtualAgents: agents)
                try? simulation.run(until: nil)
            }
            try runConsole(on: floor, language: lang)
        }
    }

    static func defaultPath() -> String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? (NSHomeDirectory() + "/.local/share")
        return base + "/helpdesk-demo"
    }
}
