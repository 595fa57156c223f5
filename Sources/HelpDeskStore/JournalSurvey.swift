import Foundation
import HelpDeskCore

/// One pass over every segment of the journal, archive included, for
/// `store check` and `store repair`: which segments can be trusted, and the
/// live state folded from those alone. A segment is not trusted when it is
/// not the floor's own regular file (`FloorTrust`), when it is the same file
/// as an earlier one under a second name, or when every event in it repeats
/// an earlier one (a copy).
struct JournalSurvey {
    enum Verdict: Equatable {
        case trusted
        case refused(String)
        case sameFile(as: Int)
        case copy
    }

    struct Segment {
        var number: Int
        var verdict: Verdict
        var events = 0
        var firstSeq: Int?
    }

    var segments: [Segment] = []
    /// The state folded from the trusted segments, repeats skipped.
    var state = LiveState()
    /// Calls closed in the trusted segments, with the segment that closed each.
    var closed: [ClosedCall] = []
    /// Gaps, repeats and unreadable lines inside trusted segments.
    var findings: [String] = []

    var highestNumber: Int { segments.map(\.number).max() ?? 0 }
    /// Whether `state` starts from the snapshot rather than from event 1.
    private(set) var startsFromSnapshot = false

    /// Surveys every segment. With `base` (a snapshot that decodes) the
    /// state is the snapshot's from its segment on, as start-up does, so a
    /// pruned archive does not matter; the segments before it are still
    /// checked. Without one, or when its segment is missing or untrusted,
    /// the state is folded from the first segment.
    init(_ layout: DataDirectoryLayout, scanner: JournalLineScanner, base: StoreSnapshot? = nil) throws {
        var identities: [String: Int] = [:]
        for number in try layout.segmentNumbers() {
            let name = DataDirectoryLayout.segmentName(number)
            let path = layout.segmentPath(number)
            let fd: Int32
            do {
                guard let opened = try layout.journal.open(name, flags: O_RDONLY) else { continue }
                fd = opened
            } catch StoreError.refused(_, let reason) {
                segments.append(Segment(number: number, verdict: .refused(reason)))
                continue
            }
            defer { close(fd) }
            let info = try PosixFile.status(fd, path: path)
            let identity = "\(info.st_dev):\(info.st_ino)"
            if let earlier = identities[identity] {
                segments.append(Segment(number: number, verdict: .sameFile(as: earlier)))
                continue
            }
            identities[identity] = number
            let chunk = scanner.scan(try PosixFile.readToEnd(fd, from: 0, path: path), firstLine: 1)
            for bad in chunk.bad { findings.append("\(layout.relative(path)) line \(bad.line): \(bad.reason)") }
            if let base, base.segment == number {
                state = base.state
                closed = []
                startsFromSnapshot = true
            }
            let fresh = chunk.events.filter { $0.event.seq > state.lastSeq }
            if fresh.isEmpty && !chunk.events.isEmpty {
                segments.append(Segment(number: number, verdict: .copy, events: chunk.events.count))
                continue
            }
            for (line, event) in chunk.events {
                if let problem = Self.sequenceProblem(event.seq, after: state.lastSeq, at: "\(layout.relative(path)) line \(line)") {
                    findings.append(problem)
                }
                guard event.seq > state.lastSeq else { continue }
                if let call = state.callClosed(by: event) { closed.append(ClosedCall(segment: number, call: call)) }
                state.apply(event)
            }
            segments.append(Segment(number: number, verdict: .trusted, events: chunk.events.count, firstSeq: chunk.events.first?.event.seq))
        }
    }

    /// Why `seq` may not follow `last`, or nil when it is the next number.
    /// One wording for the store's live check and for the survey.
    static func sequenceProblem(_ seq: Int, after last: Int, at place: String) -> String? {
        if seq <= last {
            return "\(place): event number \(seq) repeats one already read (the last was \(last)); a copied segment or line?"
        }
        if seq > last + 1 {
            return "\(place): event number \(seq) follows \(last) (\(seq - last - 1) missing)"
        }
        return nil
    }

    /// Why a segment is not trusted, for messages.
    static func describe(_ verdict: Verdict, of segment: Int) -> String? {
        switch verdict {
        case .trusted: nil
        case .refused(let reason): reason
        case .sameFile(let earlier): "it is the same file as journal/\(DataDirectoryLayout.segmentName(earlier)) under a second name"
        case .copy: "every event in it repeats an earlier one (a copy of another segment)"
        }
    }
}
