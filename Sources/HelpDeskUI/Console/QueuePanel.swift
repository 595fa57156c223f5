import HelpDeskCore
import TermRender

/// The live queue: callers in queue order with tier, category and a wait
/// that counts up and turns yellow near the service-level threshold and
/// red (with "!") past it.
struct QueuePanel {
    let model: ConsoleModel
    let focused: Bool

    func render(in area: Rect, buffer: inout Buffer) {
        let t = model.text
        let queue = model.queue
        guard !queue.isEmpty else {
            buffer.put(t.emptyQueue, x: area.x + 1, y: area.y, style: Theme.dim, maxWidth: area.width - 1)
            return
        }
        let threshold = model.policy.serviceLevelSeconds
        // A wide panel also shows why each caller rang.
        let wide = area.width >= 100
        var columns = [
            Table.Column("#", width: .fixed(4), alignment: .right),
            Table.Column(t.name, width: .fill(3)),
            Table.Column(t.tier, width: .fixed(6)),
            Table.Column(t.category, width: .fill(2)),
        ]
        if wide { columns.append(Table.Column(t.reason, width: .fill(4))) }
        columns.append(Table.Column(t.wait, width: .fixed(8), alignment: .right))
        let table = Table(
            columns: columns,
            rowCount: queue.count,
            rowAt: { index in
                let call = queue[index]
                let waited = call.waited(at: model.now)
                let level = Theme.WaitLevel(seconds: waited, threshold: threshold)
                let tier = call.customer.tier
                let category = call.category.flatMap { t.categoryNames[$0] } ?? (call.isCallback ? "↺" : "")
                var cells = [
                    Span("\(index + 1)"),
                    Span(call.customer.name),
                    Span(t.tierNames[tier] ?? "", style: tier == .regular ? .plain : Theme.vip),
                    Span(category),
                ]
                if wide { cells.append(Span(call.reason ?? "", style: Theme.dim)) }
                cells.append(Span(clockText(waited) + level.marker, style: level.style))
                return Table.Row(cells)
            },
            selected: focused ? model.queueSelection : nil)
        table.render(in: area, buffer: &buffer)
    }
}
