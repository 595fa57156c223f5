import ArgumentParser
import ColumnWidth
import Foundation
import HelpDeskCore
import HelpDeskPostgres

/// The documented exit codes.
enum ExitStatus: Int32 {
    case refused = 1
    case queueEmpty = 3
    case storeUnavailable = 4
    /// A value on the command line, or in a file it names, cannot be used.
    case badInput = 64
}

/// A failure the command reports as one line on standard error and a
/// documented exit code, instead of a stack of Swift errors.
struct CLIFailure: Error, CustomStringConvertible {
    var message: String
    var code: ExitStatus
    var description: String { message }
}

/// A value given on the command line that cannot be used: one line naming
/// the option and what is wrong with it, exit 64 (as ArgumentParser's own
/// validation failures), without the usage text that would bury it.
func badInput(_ message: String) -> ExitCode {
    printError("helpdesk: \(message)")
    return ExitCode(ExitStatus.badInput.rawValue)
}

/// Runs `body`, turning the domain's refusal of a value into bad input
/// (exit 64, the message unchanged): for values typed or imported, not
/// changes the floor refused.
func asBadInput<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let refusal as DomainError {
        throw CLIFailure(message: refusal.description, code: .badInput)
    }
}

/// Refuses, with exit 64, the first given value that is not an identifier
/// (see `Identifier`: empty, too long, control characters, a path), naming
/// its option.
func checkIdentifiers(_ values: KeyValuePairs<String, String?>) throws {
    for case let (option, value?) in values {
        if let problem = Identifier.problem(value) { throw badInput("\(option) \(Identifier.quoted(value)) \(problem)") }
    }
}

/// Prints a message on standard error, each line cleaned
/// (`ColumnWidth.sanitize`): messages quote what was typed or read, and an
/// escape in a file name or a value must not reach the terminal.
func printError(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { sanitize(String($0)) }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
}

/// Runs a command body, mapping domain refusals and store failures to
/// their exit codes with a message naming what was wrong.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CLIFailure {
        printError("helpdesk: \(failure.message)")
        throw ExitCode(failure.code.rawValue)
    } catch DomainError.queueEmpty {
        printError("helpdesk: \(DomainError.queueEmpty)")
        throw ExitCode(ExitStatus.queueEmpty.rawValue)
    } catch let refusal as DomainError {
        printError("helpdesk: \(refusal)")
        throw ExitCode(ExitStatus.refused.rawValue)
    } catch let refusal as PostgresError where refusal.isPrivilegeRefusal {
        // The server refused this role the step, as the program refuses a
        // DomainError: the floor is there, and retrying will not help.
        printError("helpdesk: \(refusal)")
        throw ExitCode(ExitStatus.refused.rawValue)
    } catch let error as ExitCode {
        throw error
    } catch {
        printError("helpdesk: \(error)")
        throw ExitCode(ExitStatus.storeUnavailable.rawValue)
    }
}

/// Prints one value as a line of JSON, in the journal's format.
func printJSON(_ value: some Encodable, pretty: Bool = false) throws {
    let data = try JournalCoding.encoder(pretty: pretty).encode(value)
    FileHandle.standardOutput.write(data + Data("\n".utf8))
}
