import ColumnWidth
import Foundation
import HelpDeskCore
import TermRender

/// Draws the wallboard for a model: title with the screen and its period,
/// the headline in big digits on a large terminal, the four panels (or the
/// per-queue or per-team table), the alert bar, and help on top. Pure: the same model
/// gives the same buffer, so screens are tested line by line.
public struct WallboardView {
    public var model: WallboardModel

    public init(model: WallboardModel) { self.model = model }

    public func render() -> Buffer {
        var buffer = Buffer(size: model.size)
        let layout = WallboardLayout(size: model.size, screen: model.screen)
        let t = model.text.wallboard
        if layout.tooSmall {
            let line = "\(t.tooSmall) (\(model.size.width)x\(model.size.height))"
            for (i, part) in wrap(line, width: max(1, model.size.width)).enumerated() {
                buffer.put(part, x: 0, y: i, style: Theme.warn)
            }
            return buffer
        }
        drawTitle(layout.title, &buffer)
        if let headline = layout.headline {
            HeadlineTiles(model: model).render(in: headline, scale: layout.digitScale, buffer: &buffer)
        }
        switch model.screen {
        case .queues:
            panel(t.perQueue + " · " + t.today, layout.table, &buffer) { QueueTablePanel(model: model).render(in: $0, buffer: &$1) }
        case .teams:
            panel(t.perTeam + " · " + t.today, layout.table, &buffer) { TeamTablePanel(model: model).render(in: $0, buffer: &$1) }
        case .today, .hour:
            panel(t.queueNow, layout.queue, &buffer) { QueueNowPanel(model: model).render(in: $0, buffer: &$1) }
            panel(t.service + " · " + periodName, layout.service, &buffer) { ServicePanel(model: model).render(in: $0, buffer: &$1) }
        }
        panel(t.agents, layout.agents, &buffer) { AgentsPanel(model: model).render(in: $0, buffer: &$1) }
        panel(t.complaints, layout.complaints, &buffer) { ComplaintsPanel(model: model).render(in: $0, buffer: &$1) }
        drawStatus(layout.status, &buffer)
        if model.showHelp { drawHelp(buffer.area, &buffer) }
        return buffer
    }

    private var periodName: String {
        let t = model.text.wallboard
        return model.screen == .hour ? t.thisHour : t.today
    }

    private func panel(_ title: String, _ area: Rect, _ buffer: inout Buffer, content: (Rect, inout Buffer) -> Void) {
        guard area.width >= 4, area.height >= 3 else { return }
        let block = Block(title: title, border: .rounded, borderStyle: Theme.border)
        block.render(in: area, buffer: &buffer)
        content(block.inner(area).inset(left: 1, right: 1), &buffer)
    }

    /// "helpdesk · Wallboard · [1] Today 08:00–  …  names masked · read-only · 14:32:05".
    /// When both sides do not fit, the right side yields "read-only" first,
    /// then the masked note; an unmasked wall always says so.
    private func drawTitle(_ area: Rect, _ buffer: inout Buffer) {
        let t = model.text.wallboard
        let zone = model.config.day.timeZone
        let p = model.figures.period
        let names = [t.today, t.thisHour, t.perQueue, t.perTeam]
        let span = model.screen == .hour
            ? "\(WallboardFormat.hourMinute(p.start, timeZone: zone))–\(WallboardFormat.hourMinute(p.end, timeZone: zone))"
            : "\(WallboardFormat.hourMinute(p.start, timeZone: zone))–"
        let left = " helpdesk · \(t.title) · [\(model.screen.rawValue + 1)] \(names[model.screen.rawValue]) \(span)"
        let clock = localClock(model.now, timeZone: zone) + " "
        let privacy = model.privacy == .masked ? t.masked : "! " + t.unmasked
        let choices = model.privacy == .masked
            ? ["\(privacy) · \(t.readOnly) · \(clock)", "\(privacy) · \(clock)", clock]
            : ["\(privacy) · \(t.readOnly) · \(clock)", "\(privacy) · \(clock)", "! · \(clock)"]
        let right = choices.first { displayWidth(left) + 1 + displayWidth($0) <= area.width } ?? choices[choices.count - 1]
        buffer.fill(area, style: Theme.title)
        let width = displayWidth(right)
        buffer.put(left, x: area.x, y: area.y, style: Theme.title, maxWidth: max(0, area.width - width - 1))
        buffer.put(right, x: area.maxX - width, y: area.y,
                   style: model.privacy == .masked ? Theme.title : Theme.alert, maxWidth: width)
    }

    /// The alert bar: each alert as a red "!" item (or a calm all-clear),
    /// the keys on the right.
    private func drawStatus(_ area: Rect, _ buffer: inout Buffer) {
        let t = model.text.wallboard
        let a = model.alerts
        var left: [Span] = []
        if let failure = model.failure {
            left.append(Span(" ! \(failure) ", style: Theme.alert))
        }
        if a.serviceLevelUnder {
            let s = model.figures.service
            left.append(Span(" ! \(t.alertServiceLevel) \(WallboardFormat.percent(s.serviceLevel)) < \(Int(s.target.percent))% ",
                             style: Theme.alert))
        }
        if a.callersPastThreshold > 0 {
            left.append(Span(" ! \(a.callersPastThreshold) \(t.alertCallers) \(clockText(model.config.target.seconds)) ",
                             style: Theme.alert))
        }
        if a.overdueComplaints > 0 {
            left.append(Span(" ! \(a.overdueComplaints) \(t.alertOverdue) ", style: Theme.alert))
        }
        if left.isEmpty { left.append(Span(" ✓ \(t.allClear) ", style: Style(fg: .black, bg: .green))) }
        StatusBar(left: left, right: [Span(t.keys + " ")], style: Theme.status).render(in: area, buffer: &buffer)
    }

    private func drawHelp(_ area: Rect, _ buffer: inout Buffer) {
        let lines = model.text.wallboard.helpLines
        let width = min(area.width - 2, (lines.map { displayWidth($0) }.max() ?? 20) + 4)
        let box = area.centered(width: width, height: min(area.height - 2, lines.count + 2))
        buffer.fill(box)
        let block = Block(title: model.text.help, border: .double, borderStyle: Theme.focusBorder)
        block.render(in: box, buffer: &buffer)
        Paragraph(lines.joined(separator: "\n"), wrap: true).render(in: block.inner(box).inset(left: 1, right: 1), buffer: &buffer)
    }
}
