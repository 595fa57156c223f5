import HelpDeskCore
import TermRender

/// Service for the screen's period: both service-level forms with the
/// threshold beside them, then volumes and averages. Service level under
/// target is red and marked "!".
struct ServicePanel {
    let model: WallboardModel

    func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let t = model.text.wallboard
        let s = model.figures.service
        let under = model.alerts.serviceLevelUnder
        let levels = FigureGrid(items: [
            FigureItem.flagged(t.serviceLevel, WallboardFormat.percent(s.serviceLevel), alert: under,
                               calm: s.meetsTarget == true ? Style(fg: .green).bold : Style().bold),
            FigureItem(label: t.serviceLevelWithAbandons, value: WallboardFormat.percent(s.serviceLevelWithAbandons)),
        ])
        var y = area.y
        y += levels.render(in: Rect(x: area.x, y: y, width: area.width, height: min(2, area.height)), buffer: &buffer)
        if y < area.maxY {
            buffer.put(t.target(s.target), in: Rect(x: area.x, y: y, width: area.width, height: 1), alignment: .right, style: Theme.dim)
            y += 1
        }
        let short = s.shortAbandons > 0 ? " (\(t.shortAbandons) \(s.shortAbandons))" : ""
        FigureGrid(items: [
            FigureItem(label: t.offered, value: "\(s.offered)"),
            FigureItem(label: t.answered, value: "\(s.answered)"),
            FigureItem(label: t.abandoned, value: "\(s.abandoned)" + short),
            FigureItem(label: t.abandonRate, value: WallboardFormat.percent(s.abandonRate)),
            FigureItem(label: t.asa, value: WallboardFormat.duration(s.averageSpeedOfAnswer)),
            FigureItem(label: t.aht, value: WallboardFormat.duration(s.averageHandleTime)),
            FigureItem(label: t.fcr, value: WallboardFormat.percent(s.firstContactResolution)),
        ]).render(in: Rect(x: area.x, y: y, width: area.width, height: max(0, area.maxY - y)), buffer: &buffer)
    }
}
