import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskSimulation

/// `helpdesk simulate`: rings realistic callers into the queue so a demo and
/// a wallboard come alive.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Ring simulated callers (Poisson arrivals; some hang up while waiting).",
        discussion: "Optionally runs virtual agents that take, talk and wrap up calls, for a demo floor.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Callers per minute, on average.") var rate: Double = 6
    @Option(help: "Stop after this many seconds (default: run until interrupted).") var duration: Double?
    @Option(help: "Virtual agents taking calls (0 = only ring).") var agents = 0
    @Option(help: "Random seed, for a repeatable run.") var seed: UInt64 = UInt64(Date().timeIntervalSince1970)

    func validate() throws {
        guard rate > 0, rate <= 6000 else { throw ValidationError("--rate must be between 0 and 6000 callers a minute") }
    }

    func run() throws {
        try reportingFailures {
            let store = agents > 0 ? try self.store.requireLead(to: "run virtual agents") : try store.open()
            var simulation = FloorSimulation(store: store, generator: CallerGenerator(seed: seed), rate: rate,
                                             virtualAgents: agents, codes: try loadFloorCodes(), rules: try ComplaintSettings.load())
            let end = duration.map { Date().addingTimeInterval($0) }
            try simulation.run(until: end)
        }
    }
}
