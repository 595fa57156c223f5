import Foundation
import HelpDeskCore
import HelpDeskStore
import HelpDeskUI

/// The data directory given with `--data`, else the default
/// (`$HELPDESK_DATA`, else `$XDG_DATA_HOME/helpdesk`).
func dataDirectoryPath(_ given: String?) -> String {
    given ?? DataDirectoryStore.defaultPath(environment: ProcessInfo.processInfo.environment)
}

/// The UI language given with `--lang`, else the locale's (`zh*`, `ko*`, else English).
func uiLanguage(_ given: Language?) -> Language {
    given ?? UIText.language(fromEnvironment: ProcessInfo.processInfo.environment)
}
