import ArgumentParser
import Foundation
import HelpDeskCore

/// The PBX hook commands (`ring`, `abandon`, `claim`) without building
/// ArgumentParser's command tree. A dialplan runs them on every call and
/// waits for them; the parser's tree of every command costs ~4 ms of
/// reflection (protocol-conformance scans from `String(describing:)` and
/// `Mirror`), more than the store's open and fsynced commit together.
///
/// Only a plain command line takes this path: `--option value` or
/// `--option=value` with a known option, known flags, each at most once,
/// no value that is empty or starts with `-`. Anything else (help, an
/// unknown, repeated or short option, `--`, a missing value, a value the
/// option's type refuses, an id that is not an `Identifier`) returns nil and
/// goes to ArgumentParser, whose `validate()` gives the usual answer. The command is then filled in and its own `run()` does
/// the work, so what the user sees is the same either way.
enum HookFastPath {
    /// The filled-in command for a plain hook line, else nil.
    static func command(_ arguments: [String]) -> (any ParsableCommand)? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        switch name {
        case "ring": return ring(rest)
        case "abandon": return abandon(rest)
        case "claim": return claim(rest)
        default: return nil
        }
    }

    /// Runs the command and exits as `ParsableCommand.main` would. The
    /// commands report their own failures and throw `ExitCode`, which
    /// ArgumentParser turns into that status with nothing printed; exiting
    /// here directly skips the usage text it would build and then discard.
    static func run(_ command: any ParsableCommand) -> Never {
        var command = command
        do {
            try command.run()
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            Helpdesk.exitCleaned(error)
        }
        exit(0)
    }

    private static func ring(_ arguments: ArraySlice<String>) -> RingCommand? {
        guard let line = PlainLine(arguments,
                                   options: ["data", "name", "phone", "surname", "honorific", "branch", "queue",
                                             "reason", "category", "language"],
                                   flags: ["vip", "key-account"]),
              line.positionals.isEmpty,
              let name = line.options["name"], let phone = line.options["phone"],
              let category = line.parsed("category", as: ServiceCategory.self),
              let language = line.parsed("language", as: Language.self),
              line.identifiers("branch", "queue") else { return nil }
        var command = RingCommand()
        command.store = line.store
        command.name = name
        command.phone = phone
        command.surname = line.options["surname"]
        command.honorific = line.options["honorific"]
        command.vip = line.flags.contains("vip")
        command.keyAccount = line.flags.contains("key-account")
        command.branch = line.options["branch"]
        command.queue = line.options["queue"] ?? "main"
        command.reason = line.options["reason"]
        command.category = category
        command.language = language
        return command
    }

    private static func abandon(_ arguments: ArraySlice<String>) -> AbandonCommand? {
        guard let line = PlainLine(arguments, options: ["data"], flags: []), line.positionals.count == 1,
              Identifier.problem(line.positionals[0]) == nil else { return nil }
        var command = AbandonCommand()
        command.store = line.store
        command.call = line.positionals[0]
        return command
    }

    private static func claim(_ arguments: ArraySlice<String>) -> ClaimCommand? {
        guard let line = PlainLine(arguments, options: ["data", "agent"], flags: ["json"]),
              line.positionals.isEmpty, line.identifiers("agent") else { return nil }
        var command = ClaimCommand()
        command.store = line.store
        var actor = ActorOptions()
        actor.agent = line.options["agent"]
        command.actor = actor
        command.json = line.flags.contains("json")
        return command
    }
}

/// A command line of long options, flags and positionals, or nil when it is
/// anything less plain (see `HookFastPath`).
struct PlainLine {
    private(set) var options: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    init?(_ arguments: ArraySlice<String>, options known: Set<String>, flags knownFlags: Set<String>) {
        var rest = arguments
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                positionals.append(argument)
                continue
            }
            guard argument.hasPrefix("--") else { return nil }
            let body = argument.dropFirst(2)
            let name: String
            let value: String
            if let equals = body.firstIndex(of: "=") {
                name = String(body[..<equals])
                value = String(body[body.index(after: equals)...])
            } else if knownFlags.contains(String(body)) {
                guard flags.insert(String(body)).inserted else { return nil }
                continue
            } else {
                guard let next = rest.popFirst() else { return nil }
                name = String(body)
                value = next
            }
            guard known.contains(name), options[name] == nil, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            options[name] = value
        }
    }

    /// The data-directory option group, as ArgumentParser would fill it.
    var store: StoreOptions {
        var store = StoreOptions()
        store.data = options["data"]
        return store
    }

    /// Whether each of these options, where given, is an `Identifier`.
    func identifiers(_ names: String...) -> Bool {
        names.allSatisfy { options[$0].map { Identifier.problem($0) == nil } ?? true }
    }

    /// An optional typed option: `.some(nil)` when absent, nil when its value
    /// is one the type refuses (so ArgumentParser can say so).
    func parsed<T: ExpressibleByArgument>(_ name: String, as type: T.Type) -> T?? {
        guard let raw = options[name] else { return .some(nil) }
        guard let value = T(argument: raw) else { return nil }
        return .some(value)
    }
}
