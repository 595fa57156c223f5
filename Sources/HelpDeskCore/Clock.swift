import Foundation
import Synchronization

/// The one source of "now" for the domain. Queue waits, SLA timers, script
/// pauses and follow-up due times all read it, so tests can set the time.
public protocol Clock: Sendable {
    func now() -> Date
}

/// The wall clock, for the product.
public struct SystemClock: Clock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock tests move by hand.
public final class ManualClock: Clock, Sendable {
    private let current: Mutex<Date>

    public init(_ start: Date) { current = Mutex(start) }

    public func now() -> Date { current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    public func set(_ date: Date) { current.withLock { $0 = date } }
}
