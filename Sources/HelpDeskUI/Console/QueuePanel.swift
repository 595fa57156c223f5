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
        let table = Table(
            columns: [
                Table.Column("#", width: .fixed(4), alignment: .right),
                Table.Column(t.name, width: .fill(3)),
                Table.Column(t.tier, width: .fixed(6)),
                Table.Column(t.category, width: .fill(2)),
                Table.Column(t.wait, width: .fixed(8), alignment: .right),
            ],
            rowCount: queue.count,
            rowAt: { index in
                let call = queue[index]
                let waited = call.waited(at: model.now)
                let level = Theme.WaitLevel(seconds: waited, threshold: threshold)
                let tier = call.customer.tier
                let category = call.category.flatMap { t.categoryNames[$0] } ?? (call.isCallback ? "↺" : "")
                return Table.Row([
                    Span("\(index + 1)"),
                    Span(call.customer.name),
                    Span(t.tierNames[tier] ?? "", style: tier == .regular ? .plain : Theme.vip),
                    Span(category),
                    Span(clockText(waited) + level.marker, style: level.style),
                ])
            },
            selected: focused ? model.queueSelection : nil)
        table.render(in: area, buffer: &buffer)
    }
}
