import Foundation
import HelpDeskCore

/// Turns new events into journal lines, and gives back the events as a
/// reader will decode them from those lines. The writer folds the decoded
/// form, not its in-memory one: times on disk keep milliseconds, and every
/// process must hold exactly the same state to order the queue the same way.
/// A large batch (an import, a benchmark's history) is encoded on several
/// threads; the round trip is the costly part of a commit's CPU.
///
/// The lines are read back with `EventLineDecoder`, the readers' own
/// decoder (the same events as `JSONDecoder`, which it falls back to): a
/// PBX hook's one line then never starts `JSONDecoder`, whose first use
/// cost 0.35 M instructions.
struct JournalLineEncoder {
    static let parallelThreshold = 1_024

    private let encoder = JournalCoding.encoder()
    private let decoder = EventLineDecoder()

    func lines(for events: [Event]) throws -> (bytes: [UInt8], stored: [Event]) {
        guard events.count >= Self.parallelThreshold else { return try roundTrip(events[...]) }
        let results = ParallelChunks.map(count: events.count) { range in
            Result { try JournalLineEncoder().roundTrip(events[range]) }
        }
        var bytes: [UInt8] = []
        var stored: [Event] = []
        stored.reserveCapacity(events.count)
        for result in results {
            let (chunkBytes, chunkEvents) = try result.get()
            bytes += chunkBytes
            stored += chunkEvents
        }
        return (bytes, stored)
    }

    private func roundTrip(_ events: ArraySlice<Event>) throws -> (bytes: [UInt8], stored: [Event]) {
        var bytes: [UInt8] = []
        var stored: [Event] = []
        stored.reserveCapacity(events.count)
        for event in events {
            let line = try encoder.encode(event)
            stored.append(try line.withUnsafeBytes { try decoder.decode($0) })
            bytes += line
            bytes.append(10)
        }
        return (bytes, stored)
    }
}
