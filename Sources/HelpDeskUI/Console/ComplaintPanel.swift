import TermRender

/// The complaint form, or with no form open the case list.
struct ComplaintPanel {
    let model: ConsoleModel
    let focused: Bool

    func render(in area: Rect, buffer: inout Buffer) -> Point? {
        guard let complaint = model.complaint else {
            CaseList(model: model, focused: focused).render(in: area, buffer: &buffer)
            return nil
        }
        buffer.put([Span(complaint.customer.name, style: Theme.label), Span("  Ctrl-S \(model.text.save) · \(model.text.cases.discard) · Esc")],
                   x: area.x + 1, y: area.y, maxWidth: area.width - 1)
        let formArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        return FormView(form: complaint.form, active: focused).render(in: formArea, buffer: &buffer)
    }
}
