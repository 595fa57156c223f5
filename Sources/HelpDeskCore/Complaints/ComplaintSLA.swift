import Foundation

/// One service-level clock of a complaint, read at some moment.
public struct SLAClock: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable { case firstResponse = "first-response", resolution }

    public var kind: Kind
    public var due: Date
    /// When the clock stopped (the response or the fix came); nil while it runs.
    public var stoppedAt: Date?
    /// Business seconds from the reading (or the stop) to the due time;
    /// negative once it is overdue, by as much business time as it is late.
    public var businessSecondsLeft: TimeInterval

    public var isRunning: Bool { stoppedAt == nil }
    /// Late: running past its due time, or stopped after it (breached).
    public var isOverdue: Bool { businessSecondsLeft < 0 }
}

/// Both clocks of a complaint and its promise, read at one moment: what the
/// form, the lists and the wallboard show as time left or overdue.
public struct ComplaintSLA: Sendable, Equatable {
    public var firstResponse: SLAClock
    public var resolution: SLAClock
    /// The time told to the customer has passed and the fix has not come.
    public var promiseBroken: Bool

    /// The clock that runs now: first response until then, resolution after.
    public var running: SLAClock? {
        firstResponse.isRunning ? firstResponse : resolution.isRunning ? resolution : nil
    }

    /// What must stand out: a running clock past due, or a broken promise.
    public var isOverdue: Bool { (running?.isOverdue ?? false) || promiseBroken }
}

extension ComplaintRules {
    /// When a complaint of `category` and `severity` whose clock starts at
    /// `start` (filed now, say) is due to be resolved: what a promise made
    /// while filing is weighed against before it is accepted.
    public func resolutionDue(_ category: ComplaintCategory, _ severity: Severity, from start: Date) -> Date {
        due(afterBusinessMinutes: sla.target(for: category, severity).resolutionMinutes, from: start)
    }

    /// The complaint's clocks at `now`: both count business time from filing
    /// (or the last reopening); the first response stops when the complaint
    /// leaves `received`/`reopened`, the resolution when it is resolved.
    public func sla(for complaint: Complaint, at now: Date) -> ComplaintSLA {
        let target = sla.target(for: complaint.category, complaint.severity)
        let start = complaint.clockStart
        func clock(_ kind: SLAClock.Kind, minutes: Int, stoppedAt: Date?) -> SLAClock {
            let due = due(afterBusinessMinutes: minutes, from: start)
            let reading = stoppedAt ?? now
            let left = reading <= due ? calendar.businessSeconds(from: reading, to: due)
                                      : -max(calendar.businessSeconds(from: due, to: reading), 1)
            return SLAClock(kind: kind, due: due, stoppedAt: stoppedAt, businessSecondsLeft: left)
        }
        let responded = complaint.status.awaitsFirstResponse ? nil : (complaint.firstRespondedAt ?? complaint.updatedAt)
        let resolved = complaint.status.isResolved ? (complaint.resolvedAt ?? complaint.updatedAt) : nil
        let broken = resolved == nil && (complaint.promisedBy.map { $0 < now } ?? false)
        return ComplaintSLA(
            firstResponse: clock(.firstResponse, minutes: target.firstResponseMinutes, stoppedAt: responded),
            resolution: clock(.resolution, minutes: target.resolutionMinutes, stoppedAt: resolved),
            promiseBroken: broken)
    }
}
