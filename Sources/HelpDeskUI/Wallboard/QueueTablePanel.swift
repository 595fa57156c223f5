import HelpDeskCore
import TermRender

/// Today per queue (line): waiting now, longest wait, volumes and both
/// service-level forms, ASA, AHT and abandon rate, from one fold per queue.
struct QueueTablePanel {
    let model: WallboardModel

    func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let ui = model.text
        let t = ui.wallboard
        let rows = model.queueFigures
        guard !rows.isEmpty else {
            buffer.put(t.emptyQueue, x: area.x, y: area.y, style: Theme.dim, maxWidth: area.width)
            return
        }
        let wide = area.width >= 110
        var columns = [
            Table.Column(t.queueColumn, width: .fill(1)),
            .fitted(t.waiting, atLeast: 6),
            .fitted(t.longestWait, atLeast: wide ? 12 : 8),
            .fitted(t.offered, atLeast: wide ? 9 : 6),
            .fitted(t.answered, atLeast: wide ? 9 : 6),
            .fitted(t.abandoned, atLeast: wide ? 9 : 6),
            .fitted(t.serviceLevel, atLeast: wide ? 13 : 9),
        ]
        if wide {
            columns += [
                .fitted(t.serviceLevelWithAbandons, atLeast: 22),
                .fitted(t.asa, atLeast: 9),
                .fitted(t.aht, atLeast: 9),
                .fitted(t.abandonRate, atLeast: 10),
            ]
        }
        let threshold = Int(model.config.target.seconds)
        Table(columns: columns, rowCount: rows.count, rowAt: { index in
            let q = rows[index]
            let s = q.service
            let level = Theme.WaitLevel(seconds: q.longestWaitingNow, threshold: threshold)
            let under = s.meetsTarget == false
            var cells = [
                Span(q.queue), Span("\(q.waitingNow)"),
                Span(clockText(q.longestWaitingNow) + level.marker, style: level.style),
                Span("\(s.offered)"), Span("\(s.answered)"), Span("\(s.abandoned)"),
                WallboardFormat.levelCell(s.serviceLevel, under: under),
            ]
            if wide {
                cells += [Span(WallboardFormat.percent(s.serviceLevelWithAbandons)),
                          Span(WallboardFormat.duration(s.averageSpeedOfAnswer)),
                          Span(WallboardFormat.duration(s.averageHandleTime)),
                          Span(WallboardFormat.percent(s.abandonRate))]
            }
            return Table.Row(cells)
        }, selected: nil, headerStyle: Theme.header).render(in: area, buffer: &buffer)
    }
}
