import Foundation

// helpdesk-bench: the JSON data directory beside SQLite (WAL, synchronous=FULL)
// on the same operations. Run it built for release:
//
//     swift run -c release helpdesk-bench [--quick]
//
// It spawns copies of itself (the hidden `child` subcommand) for the
// multi-process rows. Scratch data goes to $HELPDESK_BENCH_DIR or the temp
// folder and is removed at the end.

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    if arguments.first == "child" {
        try ChildCommand.run(Array(arguments.dropFirst()))
    } else if arguments.first == "console" {
        print(try runConsoleBench(scratch: NSTemporaryDirectory()))
    } else if arguments.contains("--help") || arguments.contains("-h") {
        print("usage: helpdesk-bench [--quick]   (build with -c release for meaningful figures)")
    } else {
        try BenchSuite(quick: arguments.contains("--quick")).run()
    }
} catch {
    FileHandle.standardError.write(Data("helpdesk-bench: \(error)\n".utf8))
    exit(1)
}
