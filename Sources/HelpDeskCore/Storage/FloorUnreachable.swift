/// A store's failure that may mean the floor could not be reached at all
/// (its database server stopped, the network dropped) rather than that it
/// refused the change. Nothing was changed then, and the store reconnects by
/// itself on its next use, so a face says the floor is gone until a use
/// succeeds again, and then that it is back.
public protocol ReachabilityFailure: Error {
    /// True when the floor could not be reached; false for a refusal.
    var floorUnreachable: Bool { get }
}

extension Error {
    /// Whether this error says the floor could not be reached (see `ReachabilityFailure`).
    public var floorUnreachable: Bool { (self as? any ReachabilityFailure)?.floorUnreachable ?? false }
}
