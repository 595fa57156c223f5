import Foundation
import HelpDeskCore
import TermRender

/// The bottom line: the agent's state and time in it, the queue length and
/// longest wait, then a message or the keys that work here.
struct StatusLine {
    let model: ConsoleModel

    func render(in area: Rect, buffer: inout Buffer) {
        let t = model.text
        let agent = model.myAgent
        let status = agent?.status ?? .offline
        var state = t.statusNames[status] ?? status.rawValue
        if let reason = agent?.pauseReason { state += "(\(model.codes.pauseReasons.label(reason, in: t.language)))" }
        let inState = clockText(timeInState(status))
        let longest = model.longestWait
        let level = Theme.WaitLevel(seconds: longest, threshold: model.policy.serviceLevelSeconds)
        var left: [Span] = [
            Span(" \(state) \(inState) "),
            Span("│ \(t.queue) \(model.queue.count) · \(t.longest) \(clockText(longest))\(level.marker) "),
        ]
        let right: [Span]
        if let message = model.message {
            right = [Span(message.text + " ", style: message.isError ? Theme.error.reversed : Theme.status)]
        } else if model.outage != nil {
            right = [Span("⚠ \(t.floorLost) ", style: Theme.error.reversed)]
        } else if let notice = model.leadNotice {
            right = [Span("✉ " + notice + " · 4 ", style: Theme.alert)]
        } else {
            right = hints.map { Span("\($0.key) \($0.label) ") }
        }
        if level == .over { left[1].style = Theme.alert }
        StatusBar(left: left, right: right, style: Theme.status).render(in: area, buffer: &buffer)
    }

    /// The time in the agent's state; on a call and in wrap-up the call's
    /// own clocks, so the status bar and the call panel never disagree.
    private func timeInState(_ status: AgentStatus) -> TimeInterval {
        if let call = model.callInHand {
            if status == .wrapUp, let wrap = call.wrapUpTime(at: model.now) { return wrap }
            if status == .onCall { return call.talkTime(at: model.now) }
        }
        return model.myAgent?.timeInState(at: model.now) ?? 0
    }

    /// The keys that work in the current situation, most useful first: on a
    /// narrow screen the bar keeps as many as fit, from the first.
    private var hints: [(key: String, label: String)] {
        let t = model.text
        let formFocused = (model.panel == .call && model.wrapUp != nil) || (model.panel == .complaint && model.complaint != nil)
        if formFocused { return [("Tab", "⇅"), ("Ctrl-S", t.save), ("Esc", "←")] }
        if let call = model.callInHand, call.state == .talking {
            return [("h", t.hangUp), ("c", t.fileComplaint), ("?", t.help)]
        }
        return [("n", t.takeNext), ("?", t.help), ("q", t.quit), ("r", t.ready), ("p", t.pause)]
    }
}
