import Foundation
import HelpDeskCore
import TermRender

/// What reaches the console: keys, the clock, the floor as the store now
/// has it, and the outcome of effects the runner carried out.
public enum ConsoleMessage: Sendable {
    case key(Key)
    case tick(Date)
    case floor(LiveState, at: Date)
    case history(phone: String, calls: [Call])
    /// An effect failed; the text says why (a `DomainError`, a full disk…).
    case failed(String)
    /// An effect succeeded; the text confirms it to the agent.
    case done(String)
    /// The floor could not be reached (its server went away); the text says
    /// why. The console says so until `floorBack`, and keeps what is typed.
    case floorLost(String)
    /// The floor answered again after `floorLost`.
    case floorBack
    /// A warning was logged (the store met a damaged line, postponed a
    /// compaction…): the agent sees it, and the log file keeps it.
    case warning(String)
}
