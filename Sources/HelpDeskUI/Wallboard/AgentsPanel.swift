import HelpDeskCore
import TermRender

/// Agents: how many are in each state, then each agent's state (with the
/// pause reason), time in it, calls handled and AHT for the period.
struct AgentsPanel {
    let model: WallboardModel

    static func style(of status: AgentStatus) -> Style {
        switch status {
        case .ready: Style(fg: .green).bold
        case .onCall: Style(fg: .cyan)
        case .wrapUp: Style(fg: .yellow)
        case .paused: Style(fg: .magenta)
        case .offline: Theme.dim
        }
    }

    func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let ui = model.text
        let t = ui.wallboard
        let f = model.figures
        let states: [AgentStatus] = [.ready, .onCall, .wrapUp, .paused]
        let counts = states.map { Span("\(ui.statusNames[$0] ?? $0.rawValue) \(f.agentsByState[$0] ?? 0)  ", style: Self.style(of: $0)) }
        buffer.put(counts, x: area.x, y: area.y, maxWidth: area.width)
        let list = area.inset(top: 1)
        guard !list.isEmpty, !f.agents.isEmpty else { return }
        let roomy = list.width >= 56
        // A narrow panel leaves AHT per agent out; the service panel has the floor's.
        var columns = [
            Table.Column(ui.agent, width: .fill(2)),
            Table.Column(ui.state, width: roomy ? .fill(2) : .fixed(8)),
            .fitted(ui.inState, atLeast: 7),
            .fitted(t.handled, atLeast: 5),
        ]
        if roomy { columns.append(.fitted(t.aht, atLeast: 6)) }
        Table(columns: columns, rowCount: f.agents.count, rowAt: { index in
            let a = f.agents[index]
            var state = ui.statusNames[a.status] ?? a.status.rawValue
            if let reason = a.pauseReason, !reason.isEmpty {
                state += " · " + (model.pauseReasons?.label(reason, in: ui.language) ?? reason)
            }
            if let seen = a.lastSeen {
                state = "\(t.lostSeen) \(WallboardFormat.hourMinute(seen, timeZone: model.config.day.timeZone))"
            }
            // The roster's name: the journal may know an agent only by number.
            let name = model.roster.entry(forAgent: a.id)?.name ?? a.name
            var cells = [
                Span(name == a.id ? "#\(a.id)" : "\(name) #\(a.id)"),
                Span(state, style: a.lastSeen == nil ? Self.style(of: a.status) : Style(fg: .red)),
                Span(clockText(a.timeInState)),
                Span("\(a.callsHandled)"),
            ]
            if roomy { cells.append(Span(WallboardFormat.duration(a.averageHandleTime))) }
            return Table.Row(cells)
        }, selected: nil, headerStyle: Theme.header).render(in: list, buffer: &buffer)
    }
}
