import TermRender

/// A box drawn over the console: help, the quit question, the pause reason.
struct OverlayView {
    let model: ConsoleModel
    let overlay: ConsoleModel.Overlay

    func render(in screen: Rect, buffer: inout Buffer) -> Point? {
        let t = model.text
        switch overlay {
        case .help:
            let lines = HelpText.lines(t)
            let box = screen.inset(by: 1).centered(width: 64, height: lines.count + 2)
            buffer.fill(box)
            Block(title: " \(t.help) ", borderStyle: Theme.focusBorder).render(in: box, buffer: &buffer)
            for (i, line) in lines.enumerated() where i < box.height - 2 {
                buffer.put(line, x: box.x + 2, y: box.y + 1 + i, maxWidth: box.width - 4)
            }
            return nil
        case .confirmQuit:
            let box = screen.inset(by: 1).centered(width: 60, height: 4)
            buffer.fill(box)
            Block(borderStyle: Theme.warn).render(in: box, buffer: &buffer)
            Paragraph(t.confirmQuit).render(in: box.inset(by: 1), buffer: &buffer)
            return nil
        case .pauseReason(let editor):
            return prompt(t.pause, t.pauseReasonPrompt, editor, in: screen, buffer: &buffer)
        case .caseNote(let kind, let id, let editor):
            let question = switch kind {
            case .instruct: t.cases.instruct
            case .handBack: t.cases.handBack
            case .resolve: t.cases.resolve
            }
            return prompt(id, question, editor, in: screen, buffer: &buffer)
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

/// Every key of the console, listed by `?` / F1.
enum HelpText {
    static func lines(_ t: UIText) -> [String] {
        [
            "n / Enter   \(t.takeNext)",
            "h           \(t.hangUp)",
            "c           \(t.fileComplaint)",
            "r / p       \(t.ready) / \(t.pause)",
            "1-4, F2-F5  \(t.queue) · \(t.call) · \(t.script) · \(t.complaint)",
            "Tab / S-Tab \(t.switchPanel); in a form: next / previous field",
            "↑↓ j k      move · ←→ change a choice",
            "Ctrl-S, F10 \(t.save) · Esc back",
            "Space / .   \(t.script): \(t.coaching.said) · s \(t.coaching.skip) · ⌫ < \(t.coaching.back)",
            "a-z 0-9     \(t.script): \(t.coaching.branchKeys)",
            "Shift+key   \(t.script): \(t.coaching.situationKeys)",
            "Ctrl-R, F6  \(t.coaching.replaceHelp)",
            "4 \(t.complaint): \(t.cases.keys)",
            "F8          \(t.complaint): \(t.cases.discard) · \(t.cases.markTier)",
            "L           \(t.language_)",
            "? / F1      \(t.help) · q \(t.quit)",
        ]
    }
}
