import ColumnWidth
import HelpDeskCore
import TermRender

/// Complaints: the standing work (open, overdue, escalations waiting for a
/// lead, follow-ups due and late), satisfaction for the period, and the
/// period's complaints by category as a bar chart. Overdue is red and "!".
struct ComplaintsPanel {
    let model: WallboardModel

    func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let t = model.text.wallboard
        let c = model.figures.complaints
        let sat = c.satisfaction
        let used = FigureGrid(items: [
            FigureItem(label: t.open, value: "\(c.open)"),
            FigureItem.flagged(t.overdue, "\(c.overdue)", alert: c.overdue > 0),
            FigureItem(label: t.escalations, value: "\(c.escalationsWaiting)",
                       style: c.escalationsWaiting > 0 ? Theme.warn : Style().bold),
            FigureItem(label: t.followUpsDue, value: "\(c.followUpsDue)"),
            FigureItem.flagged(t.followUpsOverdue, "\(c.followUpsOverdue)", alert: c.followUpsOverdue > 0),
            FigureItem(label: t.satisfaction, value: WallboardFormat.score(sat.average) + " · " + t.satisfiedShare + " "
                       + WallboardFormat.percent(sat.shareSatisfied)),
        ]).render(in: Rect(x: area.x, y: area.y, width: area.width, height: min(6, area.height)), buffer: &buffer)
        var y = area.y + used
        guard y + 1 < area.maxY else { return }
        buffer.put(t.filedByCategory + " (\(c.filed))", x: area.x, y: y, style: Theme.header, maxWidth: area.width)
        y += 1
        let filed = c.filedByCategory.filter { $0.value > 0 }.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
        guard !filed.isEmpty else {
            buffer.put(t.noneFiled, x: area.x, y: y, style: Theme.dim, maxWidth: area.width)
            return
        }
        let names = model.text.complaintCategoryNames
        let labelWidth = min(area.width / 2, filed.map { displayWidth(names[$0.key] ?? $0.key.rawValue) }.max() ?? 8)
        let maximum = Double(filed.map(\.value).max() ?? 1)
        for (category, count) in filed where y < area.maxY {
            BarRow(label: names[category] ?? category.rawValue, labelWidth: labelWidth, value: Double(count), maximum: maximum,
                   valueText: "\(count)", barStyle: Style(fg: .magenta)).render(in: area.row(y - area.y), buffer: &buffer)
            y += 1
        }
    }
}
