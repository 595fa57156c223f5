import Foundation

/// The one order in which complaints are worked, in the console's case list
/// and in `helpdesk complaint list` alike: overdue (or a broken promise)
/// first, then the running clock with the least business time left, then
/// by number. Resolved complaints, whose clocks have stopped, come last.
extension ComplaintRules {
    public func mostUrgentFirst(_ complaints: [Complaint], at now: Date) -> [Complaint] {
        complaints.map { ($0, sla(for: $0, at: now)) }.sorted(by: Self.isMoreUrgent).map(\.0)
    }

    public static func isMoreUrgent(_ a: (Complaint, ComplaintSLA), than b: (Complaint, ComplaintSLA)) -> Bool {
        if a.1.isOverdue != b.1.isOverdue { return a.1.isOverdue }
        let la = a.1.running?.businessSecondsLeft ?? .infinity, lb = b.1.running?.businessSecondsLeft ?? .infinity
        if la != lb { return la < lb }
        return a.0.id.localizedStandardCompare(b.0.id) == .orderedAscending
    }
}
