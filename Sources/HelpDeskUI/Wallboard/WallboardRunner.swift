import Foundation
import HelpDeskCore
import TermRender

/// Runs the wallboard: reads today's events once, then waits on the
/// terminal and the store's change descriptor in one poll. A change folds
/// only the new events `refresh()` returns into the model and redraws, at
/// most once per `FramePacer` interval; the wait ends once a second so waits
/// and times in state count up. No key changes the floor; the one thing the
/// wall writes is what it notices: an agent whose console died is recorded
/// as lost (checked every tick, written once by whichever process sees it first).
public final class WallboardRunner: ScreenLoop {
    let terminal: any Terminal
    let store: any FloorStore
    let clock: any Clock
    var isQuitting: Bool { model.quitting }
    public private(set) var model: WallboardModel

    /// Reads the day so far: the store is first brought up to date, then
    /// events from the start of the business day up to that point are folded
    /// and the open complaints adopted; anything newer arrives by `refresh`.
    public init(terminal: any Terminal, store: any FloorStore, text: UIText, privacy: CallerPrivacy,
                config: MetricsConfig, pauseReasons: ReasonCodeList? = nil, clock: any Clock = SystemClock()) throws {
        self.terminal = terminal
        self.store = store
        self.clock = clock
        try store.refresh()
        let live = store.state
        let now = clock.now()
        let day = config.day.interval(containing: now)
        let events = try store.events(from: day.start, to: nil)
        model = WallboardModel(text: text, privacy: privacy, config: config, events: events, live: live, now: now,
                               size: terminal.size, roster: store.roster)
        model.pauseReasons = pauseReasons
    }

    /// Runs until `q` or a signal (SIGINT, SIGTERM, SIGHUP).
    public func run() {
        runLoop()
    }

    /// Paints the model's frame (the terminal writes only what changed).
    public func draw() {
        terminal.draw(WallboardView(model: model).render(), cursor: nil)
    }

    /// Folds what changed on the floor into the model: what `run` does when
    /// the store's descriptor is readable. Returns the new events (none when
    /// the store could not be read; the model then shows why).
    @discardableResult
    public func followFloor() -> [Event] {
        do {
            let fresh = try store.refresh()
            model.update(.floor(fresh, live: store.state, at: clock.now()))
            return fresh
        } catch {
            model.update(.failed("\(error)"))
            return []
        }
    }

    /// Records agents whose consoles died as lost and folds those events in
    /// (this process wrote them, so `refresh` will not return them again).
    public func recordLostAgents() {
        do {
            let lost = try store.recordLostAgents()
            if !lost.isEmpty { model.update(.floor(lost, live: store.state, at: clock.now())) }
        } catch {
            model.update(.failed("\(error)"))
        }
    }

    func handle(_ event: TerminalEvent) {
        switch event {
        case .key(let key):
            model.update(.key(key))
        case .readable:
            followFloor()
        case .timeout:
            // A read that failed (a database server gone) is tried again every
            // second, so the failure leaves the wall once the floor answers,
            // even if nothing on it changed meanwhile.
            if model.failure != nil { followFloor() }
            recordLostAgents()
            model.update(.tick(clock.now()))
        case .signal:
            model.quitting = true
        }
    }
}
