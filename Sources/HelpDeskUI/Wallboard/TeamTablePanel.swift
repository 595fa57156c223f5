import HelpDeskCore
import TermRender

/// Today per team: the team's agents by state now, and the calls its agents
/// answered (service level, ASA) and handled (AHT, first-contact resolution).
/// Abandons never reached a team; the per-queue screen has them.
struct TeamTablePanel {
    let model: WallboardModel

    func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let ui = model.text
        let t = ui.wallboard
        let rows = model.teamFigures
        guard !rows.isEmpty else {
            buffer.put(t.noAgents, x: area.x, y: area.y, style: Theme.dim, maxWidth: area.width)
            return
        }
        let wide = area.width >= 110
        let states: [AgentStatus] = wide ? [.ready, .onCall, .wrapUp, .paused] : [.ready, .onCall]
        var columns = [Table.Column(t.teamColumn, width: .fill(1)), .fitted(t.agents, atLeast: 6)]
        columns += states.map { .fitted(ui.statusNames[$0] ?? $0.rawValue, atLeast: 6) }
        columns += [.fitted(t.answered, atLeast: wide ? 9 : 6), .fitted(t.serviceLevel, atLeast: wide ? 13 : 9),
                    .fitted(t.handled, atLeast: 6)]
        if wide { columns += [.fitted(t.asa, atLeast: 9), .fitted(t.aht, atLeast: 9), .fitted(t.fcr, atLeast: 9)] }
        Table(columns: columns, rowCount: rows.count, rowAt: { index in
            let team = rows[index]
            let under = model.config.target.isMet(by: team.serviceLevel) == false
            var cells = [Span(team.team ?? t.noTeam, style: team.team == nil ? Theme.dim : .plain), Span("\(team.agents)")]
            cells += states.map { Span("\(team.agentsByState[$0] ?? 0)", style: AgentsPanel.style(of: $0)) }
            cells += [Span("\(team.answered)"),
                      WallboardFormat.levelCell(team.serviceLevel, under: under),
                      Span("\(team.handled)")]
            if wide {
                cells += [Span(WallboardFormat.duration(team.averageSpeedOfAnswer)),
                          Span(WallboardFormat.duration(team.averageHandleTime)),
                          Span(WallboardFormat.percent(team.firstContactResolution))]
            }
            return Table.Row(cells)
        }, selected: nil, headerStyle: Theme.header).render(in: area, buffer: &buffer)
    }
}
