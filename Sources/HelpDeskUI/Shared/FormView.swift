import TermRender

/// Draws a form: each field's label (with its error beside it) above its
/// value; a yes/no toggle takes one row ("[x] label"). A form taller than
/// its area scrolls so the focused field is on screen. Returns where the
/// terminal cursor belongs when a text field has focus and the form is active.
public struct FormView {
    public var form: Form
    public var active: Bool

    public init(form: Form, active: Bool) {
        self.form = form
        self.active = active
    }

    /// Rows a field takes: label, value rows, and its hint line if any.
    static func height(of field: FormField) -> Int {
        let hint = field.hint == nil ? 0 : 1
        if case .toggle = field.kind { return 1 + hint }
        return 1 + field.rows + hint
    }

    /// The first field drawn: scrolled just enough that the focused one fits.
    func firstField(height: Int) -> Int {
        guard form.fields.indices.contains(form.focus) else { return 0 }
        var first = 0
        while first < form.focus,
              form.fields[first...form.focus].map(Self.height).reduce(0, +) > height {
            first += 1
        }
        return first
    }

    @discardableResult
    public func render(in area: Rect, buffer: inout Buffer) -> Point? {
        var y = area.y
        var cursor: Point?
        let first = firstField(height: area.height)
        for (index, field) in form.fields.enumerated() where index >= first {
            let focused = active && index == form.focus
            let marker = focused ? "▸ " : "  "
            if case .toggle(let on) = field.kind {
                guard y < area.maxY else { break }
                buffer.put(marker + (on ? "[x] " : "[ ] ") + field.label, x: area.x, y: y,
                           style: focused ? Theme.focusedChoice : .plain, maxWidth: area.width)
                y += 1
                if let hint = field.hint, y < area.maxY {
                    buffer.put(hint, x: area.x + 6, y: y, style: Theme.warn, maxWidth: max(0, area.width - 6))
                    y += 1
                }
                continue
            }
            guard y + 1 < area.maxY else { break }
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
                let point = editor.render(in: valueArea, buffer: &buffer, style: style)
                for cells in editor.screenRects(of: field.marks, in: valueArea) { buffer.setStyle(TextEditor.markStyle, in: cells) }
                if focused { cursor = point }
            case .choice(let options, let selected):
                let shown = "◂ " + options[selected] + " ▸"
                buffer.put(shown, x: valueArea.x, y: y, style: focused ? Theme.focusedChoice : .plain, maxWidth: valueArea.width)
            case .toggle:
                break
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
