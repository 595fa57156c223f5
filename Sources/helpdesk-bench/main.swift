import Foundation

// helpdesk-bench: every figure the issues ask for, printed. Run it built for release:
//
//     swift run -c release helpdesk-bench [store|console|phrase|report|wallboard] [--quick]
//
// With no section it runs them all. `store` sets the JSON data directory
// beside SQLite (WAL, synchronous=FULL) on the same operations; it spawns
// copies of itself (the hidden `child` subcommand) for the multi-process
// rows. Scratch data goes to $HELPDESK_BENCH_DIR or the temp folder and is
// removed at the end.

let arguments = Array(CommandLine.arguments.dropFirst())
let quick = arguments.contains("--quick")
let sections = Set(arguments.filter { !$0.hasPrefix("-") })
func wanted(_ section: String) -> Bool { sections.isEmpty || sections.contains(section) }

do {
    if arguments.first == "child" {
        try ChildCommand.run(Array(arguments.dropFirst()))
    } else if arguments.contains("--help") || arguments.contains("-h") {
        print("usage: helpdesk-bench [store|console|phrase|report|wallboard] [--quick]   (build with -c release)")
    } else {
        // Reports first: their peak memory (VmHWM) is the process's, so it is
        // read before the other sections have grown the heap.
        if wanted("report") { print(runReportBench(events: quick ? 100_000 : 1_000_000)) }
        if wanted("store") { try BenchSuite(quick: quick).run() }
        if wanted("console") {
            let scratch = try ScratchRoot()
            defer { scratch.remove() }
            print(try runConsoleBench(scratch: scratch.path))
        }
        if wanted("phrase") { print(runPhraseBench()) }
        if wanted("wallboard") {
            print(runWallboardBench())
            print(try runWallFleetBench())
        }
    }
} catch {
    FileHandle.standardError.write(Data("helpdesk-bench: \(error)\n".utf8))
    exit(1)
}
