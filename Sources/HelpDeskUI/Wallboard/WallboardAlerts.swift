import Foundation
import HelpDeskCore

/// The three things a lead must see from across the room. Each is shown in
/// colour and with a "!" marker, so it survives a monochrome terminal.
public struct WallboardAlerts: Sendable, Equatable {
    /// Service level (answered within threshold ÷ answered) under the target.
    public var serviceLevelUnder: Bool
    /// Callers waiting at or past the service-level threshold now.
    public var callersPastThreshold: Int
    /// Open complaints past the time promised to the customer.
    public var overdueComplaints: Int

    public init(figures: WallboardFigures, waiting: [Call], now: Date) {
        serviceLevelUnder = figures.service.meetsTarget == false
        let threshold = figures.service.target.seconds
        callersPastThreshold = waiting.filter { $0.waited(at: now) >= threshold }.count
        overdueComplaints = figures.complaints.overdue
    }
}
