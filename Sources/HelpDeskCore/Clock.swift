import Foundation

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
public final class ManualClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date) { current = start }

    public func now() -> Date { lock.withLock { current } }

    public func advance(by seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }

    public func set(_ date: Date) { lock.withLock { current = date } }
}
