import Foundation
import HelpDeskCore
import TermRender

/// Everything the wallboard shows, as a value: the folds, the live queue,
/// which screen is up, and the figures taken for it at the last update, so
/// drawing a frame computes nothing. `update` changes it; `WallboardView` draws it.
public struct WallboardModel: Sendable {
    /// The screens the keys switch between.
    public enum Screen: Int, CaseIterable, Sendable {
        case today, hour, queues, teams

        /// The per-queue and per-team screens show a table of today in place
        /// of the queue and service panels.
        var isTable: Bool { self == .queues || self == .teams }
    }

    public var text: UIText
    public var privacy: CallerPrivacy
    public var screen: Screen = .today
    public var showHelp = false
    public var size: Size
    public var quitting = false
    /// The last failure reading the store, if the last read failed.
    public var failure: String?
    public var policy: QueuePolicy
    /// Who is in which team (per-team screen), as the store's roster says.
    public var roster: Roster
    /// The configured pause reasons, so a paused agent's reason reads as its label.
    public var pauseReasons: ReasonCodeList?
    public internal(set) var now: Date
    public internal(set) var fold: WallboardFold
    public internal(set) var live: LiveState
    /// Callers waiting now, head first, as the agents' consoles order them.
    public internal(set) var waiting: [Call] = []
    /// Figures for the current screen's period (today's on the queue screen).
    public internal(set) var figures: WallboardFigures
    /// Today per queue, busiest first (queue screen).
    public internal(set) var queueFigures: [QueueFigures] = []
    /// Today per team, in name order, agents without a team last (team screen).
    public internal(set) var teamFigures: [TeamFigures] = []
    public internal(set) var alerts: WallboardAlerts

    /// A wallboard that has folded `events` (oldest first; any newer than
    /// `live` are left for the next update) and adopted the open complaints
    /// of `live`. An array, not any sequence: this loop is the wallboard's
    /// start-up, and a generic sequence called from another module is walked
    /// through witness tables, a third slower.
    public init(text: UIText, privacy: CallerPrivacy, config: MetricsConfig, events: [Event],
                live: LiveState, now: Date, size: Size, policy: QueuePolicy = .standard, roster: Roster = Roster()) {
        var fold = WallboardFold(config: config, now: now)
        for event in events where event.seq <= live.lastSeq { fold.apply(event) }
        fold.adopt(live)
        self.text = text
        self.privacy = privacy
        self.size = size
        self.policy = policy
        self.roster = roster
        self.now = now
        self.fold = fold
        self.live = live
        // What `refigure()` gives on the today screen, taken once here.
        waiting = live.queue(at: now, policy: policy)
        figures = WallboardFigures(today: fold.today.figures(at: now), live: live)
        alerts = WallboardAlerts(figures: figures, waiting: waiting, now: now)
    }

    public var config: MetricsConfig { fold.config }

    /// Takes the figures for the screen at `now`: once per change or tick.
    mutating func refigure() {
        fold.advance(to: now)
        waiting = live.queue(at: now, policy: policy)
        let todayFold = fold.today.figures(at: now)
        let today = WallboardFigures(today: todayFold, live: live)
        switch screen {
        case .today, .queues, .teams: figures = today
        case .hour: figures = WallboardFigures(period: fold.hour.figures(at: now), today: today)
        }
        if screen == .queues {
            let waitingByQueue = Dictionary(grouping: waiting, by: \.queue)
            let at = now
            queueFigures = fold.queues.map { name, sums in
                var tally = sums
                let waits = (waitingByQueue[name] ?? []).map { $0.waited(at: at) }
                for wait in waits { tally.noteWaiting(wait) }
                return QueueFigures(queue: name, waitingNow: waits.count, longestWaitingNow: waits.max() ?? 0,
                                    service: tally.figures(config: fold.config))
            }.sorted { ($0.service.offered, $1.queue) > ($1.service.offered, $0.queue) }
        }
        if screen == .teams {
            teamFigures = TeamFigures.byTeam(todayFold.agents, floor: live.agents.values, roster: roster)
        }
        alerts = WallboardAlerts(figures: figures, waiting: waiting, now: now)
    }
}
