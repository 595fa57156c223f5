import Foundation
import HelpDeskCore
import HelpDeskStore
import HelpDeskUI

/// The data directory given with `--data`, else the default
/// (`$HELPDESK_DATA`, else `$XDG_DATA_HOME/helpdesk`). On a locked floor
/// (a set-group-ID run) only the installation's configuration names it.
func dataDirectoryPath(_ given: String?) throws -> String {
    guard LockedFloor.isActive else {
        return given ?? DataDirectoryStore.defaultPath(environment: ProcessInfo.processInfo.environment)
    }
    let configured = try LockedFloor.dataDirectory()
    if let given, given != configured {
        throw CLIFailure(message: "on this locked floor the data directory is \(configured); --data cannot change it",
                         code: .refused)
    }
    return configured
}

/// The UI language given with `--lang`, else the locale's (`zh*`, `ko*`, else English).
func uiLanguage(_ given: Language?) -> Language {
    given ?? UIText.language(fromEnvironment: ProcessInfo.processInfo.environment)
}
