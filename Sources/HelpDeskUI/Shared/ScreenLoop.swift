import HelpDeskCore
import TermRender

/// The one program loop the console and the wallboard share: draw, wait in
/// one poll for a key, a floor change or the next second, handle it, until
/// the screen quits. Frames for floor changes are paced (`FramePacer`);
/// keys are not, so typing never waits for a frame.
protocol ScreenLoop: AnyObject {
    var terminal: any Terminal { get }
    var store: any FloorStore { get }
    var clock: any Clock { get }
    var isQuitting: Bool { get }
    func draw()
    func handle(_ event: TerminalEvent)
}

extension ScreenLoop {
    func runLoop() {
        var pacer = FramePacer()
        while !isQuitting {
            draw()
            pacer.drew()
            let event = terminal.nextEvent(watching: store, clock: clock)
            if case .readable = event { pacer.waitForNextFrame() }
            handle(event)
        }
    }
}
