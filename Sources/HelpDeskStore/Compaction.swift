import Foundation
import HelpDeskCore

/// Keeps start-up cost flat as history grows. When the current segment is
/// full, under the lock: start the next segment, file the calls closed since
/// the last snapshot into the history buckets, then write a snapshot that
/// stands before the new segment. The order makes every crash point safe:
/// a snapshot never names a segment that does not exist, and calls filed
/// twice (crash between history and snapshot) are merged by id on reading.
/// Old segments stay where they are, as the archive `events(from:to:)` reads.
extension DataDirectoryStore {
    func compact() throws {
        let next = cursor.segment + 1
        close(try layout.journal.openOrCreate(DataDirectoryLayout.segmentName(next), flags: O_WRONLY | O_APPEND).fd)
        try layout.journal.sync()
        let filed = try StoreSnapshot.segmentOnDisk(layout)
        let closing = closedSinceSnapshot.filter { $0.segment >= filed }.map(\.call)
        try HistoryBuckets.append(closing, layout: layout)
        try StoreSnapshot(segment: next, written: clock.now(), state: live).write(layout)
        closedSinceSnapshot.removeAll()
        cursor = Cursor(segment: next)
        try writeMark()
    }
}
