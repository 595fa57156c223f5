import Foundation

/// Holds a wallboard or a console to one redraw per `interval` for changes
/// on the floor.
///
/// Without it a screen redraws on every change it is woken for, so on a busy
/// floor the screens on one host take every spare cycle the store's writers
/// need (`helpdesk-bench wallboard`: the commit rate fell by two thirds with
/// ten unpaced walls on two cores). Changes that arrive within the interval
/// are folded into the next frame together. The interval stays under the
/// 50 ms a wall may take to show a change; keys and the once-a-second tick
/// are not paced, so typing is never held back.
public struct FramePacer: Sendable {
    public let interval: Duration
    private var lastFrame: ContinuousClock.Instant?

    /// 30 ms: at most about 33 frames a second from floor changes.
    public init(interval: Duration = .milliseconds(30)) { self.interval = interval }

    /// Notes that a frame was drawn now.
    public mutating func drew() { lastFrame = .now }

    /// Sleeps until the interval since the last frame has passed, so the
    /// changes that arrive meanwhile share one frame.
    public func waitForNextFrame() {
        guard let lastFrame else { return }
        let due = lastFrame + interval
        if due > .now { Thread.sleep(forTimeInterval: Self.seconds(due - .now)) }
    }

    private static func seconds(_ d: Duration) -> TimeInterval {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
