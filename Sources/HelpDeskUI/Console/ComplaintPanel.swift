import TermRender

/// The complaint form, or how to open one.
struct ComplaintPanel {
    let model: ConsoleModel
    let focused: Bool

    func render(in area: Rect, buffer: inout Buffer) -> Point? {
        guard let complaint = model.complaint else {
            let hint = model.callInHand == nil ? model.text.noCall : "c — \(model.text.complaint)"
            Paragraph(hint, style: Theme.dim).render(in: area.inset(left: 1), buffer: &buffer)
            return nil
        }
        buffer.put([Span(complaint.customer.name, style: Theme.label), Span("  Ctrl-S \(model.text.save) · Esc")],
                   x: area.x + 1, y: area.y, maxWidth: area.width - 1)
        let formArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        return FormView(form: complaint.form, active: focused).render(in: formArea, buffer: &buffer)
    }
}
