import ArgumentParser
import Foundation

/// The `helpdesk` command: the console by default, and the scriptable
/// commands a PBX dialplan, a supervisor or a test drives.
@main
struct Helpdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: "A terminal help-desk console for call-center agents and team leads.",
        discussion: """
        The data directory is --data DIR, else $HELPDESK_DATA, else \
        $XDG_DATA_HOME/helpdesk (~/.local/share/helpdesk).

        Exit codes: 0 done; 1 the floor refused the change (the message says why); \
        3 the queue is empty (claim); 4 the data directory could not be used; \
        64 the command line was wrong.
        """,
        subcommands: [
            ConsoleCommand.self, DemoCommand.self, RingCommand.self, QueueCommand.self, ClaimCommand.self, HangUpCommand.self,
            WrapUpCommand.self, TransferCommand.self, CallbackCommand.self, AbandonCommand.self,
            AgentCommand.self, EventsCommand.self, SimulateCommand.self, ComplaintCommand.self, FollowUpCommand.self,
            ScriptsCommand.self, LintCommand.self, ReportCommand.self, DispatchesCommand.self, StoreCommand.self,
            WallboardCommand.self, FloorCommand.self, RosterCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    )

    /// Accepts the data directory before the subcommand too
    /// (`helpdesk --data DIR ring …`), as PBX scripts tend to write it.
    /// Plain PBX hook lines skip the parser's tree (see `HookFastPath`).
    static func main() {
        LockedFloor.dropForRoot()
        LockedFloor.restartWithCleanEnvironment()
        restartWithPlainCrashReports()
        bootstrapLogging()
        let arguments = movingGlobalOptions(Array(CommandLine.arguments.dropFirst()))
        if let hook = HookFastPath.command(arguments) { HookFastPath.run(hook) }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exitCleaned(error)
        }
    }

    /// On a terminal the Swift runtime's crash handler turns interactive and
    /// waits for keys over a broken screen. It reads `SWIFT_BACKTRACE` only at
    /// start-up, so set `interactive=no` and start again, once; the report
    /// then prints and the process ends. Scripts (no tty) skip this.
    static func restartWithPlainCrashReports() {
        guard isatty(STDOUT_FILENO) == 1, getenv("SWIFT_BACKTRACE") == nil else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        var argv = CommandLine.arguments.map { strdup($0) } + [nil]
        execv("/proc/self/exe", &argv)
        // exec failed: run on; only a crash report would be less tidy.
        argv.forEach { free($0) }
    }

    /// Moves a leading `--data DIR` / `--data=DIR` to the end, where the
    /// (possibly nested) subcommand that declares it will find it.
    static func movingGlobalOptions(_ arguments: [String]) -> [String] {
        var args = arguments
        var global: [String] = []
        while let first = args.first, first.hasPrefix("--data") {
            global.append(args.removeFirst())
            if first == "--data", !args.isEmpty { global.append(args.removeFirst()) }
        }
        guard !global.isEmpty, let name = args.first, !name.hasPrefix("-") else { return global + args }
        return args + global
    }
}
