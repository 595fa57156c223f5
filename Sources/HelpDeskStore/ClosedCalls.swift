import Foundation
import HelpDeskCore

/// A call that left the live state, with the segment whose event closed it:
/// compaction files it into the history buckets, and until then `history`
/// finds it here.
struct ClosedCall {
    var segment: Int
    var call: Call
}
