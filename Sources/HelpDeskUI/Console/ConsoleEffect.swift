import Foundation
import HelpDeskCore

/// A change the console asks the store (or the disk) to make. The console
/// itself never writes: its runner carries these out and feeds back the
/// result, so every screen can be tested without a store or a terminal.
public enum ConsoleEffect: Equatable, Sendable {
    case claimNext
    case hangUp(call: String)
    /// The wrap-up is done: `WrapUp.complete` decides what it records.
    case complete(WrapUpFacts)
    case setStatus(AgentStatus)
    /// The agent pauses for a configured reason code, with optional words.
    case pause(reason: String, note: String?)
    /// Rings the terminal bell (a lead's instruction arrived).
    case bell
    /// Files the complaint the form holds. Filed, its draft is removed;
    /// refused, the form comes back as it was, with its draft kept.
    case fileComplaint(ComplaintDraft, promisedBy: Date)
    /// Writes the complaint draft, or removes it when nil.
    case saveDraft(ComplaintDraft?)
    case loadHistory(phone: String)
    case caseStep(CaseStep)
    /// The agent sets (or corrects) how the caller is addressed, on the customer's record.
    case nameCaller(call: String, surname: String, honorific: String)
    /// A lead marks the caller VIP or key account (or regular again).
    case updateCustomer(Customer, call: String?)
    /// Appends records that decide nothing (script steps said, phrase hits) to the journal.
    case record([EventBody])
    case quit
}
