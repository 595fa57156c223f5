import HelpDeskCore
import TermRender

/// Queue now: how many wait and the longest wait, then the waiting callers
/// in queue order — names and phones masked unless the wall was started
/// `--unmasked`. A wait at or past the threshold is red and marked "!".
struct QueueNowPanel {
    let model: WallboardModel

    func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let t = model.text.wallboard
        let f = model.figures
        let threshold = Int(f.service.target.seconds)
        let longest = Theme.WaitLevel(seconds: f.longestWaitingNow, threshold: threshold)
        FigureGrid(items: [
            FigureItem(label: t.waiting, value: "\(f.waitingNow)"),
            FigureItem(label: t.longestWait, value: clockText(f.longestWaitingNow) + longest.marker, style: longest.style),
        ]).render(in: area.row(0), buffer: &buffer)
        let list = area.inset(top: 1)
        guard !list.isEmpty else { return }
        let callers = model.waiting
        guard !callers.isEmpty else {
            buffer.put(t.emptyQueue, x: list.x, y: list.y + 1, style: Theme.dim, maxWidth: list.width)
            return
        }
        let ui = model.text
        let wide = list.width >= 44
        var columns = [Table.Column(ui.name, width: .fill(2)), Table.Column(ui.phone, width: .fixed(11))]
        if wide { columns.append(Table.Column(ui.category, width: .fill(1))) }
        columns.append(.fitted(ui.wait, atLeast: 8))
        Table(columns: columns, rowCount: callers.count, rowAt: { index in
            let call = callers[index]
            let waited = call.waited(at: model.now)
            let level = Theme.WaitLevel(seconds: waited, threshold: threshold)
            var cells = [Span(model.privacy.name(call.customer)), Span(model.privacy.phone(call.customer), style: Theme.dim)]
            if wide { cells.append(Span(call.category.flatMap { ui.categoryNames[$0] } ?? (call.isCallback ? "↺" : ""))) }
            cells.append(Span(clockText(waited) + level.marker, style: level.style))
            return Table.Row(cells)
        }, selected: nil, headerStyle: Theme.header).render(in: list, buffer: &buffer)
    }
}
