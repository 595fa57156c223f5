import Foundation
import HelpDeskCore
import TermRender

extension Terminal {
    /// The wait the console and the wallboard share: keys and the store's
    /// change descriptor in one poll (no polling of the store), ending at
    /// the next whole second at the latest so waits and clocks count up.
    func nextEvent(watching store: any FloorStore, clock: any Clock) -> TerminalEvent {
        let t = clock.now().timeIntervalSince1970
        let untilNextSecond = max(10, Int((1 - (t - t.rounded(.down))) * 1000))
        let fd = store.changeDescriptor
        return nextEvent(timeoutMilliseconds: untilNextSecond, watching: fd >= 0 ? [fd] : [])
    }
}
