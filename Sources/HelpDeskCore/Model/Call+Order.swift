import Foundation

extension Sequence where Element == Call {
    /// Newest first by the time each call joined the queue, then by id: the
    /// order of a caller's history, whichever store it comes from.
    public func newestFirst() -> [Call] {
        sorted {
            $0.enqueuedAt != $1.enqueuedAt ? $0.enqueuedAt > $1.enqueuedAt
                : $0.id.localizedStandardCompare($1.id) == .orderedDescending
        }
    }
}
