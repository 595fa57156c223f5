import Foundation
import HelpDeskCore
import TermRender

/// Draws the whole console for a model: title, tabs (at 80x24), the four
/// panels, overlays and the status bar. Pure: the same model gives the same
/// buffer, so screens are tested line by line without a terminal.
public struct ConsoleView {
    public var model: ConsoleModel

    public init(model: ConsoleModel) { self.model = model }

    /// The frame, and where the terminal cursor goes (a focused text field).
    public func render() -> (buffer: Buffer, cursor: Point?) {
        var buffer = Buffer(size: model.size)
        let layout = ConsoleLayout(size: model.size, visible: model.panel)
        if layout.tooSmall {
            let line = "\(model.text.tooSmall) (\(model.size.width)x\(model.size.height)) · \(model.text.wrapUpText.keysPaused)"
            for (i, part) in wrap(line, width: max(1, model.size.width)).enumerated() {
                buffer.put(part, x: 0, y: i, style: Theme.warn)
            }
            return (buffer, nil)
        }
        drawTitle(layout.title, &buffer)
        if let tabs = layout.tabs {
            model.tabs.render(in: tabs, buffer: &buffer)
        }
        var cursor: Point?
        for (panel, area) in layout.panels {
            let focused = panel == model.panel
            let block = Block(title: title(of: panel), borderStyle: focused && !layout.tabbed ? Theme.focusBorder : Theme.border)
            block.render(in: area, buffer: &buffer)
            let inner = block.inner(area)
            switch panel {
            case .queue: QueuePanel(model: model, focused: focused).render(in: inner, buffer: &buffer)
            case .call:
                if let c = CallPanel(model: model, focused: focused).render(in: inner, buffer: &buffer) { cursor = c }
            case .script: ScriptPanel(model: model).render(in: inner, buffer: &buffer)
            case .complaint:
                if let c = ComplaintPanel(model: model, focused: focused).render(in: inner, buffer: &buffer) { cursor = c }
            }
        }
        StatusLine(model: model).render(in: layout.status, buffer: &buffer)
        if let overlay = model.overlay {
            cursor = OverlayView(model: model, overlay: overlay).render(in: buffer.area, buffer: &buffer)
        }
        return (buffer, cursor)
    }

    private func title(of panel: ConsoleModel.Panel) -> String {
        let t = model.text
        switch panel {
        case .queue: return " \(t.queue) · \(model.queue.count) \(t.waiting) "
        case .call: return " " + (model.wrapUp != nil ? t.wrapUp : t.call) + " "
        case .script: return " \(t.script) "
        case .complaint: return " \(t.complaint) "
        }
    }

    private func drawTitle(_ area: Rect, _ buffer: inout Buffer) {
        buffer.fill(area, style: Theme.title)
        buffer.put(" helpdesk · \(model.me.name) #\(model.me.agent)", in: area, alignment: .left, style: Theme.title)
        buffer.put("\(localClock(model.now)) ", in: area, alignment: .right, style: Theme.title)
    }
}
