import ArgumentParser
import HelpDeskCore

/// `helpdesk ring`: a caller joins the queue. Prints the call id alone, so
/// a PBX dialplan can capture it.
struct RingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ring", abstract: "Put a caller in the queue and print the new call's id.")

    @OptionGroup var store: StoreOptions
    @Option(help: "The caller's name, as given (any characters are kept as data).") var name: String
    @Option(help: "The caller's phone number.") var phone: String
    @Option(help: "The caller's surname, for the script's form of address.") var surname: String?
    @Option(help: "The honorific: 先生, 女士, Mr, Ms, 님…") var honorific: String?
    @Flag(help: "Mark the caller as a VIP.") var vip = false
    @Flag(name: .customLong("key-account"), help: "Mark the caller as a key account.") var keyAccount = false
    @Option(help: "The branch the caller belongs to.") var branch: String?
    @Option(help: "The queue (line) the call came in on.") var queue = "main"
    @Option(help: "Why the caller rang, in their words.") var reason: String?
    @Option(help: "Service category: \(Self.categoryList).") var category: ServiceCategory?
    @Option(help: "Preferred language: zh-Hans, en, ko.") var language: Language?

    func validate() throws { try checkIdentifiers(["--branch": branch, "--queue": queue]) }

    /// "inquiry, repair, …", built by hand: `joined(separator:)` is generic
    /// code whose first call had the runtime look up an associated type
    /// (0.29 M instructions) in every PBX `ring`, for help text it never shows.
    private static var categoryList: String {
        ServiceCategory.allCases.reduce(into: "") { list, category in
            list += (list.isEmpty ? "" : ", ") + category.rawValue
        }
    }

    func run() throws {
        try reportingFailures {
            let customer = Customer(name: name, surname: surname, honorific: honorific, phone: phone, branch: branch,
                                    language: language, tier: keyAccount ? .keyAccount : vip ? .vip : .regular)
            let floor = try store.openAsCallerSource(to: "ring a caller in")
            let event = try floor.commit(agent: nil) { state, now in
                try Floor.ring(state, customer: customer, queue: queue, reason: reason, category: category, at: now)
            }
            print(event.body.callID ?? "")
        }
    }
}

extension ServiceCategory: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension AgentStatus: ExpressibleByArgument {}
