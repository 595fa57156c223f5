import ArgumentParser
import Foundation

extension Helpdesk {
    /// Ends the process for `error` as `exit(withError:)` does, with its
    /// status, but prints an error's message through `printError`, cleaned: the
    /// parser quotes a rejected value as typed (`--kind $'\e[2J'`), and an
    /// escape in it must not reach the terminal. Help and `--version` are
    /// the parser's own text and print as it prints them.
    static func exitCleaned(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        guard code != .success else { exit(withError: error) }
        let message = fullMessage(for: error)
        if !message.isEmpty { printError(message) }
        Foundation.exit(code.rawValue)
    }
}
