import Foundation
import HelpDeskCore
import TermRender

extension ConsoleModel {
    /// Applies one message and returns the effects the runner must carry out.
    public mutating func update(_ message: ConsoleMessage) -> [ConsoleEffect] {
        switch message {
        case .key(let key):
            return handle(key)
        case .tick(let date):
            now = date
            deriveFromClock()
            return tickScript()
        case .floor(let state, let date):
            live = state
            now = date
            deriveFromFloor()
            return followFloor() + followScript() + noticeLeadNotes()
        case .history(let phone, let calls):
            if phone == callInHand?.customer.phone { history = calls }
            return []
        case .failed(let text):
            self.message = (text, true)
            return []
        case .done(let text):
            self.message = (text, false)
            return []
        case .warning(let text):
            self.message = ("⚠ " + text, true)
            return []
        case .floorLost(let reason):
            // The reason (a server's message, the floor's address) is kept
            // but not shown: it would not fit beside the agent's state.
            outage = reason
            self.message = ("⚠ " + text.floorLost, true)
            return []
        case .floorBack:
            guard outage != nil else { return [] }
            outage = nil
            self.message = (text.reconnected, false)
            // An edit made during the outage was not saved: save the draft now.
            return complaint.map { [.saveDraft($0.draft)] } ?? []
        }
    }

    /// Keeps the screen in step with the floor: a wrap-up form when this
    /// agent's talk ends, the caller's history when a call is taken.
    private mutating func followFloor() -> [ConsoleEffect] {
        guard let call = callInHand else {
            wrapUp = nil
            historyPhone = nil
            history = []
            return []
        }
        if call.state == .wrapUp, wrapUp?.call != call.id {
            let ran = Set(callScript.map { $0.session.log.map(\.script) + $0.session.stack.map(\.script.id) } ?? [])
            let complaintFiled = live.complaints.values.contains { $0.call == call.id }
            wrapUp = WrapUpForm(call: call, codes: codes, scripts: coaching.scripts.scripts(of: .followUp), ranScripts: ran,
                                complaintFiled: complaintFiled, text: text)
            panel = .call
        }
        wrapUp?.explainResolution(in: live, text: text)
        guard historyPhone != call.customer.phone else { return [] }
        historyPhone = call.customer.phone
        history = []
        return [.loadHistory(phone: call.customer.phone)]
    }

    private mutating func handle(_ key: Key) -> [ConsoleEffect] {
        if case .resize(let width, let height) = key {
            size = Size(width: width, height: height)
            return []
        }
        // Keys act only on what is on screen: while the terminal is too
        // small to show the console, no key reaches a hidden panel or form.
        // Only q still quits, when quitting leaves nothing unfinished.
        if ConsoleLayout(size: size, visible: panel).tooSmall {
            guard key == .char("q") || key == .char("Q"), overlay == nil, !hasUnfinishedWork else { return [] }
            quitting = true
            return [.quit]
        }
        if overlay != nil { return handleOverlay(key) }
        message = nil
        let effects = handleFocused(key)
        if panel == .complaint { leadNotice = nil }
        return effects
    }

    private mutating func handleFocused(_ key: Key) -> [ConsoleEffect] {
        if let effects = handleForm(key) { return effects }
        if panel == .complaint, complaint == nil, let effects = handleCaseKey(key) { return effects }
        // The script's keys work from whichever panel has focus while the
        // caller is on the line (the agent looks at the queue or the case
        // list and still says the next line); only a form being typed in
        // above takes them first.
        if let effects = handleScriptKey(key) { return effects }
        return handleGlobal(key)
    }

    private mutating func handleOverlay(_ key: Key) -> [ConsoleEffect] {
        switch overlay {
        case .help:
            overlay = nil
        case .confirm(let question):
            overlay = nil
            if key == .char("y") || key == .char("Y") { return confirmed(question) }
        case .caseNote(let kind, let id, let editor):
            return handleCaseNote(key, kind: kind, complaint: id, editor: editor)
        case .caller(let details):
            return handleCallerForm(key, details)
        case .pause(var form):
            return handlePause(key, form: &form)
        case nil:
            break
        }
        return []
    }

    /// Keys for the form in the focused panel; nil when the key is not the
    /// form's, so a global key still works from a choice field.
    private mutating func handleForm(_ key: Key) -> [ConsoleEffect]? {
        let width = ConsoleLayout(size: size, visible: panel).fieldWidth(panel)
        switch panel {
        case .call where wrapUp != nil:
            var wrap = wrapUp!
            let (outcome, recorded) = handleGuarded(key, form: &wrap.form, width: width, scope: "wrapUp", call: wrap.call)
            wrap.explainResolution(in: live, text: text)
            wrapUp = wrap
            switch outcome {
            case .submit: return submitWrapUp()
            case .leave: panel = .queue; return []
            case .moved, .edited: return recorded
            case .ignored: return isCommandKey(key) ? nil : []
            }
        case .complaint where complaint != nil:
            if key == .function(8) {
                if complaint!.isBlank { return discardComplaint() }
                overlay = .confirm(.discardComplaint)
                return []
            }
            var form = complaint!
            let (outcome, recorded) = handleGuarded(key, form: &form.form, width: width, scope: "complaint", call: form.call)
            complaint = form
            switch outcome {
            case .submit: return submitComplaint()
            case .leave: panel = .queue; return []
            case .edited: return [.saveDraft(form.draft)] + recorded
            case .moved: return recorded
            case .ignored: return isCommandKey(key) ? nil : []
            }
        default:
            return nil
        }
    }

    /// Keys a form passes on: function keys and panel switches never type.
    private func isCommandKey(_ key: Key) -> Bool {
        switch key {
        case .function, .ctrl: true
        default: false
        }
    }

    private mutating func handleGlobal(_ key: Key) -> [ConsoleEffect] {
        switch key {
        case .mouseClick(let x, let y):
            click(x: x, y: y)
        case .char("?"), .function(1):
            overlay = .help
        case .char("q"), .char("Q"):
            if hasUnfinishedWork { overlay = .confirm(.quit) } else { quitting = true; return [.quit] }
        case .char("1"), .function(2): panel = .queue
        case .char("2"), .function(3): panel = .call
        case .char("3"), .function(4): panel = .script
        case .char("4"), .function(5): panel = .complaint
        case .tab: panel = ConsoleModel.Panel(rawValue: (panel.rawValue + 1) % 4)!
        case .backTab: panel = ConsoleModel.Panel(rawValue: (panel.rawValue + 3) % 4)!
        case .escape: panel = .queue
        case .down, .char("j"): queueSelection = min(queueSelection + 1, max(0, queue.count - 1))
        case .up, .char("k"): queueSelection = max(queueSelection - 1, 0)
        case .pageDown: queueSelection = min(queueSelection + 10, max(0, queue.count - 1))
        case .pageUp: queueSelection = max(queueSelection - 10, 0)
        case .char("n"), .enter:
            if let call = callInHand {
                message = ("\(text.call) \(call.id)", true)
                return []
            }
            return [.claimNext]
        case .char("h"):
            guard let call = callInHand, call.state == .talking else { return [] }
            overlay = .confirm(.hangUp(call: call.id))
        case .char("c"):
            openComplaint()
        case .char("m"), .function(7):
            openCallerForm()
        case .char("r"):
            return [.setStatus(.ready)]
        case .char("p"):
            overlay = .pause(pauseForm())
        case .char("*") where me.role == .lead:
            guard let call = callInHand else { return [] }
            var customer = call.customer
            let tiers = Tier.allCases
            customer.tier = tiers[(tiers.firstIndex(of: customer.tier)! + 1) % tiers.count]
            return [.updateCustomer(customer, call: call.id)]
        case .char("L"):
            let all = Language.allCases
            text = UIText.forLanguage(all[(all.firstIndex(of: text.language)! + 1) % all.count])
        default:
            break
        }
        return []
    }

    /// Opens the complaint form for the caller in hand (keeping a draft in progress).
    private mutating func openComplaint() {
        panel = .complaint
        guard complaint == nil else { return }
        guard let call = callInHand else {
            message = (text.noCall, true)
            return
        }
        complaint = ComplaintForm(draft: ComplaintDraft(call: call.id, customer: call.customer), text: text,
                                  offered: complaintRules?.categories)
    }

    /// Reopens a draft left by an earlier session (dropped ssh, killed terminal).
    public mutating func restore(draft: ComplaintDraft) {
        var form = ComplaintForm(draft: draft, text: text, offered: complaintRules?.categories)
        _ = guardPhrases(in: &form.form, fields: Array(form.form.fields.indices), scope: "complaint", call: form.call, record: false)
        complaint = form
        panel = .complaint
    }

    private mutating func submitWrapUp() -> [ConsoleEffect] {
        guard var wrap = wrapUp else { return [] }
        let facts = wrap.validate(now: now, text: text, timeZone: timeZone)
        wrapUp = wrap
        return facts.map { [.complete($0)] } ?? []
    }

    /// Carries out what the agent said yes to.
    private mutating func confirmed(_ question: Confirmation) -> [ConsoleEffect] {
        switch question {
        case .quit:
            quitting = true
            return [.quit]
        case .hangUp(let call):
            return callInHand?.id == call && callInHand?.state == .talking ? [.hangUp(call: call)] : []
        case .escalate(let id, _):
            return [.caseStep(.escalate(id))]
        case .discardComplaint:
            return discardComplaint()
        }
    }

    private mutating func discardComplaint() -> [ConsoleEffect] {
        complaint = nil
        panel = .queue
        return [.saveDraft(nil)]
    }

    /// The pause question: a configured reason (digit or arrows) and the agent's own words.
    private func pauseForm() -> Form {
        let w = text.wrapUpText
        let labels = codes.pauseReasons.codes.map { $0.label(in: text.language) }
        return Form(fields: [
            FormField(id: "reason", label: text.reason, kind: .choice(options: ["– " + w.choose] + WrapUpForm.numbered(labels), selected: 0)),
            FormField(id: "note", label: w.pauseNote, kind: .text(TextEditor("", maxLength: 60))),
        ])
    }

    /// Keys of the pause question: Enter pauses with the chosen reason, Esc does not pause.
    private mutating func handlePause(_ key: Key, form: inout Form) -> [ConsoleEffect] {
        switch key {
        case .escape:
            overlay = nil
            return []
        case .enter, .ctrl("s"), .function(10):
            let chosen = form.choice("reason")
            guard chosen > 0 else {
                form.setError("reason", text.required)
                overlay = .pause(form)
                return []
            }
            overlay = nil
            let note = form.text("note").trimmingCharacters(in: .whitespaces)
            return [.pause(reason: codes.pauseReasons.codes[chosen - 1].code, note: note.isEmpty ? nil : note)]
        default:
            _ = form.handle(key, fieldWidth: 40)
            overlay = .pause(form)
            return []
        }
    }

    private mutating func submitComplaint() -> [ConsoleEffect] {
        guard var form = complaint else { return [] }
        let promised = form.validate(now: now, text: text, timeZone: timeZone, rules: complaintRules)
        complaint = form
        guard let promised else { return [] }
        complaint = nil
        panel = .queue
        return [.fileComplaint(form.draft, promisedBy: promised)]
    }
}
