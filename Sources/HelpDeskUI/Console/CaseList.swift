import Foundation
import HelpDeskCore
import TermRender

/// Draws the case list under a caption saying whose cases it holds: each
/// complaint's id, status, customer, cause and the time left on its promise
/// (overdue ones marked "!"), then the lead's answers on the selected one.
struct CaseList {
    let model: ConsoleModel
    let focused: Bool

    func render(in area: Rect, buffer: inout Buffer) {
        let t = model.text
        let cases = model.cases
        guard !cases.isEmpty else {
            Paragraph(model.callInHand == nil ? t.noCall : "c — \(t.complaint)", style: Theme.dim)
                .render(in: area.inset(left: 1), buffer: &buffer)
            return
        }
        let caller = model.callerComplaints.isEmpty ? nil : model.callInHand.map { $0.customer.name }
        buffer.put(t.cases.caption(agent: model.me.name, isLead: model.me.role == .lead, caller: caller),
                   x: area.x + 1, y: area.y, style: Theme.dim, maxWidth: area.width - 1)
        let area = area.inset(top: 1)
        let listHeight = min(area.height, cases.count + 1)
        Table(
            columns: [
                Table.Column("#", width: .fixed(5)),
                Table.Column(t.state, width: .fixed(11)),
                Table.Column(t.name, width: .fill(2)),
                Table.Column(t.category, width: .fill(2)),
                Table.Column(t.promised.prefix(while: { $0 != " " && $0 != "（" && $0 != "(" }).description, width: .fixed(9),
                             alignment: .right),
            ],
            rows: cases.map { c in
                let left = c.promisedBy.map { $0.timeIntervalSince(model.now) }
                let overdue = (left ?? 1) < 0
                return Table.Row([
                    Span(c.id),
                    Span(t.cases.statusNames[c.status] ?? c.status.rawValue, style: c.status == .escalated ? Theme.warn : .plain),
                    Span(c.customer.name),
                    Span(t.complaintCategoryNames[c.category] ?? c.category.rawValue),
                    Span(left.map { (overdue ? "!" : "") + clockText(abs($0)) } ?? "–", style: overdue ? Theme.error : .plain),
                ])
            },
            selected: focused ? model.caseSelection : nil
        ).render(in: Rect(x: area.x, y: area.y, width: area.width, height: listHeight), buffer: &buffer)
        guard let chosen = model.selectedCase, listHeight + 1 < area.height else { return }
        var lines = [chosen.keyPoints]
        lines += chosen.answersFromLead.compactMap { note in note.text.map { "→ \(note.by ?? ""): \($0)" } }
        let detail = Rect(x: area.x + 1, y: area.y + listHeight + 1, width: area.width - 1, height: area.height - listHeight - 1)
        Paragraph(lines.joined(separator: "\n")).render(in: detail, buffer: &buffer)
    }
}
