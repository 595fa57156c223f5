import Foundation
import ColumnWidth
import HelpDeskCore
import TermRender

/// The call in hand: who is calling, why, how long the talk has run, the
/// caller's earlier contacts, and the wrap-up form once the talk ends.
struct CallPanel {
    let model: ConsoleModel
    let focused: Bool

    func render(in area: Rect, buffer: inout Buffer) -> Point? {
        let t = model.text
        guard let call = model.callInHand else {
            Paragraph(t.noCall, style: Theme.dim).render(in: area.inset(left: 1), buffer: &buffer)
            return nil
        }
        let c = call.customer
        var y = area.y
        var header: [Span] = [Span(c.name, style: Theme.label), Span("  \(sanitize(c.phone))")]
        if let tier = t.tierNames[c.tier], !tier.isEmpty { header.append(Span("  \(tier)", style: Theme.vip)) }
        buffer.put(header, x: area.x + 1, y: y, maxWidth: area.width - 1)
        y += 1
        // In wrap-up the clock is the wrap-up's, the same the status bar
        // shows; the talk's length follows it.
        let talk = clockText(call.talkTime(at: model.now))
        let times = if let wrap = call.wrapUpTime(at: model.now) {
            "\(t.wrapUp) \(clockText(wrap)) · \(t.wrapUpText.talk) \(talk)"
        } else {
            "\(t.statusNames[.onCall] ?? "") \(talk)"
        }
        buffer.put("\(call.id) · \(times) · \(t.wait) \(clockText(call.waited(at: model.now)))",
                   x: area.x + 1, y: y, style: Theme.dim, maxWidth: area.width - 1)
        y += 1
        if let reason = call.reason {
            y += buffer.put("\(t.reason): \(reason)", x: area.x + 1, y: y, maxWidth: area.width - 1) > 0 ? 1 : 0
        }
        if let wrap = model.wrapUp {
            let formArea = Rect(x: area.x, y: y + 1, width: area.width, height: max(0, area.maxY - y - 1))
            return FormView(form: wrap.form, active: focused).render(in: formArea, buffer: &buffer)
        }
        HistoryList(calls: model.history, complaints: model.callerComplaints, followUps: model.callerFollowUps,
                    text: t, now: model.now, timeZone: model.timeZone)
            .render(in: Rect(x: area.x, y: y + 1, width: area.width, height: max(0, area.maxY - y - 1)), buffer: &buffer)
        return nil
    }
}

/// The caller's earlier contacts, newest first.
/// The caller's open complaints and follow-ups first (what the agent must
/// not miss), then earlier calls, newest first.
struct HistoryList {
    let calls: [Call]
    let complaints: [Complaint]
    let followUps: [FollowUp]
    let text: UIText
    let now: Date
    let timeZone: TimeZone

    func render(in area: Rect, buffer: inout Buffer) {
        guard area.height > 1 else { return }
        buffer.put(text.history, x: area.x + 1, y: area.y, style: Theme.header, maxWidth: area.width - 1)
        var lines: [Span] = complaints.map { c in
            let overdue = (c.promisedBy ?? .distantFuture) < now
            let category = text.complaintCategoryNames[c.category] ?? c.category.rawValue
            let status = text.cases.statusNames[c.status] ?? c.status.rawValue
            return Span("\(overdue ? "!" : "●") \(c.id) \(status) \(category) \(c.keyPoints)",
                        style: overdue ? Theme.error : Theme.warn)
        }
        lines += followUps.map { f in
            Span("↺ \(f.id) \(LocalTime.minute(f.dueAt, in: timeZone)) \(f.purpose)", style: Theme.vip)
        }
        lines += calls.filter { $0.state.isClosed }.map { call in
            let day = LocalTime.day(call.enqueuedAt, in: timeZone)
            let category = call.category.flatMap { text.categoryNames[$0] } ?? ""
            return Span("\(day) \(category) \(call.disposition ?? call.state.rawValue) \(call.notes ?? "")")
        }
        guard !lines.isEmpty else {
            buffer.put(text.noHistory, x: area.x + 1, y: area.y + 1, style: Theme.dim, maxWidth: area.width - 1)
            return
        }
        for (i, line) in lines.prefix(area.height - 1).enumerated() {
            buffer.put(line.text, x: area.x + 1, y: area.y + 1 + i, style: line.style, maxWidth: area.width - 1)
        }
    }
}
