import ColumnWidth
import TermRender

/// A box drawn over the console: help, the quit question, the pause reason.
struct OverlayView {
    let model: ConsoleModel
    let overlay: ConsoleModel.Overlay

    func render(in screen: Rect, buffer: inout Buffer) -> Point? {
        let t = model.text
        switch overlay {
        case .help:
            renderHelp(in: screen, buffer: &buffer)
            return nil
        case .confirm(let question):
            let box = screen.inset(by: 1).centered(width: 60, height: 6)
            buffer.fill(box)
            Block(borderStyle: Theme.warn).render(in: box, buffer: &buffer)
            Paragraph(ask(question)).render(in: Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: 2), buffer: &buffer)
            buffer.put(t.wrapUpText.yesNo, x: box.x + 2, y: box.y + 4, style: Theme.dim, maxWidth: box.width - 4)
            return nil
        case .pause(let form):
            let box = screen.inset(by: 1).centered(width: 50, height: 7)
            buffer.fill(box)
            Block(title: " \(t.pause) ", borderStyle: Theme.focusBorder).render(in: box, buffer: &buffer)
            return FormView(form: form, active: true).render(in: box.inset(by: 1), buffer: &buffer)
        case .caseNote(let kind, let id, let editor):
            let question = switch kind {
            case .instruct: t.cases.instruct
            case .handBack: t.cases.handBack
            case .resolve: t.cases.resolve
            }
            return prompt(id, question, editor, in: screen, buffer: &buffer)
        case .caller(let details):
            let box = screen.inset(by: 1).centered(width: 48, height: 11)
            buffer.fill(box)
            Block(title: " \(t.caller.title) · Ctrl-S ", borderStyle: Theme.focusBorder).render(in: box, buffer: &buffer)
            return FormView(form: details.form, active: true).render(in: box.inset(by: 1), buffer: &buffer)
        }
    }

    /// The help page in a box as wide as its longest line needs, up to the
    /// screen's width: at 120 or 200 columns nothing is cut; where a line
    /// is still too long it wraps at a word, under its own description.
    private func renderHelp(in screen: Rect, buffer: inout Buffer) {
        let help = ConsoleHelp.forLanguage(model.text.language)
        let keyWidth = help.entries.map { displayWidth($0.keys) }.max() ?? 0
        let widest = help.entries.map { keyWidth + 2 + displayWidth($0.action) }.max() ?? 0
        let area = screen.inset(by: 1)
        let width = min(area.width, widest + 4)
        let actionWidth = max(1, width - 4 - keyWidth - 2)
        var lines: [(keys: String, action: String)] = []
        for entry in help.entries {
            for (i, part) in wrap(entry.action, width: actionWidth).enumerated() {
                lines.append((i == 0 ? entry.keys : "", part))
            }
        }
        let box = area.centered(width: width, height: min(area.height, lines.count + 2))
        buffer.fill(box)
        Block(title: " \(model.text.help) ", borderStyle: Theme.focusBorder).render(in: box, buffer: &buffer)
        for (i, line) in lines.enumerated() where i < box.height - 2 {
            let y = box.y + 1 + i
            buffer.put(line.keys, x: box.x + 2, y: y, style: Theme.label, maxWidth: keyWidth)
            buffer.put(line.action, x: box.x + 2 + keyWidth + 2, y: y, maxWidth: actionWidth)
        }
    }

    /// The yes/no question, naming what would be ended.
    private func ask(_ question: ConsoleModel.Confirmation) -> String {
        let w = model.text.wrapUpText
        switch question {
        case .quit: return model.text.confirmQuit
        case .hangUp(let call):
            return WrapUpText.fill(w.confirmHangUp, ["name": model.callInHand?.customer.name ?? "", "call": call])
        case .escalate(let complaint, let lead): return WrapUpText.fill(w.confirmEscalate, ["complaint": complaint, "lead": lead])
        case .discardComplaint: return w.confirmDiscard
        }
    }

    /// A box asking one question with a one-line answer field.
    private func prompt(_ title: String, _ question: String, _ editor: TextEditor, in screen: Rect,
                        buffer: inout Buffer) -> Point {
        let box = screen.inset(by: 1).centered(width: 64, height: 5)
        buffer.fill(box)
        Block(title: " \(title) ", borderStyle: Theme.focusBorder).render(in: box, buffer: &buffer)
        buffer.put(question, x: box.x + 2, y: box.y + 1, maxWidth: box.width - 4)
        let field = Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: 1)
        return editor.render(in: field, buffer: &buffer, style: Theme.focusedField)
    }
}
