import HelpDeskCore
import TermRender

/// The big-layout headline: five tiles whose figures are drawn in big
/// digits — callers waiting, the longest wait, service level, abandon rate,
/// agents ready. A tile in alert turns red and says "!" in its title.
struct HeadlineTiles {
    let model: WallboardModel

    func render(in area: Rect, scale: Int, buffer: inout Buffer) {
        let t = model.text.wallboard
        let f = model.figures
        let threshold = f.service.target.seconds
        let longest = Theme.WaitLevel(seconds: f.longestWaitingNow, threshold: Int(threshold))
        let tiles: [(String, String, Style, Bool)] = [
            (t.waiting, "\(f.waitingNow)", Style(fg: .cyan).bold, false),
            (t.longestWait, clockText(f.longestWaitingNow), longest.style, longest == .over),
            (t.serviceLevel, WallboardFormat.wholePercent(f.service.serviceLevel),
             model.alerts.serviceLevelUnder ? Style(fg: .red).bold : Style(fg: .green).bold, model.alerts.serviceLevelUnder),
            (t.abandonRate, WallboardFormat.wholePercent(f.service.abandonRate), Style(fg: .yellow).bold, false),
            (t.readyAgents, "\(f.agentsByState[.ready] ?? 0)", Style(fg: .green).bold, false),
        ]
        let places = area.columns(Array(repeating: .fill(1), count: tiles.count), spacing: 1)
        for ((label, value, style, alert), place) in zip(tiles, places) {
            let block = Block(title: alert ? "! " + label + " !" : label, titleStyle: alert ? Theme.alert : Theme.label,
                              titleAlignment: .center, border: alert ? .heavy : .rounded,
                              borderStyle: alert ? Theme.error : Theme.border)
            block.render(in: place, buffer: &buffer)
            let inner = block.inner(place)
            var digits = BigDigits(value, style: style, scale: scale, alignment: .center)
            if digits.width > inner.width { digits.scale = 1 }
            if digits.width > inner.width {
                buffer.put(value, in: inner.row(inner.height / 2), alignment: .center, style: style)
            } else {
                let top = inner.y + max(0, (inner.height - digits.height) / 2)
                digits.render(in: Rect(x: inner.x, y: top, width: inner.width, height: digits.height), buffer: &buffer)
            }
        }
    }
}
