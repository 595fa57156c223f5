import Foundation

/// The wallboard process's place on a shared host: below the floor.
public enum WallboardPriority {
    /// The scheduling niceness a wallboard gives itself. A read-only screen
    /// yields the CPU to the agents' consoles and the store's writers when the
    /// host is busy, and loses nothing when it is not: with ten walls on two
    /// saturated cores a writer kept 65–101% of its rate this way over fourteen
    /// runs, and 55–75% without it over three (`helpdesk-bench wallboard`).
    public static let niceness: Int32 = 10

    /// Lowers this process's scheduling priority to `niceness` (best effort:
    /// a failure leaves it as it was).
    public static func yieldToTheFloor() {
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
    }
}
