import TermRender

/// Draws a form: each field's label (with its error beside it) above its
/// value. Returns where the terminal cursor belongs when a text field has
/// focus and the form is active.
public struct FormView {
    public var form: Form
    public var active: Bool

    public init(form: Form, active: Bool) {
        self.form = form
        self.active = active
    }

    @discardableResult
    public func render(in area: Rect, buffer: inout Buffer) -> Point? {
        var y = area.y
        var cursor: Point?
        for (index, field) in form.fields.enumerated() {
            guard y + 1 < area.maxY else { break }
            let focused = active && index == form.focus
            let marker = focused ? "▸ " : "  "
            var used = buffer.put(marker + field.label, x: area.x, y: y, style: focused ? Theme.label : Theme.dim,
                                  maxWidth: area.width)
            if let error = field.error {
                used += buffer.put("  ✗ " + error, x: area.x + used, y: y, style: Theme.error, maxWidth: area.width - used)
            }
            y += 1
            let valueArea = Rect(x: area.x + 2, y: y, width: max(1, area.width - 2),
                                 height: min(field.rows, area.maxY - y))
            switch field.kind {
            case .text(let editor):
                let style = focused ? Theme.focusedField : Style.plain
                buffer.fill(valueArea, style: style)
                let point = editor.render(in: valueArea, buffer: &buffer, style: style)
                for cells in editor.screenRects(of: field.marks, in: valueArea) { buffer.setStyle(TextEditor.markStyle, in: cells) }
                if focused { cursor = point }
            case .choice(let options, let selected):
                let shown = "◂ " + options[selected] + " ▸"
                buffer.put(shown, x: valueArea.x, y: y, style: focused ? Theme.focusedChoice : .plain, maxWidth: valueArea.width)
            case .toggle(let on):
                buffer.put(on ? "[x]" : "[ ]", x: valueArea.x, y: y, style: focused ? Theme.focusedChoice : .plain)
            }
            y += valueArea.height
            if let hint = field.hint, y < area.maxY {
                buffer.put(hint, x: valueArea.x, y: y, style: Theme.warn, maxWidth: valueArea.width)
                y += 1
            }
        }
        return cursor
    }
}
