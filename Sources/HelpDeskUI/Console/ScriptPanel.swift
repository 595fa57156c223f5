import ColumnWidth
import Foundation
import HelpDeskCore
import TermRender

/// The call script for the call in hand: which scripts are stacked (the
/// opening, a situation on top), how the caller is addressed once the name
/// is known, the steps with the current one highlighted, the line to say
/// with the "never say" line beside it (below it when narrow), the branch
/// keys, the countdown of a timed wait, and the keys of the panel.
struct ScriptPanel {
    let model: ConsoleModel

    /// Below this width the "never say" line goes under the line to say.
    static let sideBySideWidth = 70

    func render(in area: Rect, buffer: inout Buffer) {
        guard let script = model.callScript, area.height > 3 else {
            Paragraph(model.text.noScript, style: Theme.dim).render(in: area.inset(left: 1), buffer: &buffer)
            return
        }
        let context = model.scriptContext
        let run = script.session.current
        let inner = area.inset(left: 1, right: 1)
        drawHeader(script.session, context: context, in: inner.row(0), buffer: &buffer)
        let keys = keyLines(language: context.language, width: inner.width)
        let body = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1 - keys.count))
        let listWidth = body.width >= 60 ? min(28, body.width / 3) : 0
        if listWidth > 0 {
            StepList(run: run, context: context)
                .render(in: Rect(x: body.x, y: body.y, width: listWidth, height: body.height), buffer: &buffer)
        }
        let detailX = body.x + (listWidth > 0 ? listWidth + 2 : 0)
        StepDetail(run: run, context: context, now: model.now, text: model.text.coaching, closing: model.closingScript)
            .render(in: Rect(x: detailX, y: body.y, width: body.maxX - detailX, height: body.height), buffer: &buffer)
        for (i, line) in keys.enumerated() {
            buffer.put(line, x: inner.x, y: body.maxY + i, maxWidth: inner.width)
        }
    }

    /// "Opening greeting › Silent line" on the left; on the right how to
    /// address the caller once the surname is known, until then (dimmed) the
    /// name the call came in with and the key that sets the surname.
    private func drawHeader(_ session: ScriptSession, context: ScriptContext, in row: Rect, buffer: inout Buffer) {
        let c = model.text.coaching
        let trail = session.stack.map { $0.script.title[context.language] }.joined(separator: " › ")
        let address = context.customer?.address(in: context.language)
        let name = context.customer?.name.trimmingCharacters(in: .whitespaces) ?? ""
        let caller = "\(c.caller): " + (address ?? (name.isEmpty ? c.nameUnknown : name) + " · m")
        let callerWidth = min(displayWidth(caller), row.width / 2)
        buffer.put(trail, x: row.x, y: row.y, style: Theme.header, maxWidth: row.width - callerWidth - 1)
        buffer.put(caller, in: Rect(x: row.maxX - callerWidth, y: row.y, width: callerWidth, height: 1),
                   alignment: .right, style: address == nil ? Theme.dim : Theme.label)
    }

    /// The panel's keys: moving through the script, then the situation
    /// scripts (Shift + key), flowed over as many rows as they need.
    private func keyLines(language: Language, width: Int) -> [[Span]] {
        let c = model.text.coaching
        var lines: [[Span]] = [[
            Span("Space", style: Theme.selected), Span(" \(c.said)  "),
            Span("s", style: Theme.selected), Span(" \(c.skip)  "),
            Span("⌫", style: Theme.selected), Span(" \(c.back)"),
        ]]
        var line: [Span] = [Span("\(c.situations): ", style: Theme.dim)]
        var used = displayWidth(line[0].text)
        for script in model.coaching.scripts.scripts(of: .situation) {
            // Only a letter has a Shift form to press (see `ScriptCommand`).
            guard let key = script.key, key.isLetter else { continue }
            let item = [Span(key.uppercased(), style: Theme.selected), Span(" \(script.title[language])  ")]
            let itemWidth = item.reduce(0) { $0 + displayWidth($1.text) }
            if used + itemWidth > width + 2 && line.count > 1 {
                lines.append(line)
                line = [Span(String(repeating: " ", count: displayWidth(c.situations) + 2))]
                used = displayWidth(line[0].text)
            }
            line += item
            used += itemWidth
        }
        if line.count > 1 { lines.append(line) }
        return lines
    }
}

/// The running script's steps in file order: ✓ said, – skipped, » said but
/// its wait cut short, ↳ branched
/// from, ▸ the current one (highlighted). Scrolls to keep the current step in view.
private struct StepList {
    let run: ScriptRun
    let context: ScriptContext

    func render(in area: Rect, buffer: inout Buffer) {
        guard area.height > 0 else { return }
        let steps = run.script.steps
        let current = steps.firstIndex { $0.id == run.stepID } ?? 0
        let top = max(0, min(current - area.height / 2, steps.count - area.height))
        for (row, index) in (top..<min(steps.count, top + area.height)).enumerated() {
            let step = steps[index]
            let isCurrent = index == current && !run.isFinished
            // A step with nothing to say (hang up, listen) is named by its coaching note, dimmed.
            let text = (step.say ?? step.note).map { run.script.fill($0, in: context).text } ?? step.id
            let line = marker(for: step, isCurrent: isCurrent) + " " + text
            let style = isCurrent ? Theme.selected : (step.say == nil ? Theme.dim : Style.plain)
            let y = area.y + row
            if isCurrent { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
            buffer.put(truncate(line, toWidth: area.width), x: area.x, y: y, style: style, maxWidth: area.width)
        }
    }

    private func marker(for step: ScriptStep, isCurrent: Bool) -> String {
        if isCurrent { return "▸" }
        switch run.log.last(where: { $0.step == step.id })?.action {
        case .said: return "✓"
        case .skipped: return "–"
        case .waitSkipped: return "»"
        case .branched: return "↳"
        case nil: return " "
        }
    }
}

/// The current step: the line to say and the line never to say, the
/// coaching note, the branch keys, then the countdown or how the script ends.
private struct StepDetail {
    let run: ScriptRun
    let context: ScriptContext
    let now: Date
    let text: CoachingText
    /// The closing script Space starts once this script has ended, if any.
    let closing: Script?

    func render(in area: Rect, buffer: inout Buffer) {
        guard area.width > 4, area.height > 0 else { return }
        var y = area.y
        if run.isFinished {
            drawEnd(at: &y, in: area, buffer: &buffer)
            return
        }
        let step = run.render(run.currentStep, context: context)
        let sideBySide = area.width >= ScriptPanel.sideBySideWidth && step.neverSay != nil
        if sideBySide {
            let columns = area.columns([.percent(55), .fill(1)], spacing: 2)
            let left = block(text.say, step.say?.text, in: columns[0], at: y, buffer: &buffer)
            let right = block("✗ " + text.neverSay, step.neverSay?.text, never: true, in: columns[1], at: y, buffer: &buffer)
            y += max(left, right)
        } else {
            y += block(text.say, step.say?.text, in: area, at: y, buffer: &buffer)
            y += block("✗ " + text.neverSay, step.neverSay?.text, never: true, in: area, at: y, buffer: &buffer)
        }
        if let note = step.note?.text {
            y += paragraph(note, style: Theme.dim, in: area, at: y, buffer: &buffer)
        }
        for branch in step.branches where y < area.maxY {
            buffer.put([Span(" \(branch.key) ", style: Theme.selected), Span(" " + branch.label)], x: area.x, y: y, maxWidth: area.width)
            y += 1
        }
        guard y < area.maxY else { return }
        if let remaining = run.remaining(at: now), let wait = step.wait {
            let seconds = Int(remaining.rounded(.up))
            let after = run.offered != nil ? text.offered : (wait.then == .advance ? text.autoNext : text.next)
            buffer.put([Span("⏱ \(seconds)s", style: Theme.warn), Span("  " + after)], x: area.x, y: y, maxWidth: area.width)
        } else if run.awaitsSaying, let wait = step.wait {
            buffer.put([Span("⏱ \(wait.seconds)s", style: Theme.dim), Span("  " + text.waitStarts)], x: area.x, y: y, maxWidth: area.width)
        } else if let final = step.final {
            buffer.put("■ \(text.ends): " + (text.actions[final] ?? final.rawValue), x: area.x, y: y, style: Theme.warn, maxWidth: area.width)
        }
    }

    /// Once the script has ended: the action left to carry out, or the
    /// closing script to go on with.
    private func drawEnd(at y: inout Int, in area: Rect, buffer: inout Buffer) {
        var line = "■ " + text.scriptEnded
        if let outcome = run.outcome { line += " → " + (text.actions[outcome] ?? outcome.rawValue) }
        buffer.put(line, x: area.x, y: y, style: Theme.alert, maxWidth: area.width)
        y += 1
        if let closing, y < area.maxY {
            buffer.put([Span("Space", style: Theme.selected), Span(" " + closing.title[context.language])], x: area.x, y: y, maxWidth: area.width)
            y += 1
        }
    }

    /// A label line and its wrapped text below; returns the rows used (none
    /// without text). The line to say is bold; the line never to say is red,
    /// so a glance cannot take one for the other.
    private func block(_ label: String, _ body: String?, never: Bool = false, in column: Rect, at y: Int, buffer: inout Buffer) -> Int {
        guard let body, y < column.maxY else { return 0 }
        buffer.put(label, x: column.x, y: y, style: never ? Theme.error : Theme.label, maxWidth: column.width)
        return 1 + paragraph(body, style: never ? Style(fg: .red) : Style.plain.bold, in: column, at: y + 1, buffer: &buffer)
    }

    /// Wrapped text from row `y`, clipped to the column; returns the rows used.
    private func paragraph(_ body: String, style: Style, in column: Rect, at y: Int, buffer: inout Buffer) -> Int {
        let shown = wrap(body, width: max(1, column.width)).prefix(max(0, column.maxY - y))
        for (i, line) in shown.enumerated() {
            buffer.put(line, x: column.x, y: y + i, style: style, maxWidth: column.width)
        }
        return shown.count
    }
}
