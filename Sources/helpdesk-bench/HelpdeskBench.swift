import ArgumentParser
import Foundation

/// helpdesk-bench: every figure the issues ask for, printed. Run it built
/// for release: `swift run -c release helpdesk-bench [SECTION…] [--quick]`.
///
/// With no section it runs them all. `store` sets the JSON data directory
/// beside SQLite (WAL, synchronous=FULL) on the same operations; it spawns
/// copies of itself (the hidden `child` subcommand) for the multi-process
/// rows. Scratch data goes to $HELPDESK_BENCH_DIR or the temp folder and is
/// removed at the end. `hook` spawns the built `helpdesk` binary (see HookBench).
@main
struct HelpdeskBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk-bench",
        abstract: "Benchmarks that print figures (build with -c release).",
        subcommands: [Sections.self, Child.self],
        defaultSubcommand: Sections.self)
}

/// The benchmark sections, in the order they run.
enum BenchSection: String, CaseIterable, ExpressibleByArgument {
    case report, store, console, hook, phrase, wallboard, `import`, presence, floors
    /// The `floors` section's month report alone (not part of a run of all).
    case floorReport = "floor-report"
}

struct Sections: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run sections (all by default).")

    @Argument(help: "Sections to run: \(BenchSection.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sections: [BenchSection] = []
    @Flag(help: "Smaller inputs, for a quick look.") var quick = false

    func run() throws {
        let wanted = Set(sections.isEmpty ? BenchSection.allCases.filter { $0 != .floorReport } : sections)
        // Reports first: their peak memory (VmHWM) is the process's, so it is
        // read before the other sections have grown the heap.
        if wanted.contains(.report) { print(runReportBench(events: quick ? 100_000 : 1_000_000)) }
        if wanted.contains(.store) { try BenchSuite(quick: quick).run() }
        if wanted.contains(.console) {
            let scratch = try ScratchRoot()
            defer { scratch.remove() }
            print(try runConsoleBench(scratch: scratch.path))
        }
        if wanted.contains(.hook) {
            let scratch = try ScratchRoot()
            defer { scratch.remove() }
            print(try HookBench(rounds: quick ? 10 : 30, scratch: scratch).run())
        }
        if wanted.contains(.phrase) { print(runPhraseBench()) }
        if wanted.contains(.wallboard) {
            print(runWallboardBench())
            print(try runWallFleetBench())
        }
        if wanted.contains(.`import`) { print(try runImportBench(rows: 100_000)) }
        if wanted.contains(.floors) {
            try FloorsBench(quick: quick).run()
        } else if wanted.contains(.floorReport) {
            try FloorsBench(quick: quick).run(reportOnly: true)
        }
        if wanted.contains(.presence) {
            let scratch = try ScratchRoot()
            defer { scratch.remove() }
            print(try runPresenceBench(scratch: scratch, quick: quick))
        }
    }
}

/// One process of a multi-process row, spawned by the bench itself.
struct Child: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "child", shouldDisplay: false)

    @Argument(parsing: .captureForPassthrough) var arguments: [String] = []

    func run() throws { try ChildCommand.run(arguments) }
}
