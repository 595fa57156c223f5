import HelpDeskCore
import TermRender

/// Mouse clicks, for those who reach for one: a tab selects its panel, a
/// panel takes focus, a queue row is selected. Everything here also has a key.
extension ConsoleModel {
    /// The tab bar shown at 80x24, also used to find which tab was clicked.
    var tabs: Tabs {
        let t = text
        return Tabs(["1 " + t.queue + " (\(queue.count))", "2 " + t.call, "3 " + t.script, "4 " + t.complaint],
                    selected: panel.rawValue)
    }

    mutating func click(x: Int, y: Int) {
        let layout = ConsoleLayout(size: size, visible: panel)
        let point = Point(x: x, y: y)
        if let bar = layout.tabs, bar.contains(point) {
            if let index = tabs.tabIndex(atColumn: x, in: bar) { panel = Panel(rawValue: index) ?? panel }
            return
        }
        guard let (clicked, area) = layout.panels.first(where: { $0.value.contains(point) }) else { return }
        panel = clicked
        guard clicked == .queue else { return }
        let rows = Table(columns: [], rowCount: queue.count, rowAt: { _ in Table.Row([]) }, selected: queueSelection)
        if let row = rows.rowIndex(atScreenRow: y, in: area.inset(by: 1)) { queueSelection = row }
    }
}
