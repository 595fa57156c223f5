import Foundation
import HelpDeskCore
import TermRender

/// What can happen to a wallboard: none of it changes the floor.
public enum WallboardMessage: Sendable {
    case key(Key)
    /// Events another process appended, and the live state after them.
    case floor([Event], live: LiveState, at: Date)
    /// The clock moved (once a second): waits and times in state count up.
    case tick(Date)
    /// Reading the store failed; shown until the next successful read.
    case failed(String)
}
