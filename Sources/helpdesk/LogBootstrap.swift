import Foundation
import HelpDeskLog
import Logging

/// Sends every `Logger` of the process to the user's log file
/// (`FileLogHandler`), whose warnings also reach the console's status bar.
///
/// The home folder is the real uid's passwd entry, and `$XDG_STATE_HOME` is
/// ignored in a setgid process: there the environment must not be able to
/// point a file the floor's group may write anywhere it likes. Both are
/// read only when the first message is logged (0.4 ms a hook saved).
func bootstrapLogging() {
    let file = LogFile {
        let home = getpwuid(getuid()).flatMap { $0.pointee.pw_dir.map { String(cString: $0) } } ?? "/tmp"
        let environment = LockedFloor.isActive ? [:] : ProcessInfo.processInfo.environment
        return LogFile.defaultPath(environment: environment, home: home)
    }
    LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: file) }
}
