/// Every complaint, closed ones included, folded from the journal with the
/// same rules as the live state. The live state forgets closed complaints
/// (its size follows today's floor); `show` of an old complaint, reopening a
/// closed one and the complaint reports read this instead.
public struct ComplaintArchive: Sendable, Equatable {
    public private(set) var complaints: [String: Complaint] = [:]

    public init() {}

    public init(_ events: some Sequence<Event>) {
        for event in events { apply(event) }
    }

    public mutating func apply(_ event: Event) {
        switch event.body {
        case .complaintFiled(let p):
            complaints[p.complaint.id] = p.complaint
        case .complaintChanged(let p):
            guard var complaint = complaints[p.complaint] ?? p.restored else { return }
            complaint.apply(p, at: event.at, by: event.agent)
            complaints[p.complaint] = complaint
        default:
            break
        }
    }
}

extension ComplaintArchive {
    /// A customer's complaints for the history panel: open ones first, then
    /// the newest, found by phone number.
    public func complaints(phone: String) -> [Complaint] {
        complaints.values.filter { $0.customer.phone == phone }.sorted { a, b in
            if a.isOpen != b.isOpen { return a.isOpen }
            return (a.updatedAt, a.id) > (b.updatedAt, b.id)
        }
    }
}
