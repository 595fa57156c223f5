import Foundation
import HelpDeskCore
import TermRender

/// The script panel's part of `update`: the opening (or follow-up) script
/// starts when the agent takes a call, the 1-second tick runs its countdown,
/// and keys in the script panel move it. Every move is journaled at once as
/// `ScriptStepRecorded` events through `ConsoleEffect.record`.
extension ConsoleModel {
    /// Starts the call's first script when a new call is in hand (and
    /// focuses the script panel, so the agent sees the greeting at once),
    /// drops it when the call is gone, and lets time pass for it.
    mutating func followScript() -> [ConsoleEffect] {
        guard let call = callInHand else {
            callScript = nil
            return []
        }
        if callScript?.call != call.id {
            callScript = nil
            guard call.state == .talking, let script = firstScript(for: call) else { return [] }
            callScript = CallScript(call: call.id, script: script)
            panel = .script
        }
        return tickScript()
    }

    /// The 1-second tick (or any message that moved `now`): a timed wait
    /// that has run out advances or offers its next step. Only while the
    /// caller is on the line: once the talk has ended the script stays in
    /// view as it was, and nothing more is recorded as said.
    mutating func tickScript() -> [ConsoleEffect] {
        guard var script = callScript, callInHand?.state == .talking else { return [] }
        script.tick(now)
        return journal(&script)
    }

    /// A key while a call is in hand and no form takes it, whichever panel
    /// has focus; nil when it is not a script key (or the talk has ended),
    /// so the global keys still work.
    mutating func handleScriptKey(_ key: Key) -> [ConsoleEffect]? {
        guard var script = callScript, callInHand?.state == .talking,
              var command = ScriptCommand(key: key, step: script.session.current.isFinished ? nil : script.session.current.currentStep,
                                          library: coaching.scripts)
        else { return nil }
        if command == .advance, let closing = closingScript { command = .enter(closing) }
        if let refusal = script.perform(command, at: now) {
            message = (describe(refusal, step: script.session.current.currentStep), true)
        }
        return journal(&script)
    }

    /// The closing script, when the running script has ended with the
    /// conversation going on: Space then starts the closing (anything else,
    /// the satisfaction question, goodbye), so the call ends by the script too.
    var closingScript: Script? {
        guard let session = callScript?.session, session.current.isFinished, session.pendingAction == nil,
              let closing = coaching.scripts.scripts(of: .closing).first, session.current.script.id != closing.id
        else { return nil }
        return closing
    }

    /// What placeholders are filled from: the agent, the caller (surname and
    /// honorific once known), the company; the product and appointment as
    /// typed on this call, else from the follow-up the call serves or the
    /// caller's newest open complaint; the promise and the case number from
    /// the complaint form, else that complaint. The caller's preferred
    /// language wins over the UI language, because it is the caller who
    /// hears the line.
    public var scriptContext: ScriptContext {
        let customer = callInHand?.customer
        // Read straight from the form: this runs on every frame of the script
        // panel, and a whole `ComplaintDraft` would be built for two fields.
        func known(_ field: String) -> String? { complaint.map { $0.form.text(field) }.flatMap { $0.isEmpty ? nil : $0 } }
        let followUp = callInHand?.followUp.flatMap { live.followUps[$0] }
        let openCase = followUp?.complaint.flatMap { live.complaints[$0] } ?? callerComplaints.first { $0.status.awaitsResolution }
        let typed = callScript?.typed ?? [:]
        return ScriptContext(
            language: customer?.language ?? text.language, agentName: me.name, agentNumber: me.agent,
            company: coaching.company, customer: customer,
            promisedTime: known("promised") ?? openCase?.promisedBy.map { LocalTime.minute($0, in: timeZone) },
            appointment: typed[.appointment] ?? followUp?.appointment,
            product: typed[.product] ?? known("product") ?? followUp?.product ?? openCase?.product,
            reference: openCase?.id)
    }

    /// On a call that serves a follow-up, the script the follow-up names
    /// (an apology and recovery for a dissatisfied customer, the repair
    /// check after a repair), else the first follow-up script; else the opening.
    private func firstScript(for call: Call) -> Script? {
        let library = coaching.scripts
        if let id = call.followUp {
            if let named = live.followUps[id]?.script.flatMap(library.script) { return named }
            if let followUp = library.scripts(of: .followUp).first { return followUp }
        }
        return library.opening
    }

    private mutating func journal(_ script: inout CallScript) -> [ConsoleEffect] {
        let bodies = script.unjournaled()
        callScript = script
        return bodies.isEmpty ? [] : [.record(bodies)]
    }

    private func describe(_ refusal: ScriptRefusal, step: ScriptStep) -> String {
        let c = text.coaching
        switch refusal {
        case .nothingBeneath:
            return c.firstScript
        case .run(.finished):
            return c.scriptEnded
        case .run(.choiceRequired), .run(.unknownBranch):
            return c.chooseBranch + " " + step.branches.map { String($0.key) }.joined(separator: " / ")
        }
    }
}
