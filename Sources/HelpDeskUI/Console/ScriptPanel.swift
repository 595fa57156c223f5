import TermRender

/// The call script for the call in hand.
struct ScriptPanel {
    let model: ConsoleModel

    func render(in area: Rect, buffer: inout Buffer) {
        Paragraph(model.text.noScript, style: Theme.dim).render(in: area.inset(left: 1), buffer: &buffer)
    }
}
