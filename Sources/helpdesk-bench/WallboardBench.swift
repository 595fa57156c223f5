import Foundation
import HelpDeskCore
import HelpDeskReports
import HelpDeskStore
import HelpDeskUI
import TermRender

/// The wallboard benchmark (issue 6), two figures:
///
/// 1. Recompute: a synthetic business day of 100,000 events (40 agents, a
///    caller every ~4 s on two queues, answers, abandons, wrap-ups,
///    satisfaction, complaints), decoded from JSON Lines as the store hands
///    it over, is folded from scratch into every wallboard fold (today with
///    its per-queue sums, this hour) and the figures taken — what a
///    wallboard does once, at start-up; best and median of 15 runs;
///    `FloorMetrics` alone beside it. Target under 20 ms. Then what each
///    frame costs once the day is folded: the figures taken again from the
///    folds on each view (per team over a roster of four teams of ten).
/// 2. Event → frame: a child process rings a caller every 5–20 ms, stamping
///    its wall-clock time in the caller's name; this process waits on the
///    store's change descriptor as the wallboard does, refreshes, folds,
///    takes the figures, renders a 200x50 frame and paints it into a
///    `MemoryTerminal` (the same diff ncurses gets). Delay = painted − sent;
///    p50 and p99. Target under 50 ms.
func runWallboardBench() -> String {
    let config = MetricsConfig(day: BusinessDay(timeZone: TimeZone(identifier: "UTC")!))
    let day = DateInterval(start: JournalCoding.parseDate("2026-11-27T00:00:00Z")!, duration: 86_400)
    let (events, live) = syntheticDay(events: 100_000, in: day)
    let now = day.end.addingTimeInterval(-1)
    let size = Size(width: 200, height: 50)
    // Four teams of ten, as the synthetic day's 40 agents.
    let roster = Roster(entries: (1...40).map {
        RosterEntry(user: "a\($0)", agent: "A\($0)", name: "坐席\($0)", team: "\(($0 - 1) / 10 + 1)组")
    })

    var times: [Double] = []
    var check = ""
    for _ in 0..<15 {
        let start = DispatchTime.now()
        let model = WallboardModel(text: .forLanguage(.zh), privacy: .masked, config: config, events: events,
                                   live: live, now: now, size: size, roster: roster)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
        let s = model.figures.service
        check = "offered \(s.offered), answered \(s.answered), SL \(String(format: "%.1f%%", (s.serviceLevel ?? 0) * 100)), "
            + "\(model.figures.agents.count) agents, \(model.fold.queues.count) queues"
    }
    let foldOnly: Double = {
        let start = DispatchTime.now()
        var metrics = FloorMetrics(config: config, today: now)
        for e in events { metrics.apply(e) }
        _ = metrics.figures(at: now)
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
    }()

    var model = WallboardModel(text: .forLanguage(.zh), privacy: .masked, config: config, events: events,
                               live: live, now: now, size: size, roster: roster)
    // What a frame costs once the day is folded: figures taken anew from
    // the folds (a clock tick), on each view.
    var perFrame: [String] = []
    for key in ["1", "2", "3", "4"] {
        model.update(.key(.char(Character(key))))
        let ticks = 200
        let tickStart = DispatchTime.now()
        for n in 0..<ticks { model.update(.tick(now.addingTimeInterval(Double(n % 2) * 0.5))) }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - tickStart.uptimeNanoseconds) / 1e6 / Double(ticks)
        perFrame.append(String(format: "%.3f", ms))
    }
    model.update(.key(.char("1")))
    let renderStart = DispatchTime.now()
    let frames = 50
    for _ in 0..<frames { _ = WallboardView(model: model).render() }
    let renderMs = Double(DispatchTime.now().uptimeNanoseconds - renderStart.uptimeNanoseconds) / 1e6 / Double(frames)

    let delays: String
    do {
        let d = try eventToFrameDelays(changes: 300, config: config, size: size)
        delays = String(format: "p50 %.2f ms, p99 %.2f ms over %d events (target < 50 ms)", d.delays.p50, d.delays.p99, d.count)
    } catch {
        delays = "failed: \(error)"
    }
    return """
        wallboard bench: a day of \(events.count) events, 200x50 frame
          refold the whole day from scratch (today with per-queue sums + this hour): best \(String(format: "%.2f", times.min() ?? .nan)) ms, \
        median \(String(format: "%.2f", percentile(times, 0.5))) ms (target < 20 ms); FloorMetrics alone \(String(format: "%.2f", foldOnly)) ms
          take the figures from the folded day, per frame (today / this hour / per queue / per team): \(perFrame.joined(separator: " / ")) ms
          render one frame: \(String(format: "%.2f", renderMs)) ms
          event in another process → painted frame: \(delays)
          check: \(check)
        """
}

/// Follows a child's rings with a real `WallboardRunner` on a
/// `MemoryTerminal`, paced as `run()` paces it, and returns the delay from
/// each ring's send time to the painted frame that shows it.
private func eventToFrameDelays(changes: Int, config: MetricsConfig, size: Size) throws -> (delays: ArrivalBench.Delays, count: Int) {
    let scratch = try ScratchRoot()
    defer { scratch.remove() }
    let path = scratch.fresh("wallboard")
    let store = try DataDirectoryStore(path: path)
    _ = store.changeDescriptor
    let runner = try WallboardRunner(terminal: MemoryTerminal(size: size), store: store, text: .forLanguage(.zh),
                                     privacy: .masked, config: config)
    runner.draw()
    var pacer = FramePacer()
    pacer.drew()
    let sender = try ProcessFleet.spawn(["child", "send", "json", path, String(changes), String(Date().timeIntervalSince1970 + 0.2)])
    var delays: [Double] = []
    while delays.count < changes {
        guard store.waitForChange(timeout: .seconds(10)) else { throw BenchError("no change arrived within 10 s") }
        pacer.waitForNextFrame()
        let fresh = runner.followFloor()
        runner.draw()
        pacer.drew()
        let painted = Date().timeIntervalSince1970
        for event in fresh {
            if case .callRung(let rung) = event.body, let sent = ArrivalBench.sentTime(rung.call.customer.name) {
                delays.append(painted - sent)
            }
        }
    }
    sender.0.waitUntilExit()
    return (ArrivalBench.Delays(delays), delays.count)
}

/// About `target` events of one busy day, oldest first, with the live state
/// they leave: 40 agents starting ready, a caller every few seconds on the
/// "main" or "sales" line, one in twelve abandoned, the rest answered after
/// 0–24 s (so some miss the 20 s threshold), wrapped up and rated, a
/// complaint on one call in twenty.
private func syntheticDay(events target: Int, in day: DateInterval) -> ([Event], LiveState) {
    var events: [Event] = []
    events.reserveCapacity(target + 100)
    func emit(_ at: Date, _ agent: String?, _ body: EventBody) {
        events.append(Event(seq: events.count + 1, at: at, agent: agent, user: "bench", body: body))
    }
    for n in 1...40 {
        emit(day.start, "A\(n)", .agentStatus(AgentStatusChanged(agent: "A\(n)", name: "坐席\(n)", role: .agent, status: .ready)))
    }
    // About 4.8 events per call (abandons have 2, answered calls 5, one in twenty a complaint more).
    let calls = max(1, Double(target - 40) / 4.8)
    let spacing = (day.duration - 600) / calls
    let categories = ComplaintCategory.allCases
    var i = 0
    while events.count < target && Double(i) * spacing < day.duration - 600 {
        let at = day.start.addingTimeInterval(Double(i) * spacing)
        let id = "C\(i + 1)"
        let customer = Customer(name: "王伟", surname: "王", phone: "138\(10_000_000 + i)", branch: "广州")
        emit(at, nil, .callRung(CallRung(call: Call(id: id, customer: customer, queue: i % 3 == 0 ? "sales" : "main", enqueuedAt: at))))
        if i % 12 == 0 {
            emit(at.addingTimeInterval(Double(i % 50) / 10), nil, .callAbandoned(CallRef(call: id)))
        } else {
            // One call at a time per agent: 40 agents take turns, each call lasts under 40 × spacing.
            let agent = "A\(i % 40 + 1)"
            let answered = at.addingTimeInterval(Double(i % 25))
            let ended = answered.addingTimeInterval(Double(60 + i % 60))
            emit(answered, agent, .callClaimed(CallClaimed(call: id, agent: agent)))
            emit(ended, agent, .callEnded(CallRef(call: id)))
            emit(ended.addingTimeInterval(10), agent, .callCompleted(CallCompleted(
                call: id, category: .repair, disposition: "answered", resolved: i % 5 != 0)))
            emit(ended.addingTimeInterval(10), agent, .satisfaction(SatisfactionRecorded(call: id, answer: .score(1 + i % 5))))
            if i % 20 == 1 {
                let complaint = Complaint(id: "K\(i)", call: id, customer: customer, category: categories[i % categories.count],
                                          keyPoints: "上门时间不对", promisedBy: ended.addingTimeInterval(7200), owner: agent, openedAt: ended)
                emit(ended.addingTimeInterval(11), agent, .complaintFiled(ComplaintFiled(complaint: complaint)))
            }
        }
        i += 1
    }
    // Events of interleaved calls are not in time order; the journal is.
    // Ties keep their written order (a ring before its instant abandon).
    events.sort { ($0.at, $0.seq) < ($1.at, $1.seq) }
    // Then through JSON Lines and back, as the store hands a wallboard its
    // day: decoded in journal order, so the events sit in memory as they
    // would at a real start-up, not in the order this loop made them.
    let encoder = JournalCoding.encoder()
    var lines = Data()
    for (n, e) in events.enumerated() {
        lines.append(try! encoder.encode(Event(seq: n + 1, at: e.at, agent: e.agent, user: e.user, body: e.body)))
        lines.append(0x0A)
    }
    var journal: [Event] = []
    journal.reserveCapacity(events.count)
    var replay = LiveState()
    try! EventLines.forEach(in: lines) { event in
        replay.apply(event)
        journal.append(event)
    }
    return (journal, replay)
}
