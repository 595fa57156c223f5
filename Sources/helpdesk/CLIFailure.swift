import ArgumentParser
import Foundation
import HelpDeskCore

/// The documented exit codes.
enum ExitStatus: Int32 {
    case refused = 1
    case queueEmpty = 3
    case storeUnavailable = 4
}

/// A failure the command reports as one line on standard error and a
/// documented exit code, instead of a stack of Swift errors.
struct CLIFailure: Error, CustomStringConvertible {
    var message: String
    var code: ExitStatus
    var description: String { message }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
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
