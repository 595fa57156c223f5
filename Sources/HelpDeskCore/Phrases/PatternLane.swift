/// The patterns and antipatterns matched in one view of a note (Chinese and
/// Korean, or English): an automaton over every pattern's first literal
/// proposes where a match may start, each proposal is walked (a bounded
/// step), and a hit survives unless it sits in quotation marks or overlaps
/// one of its rule's antipatterns.
struct PatternLane: Sendable {
    /// A surviving hit, as scalar offsets into the original text.
    struct Hit {
        var rule: Int
        var alternative: String
        var start: Int
        var end: Int
    }

    private struct Entry: Sendable {
        var pattern: PhrasePattern
        var rule: Int
        var alternative: String
        /// The antipattern's id, or -1 for a rule's pattern.
        var antipattern: Int
    }

    struct Builder {
        private var entries: [Entry] = []
        private var antipatternIDs: [String: Int] = [:]

        mutating func add(_ pattern: PhrasePattern, rule: Int, alternative: String) {
            for variant in pattern.anchoredVariants() {
                entries.append(Entry(pattern: variant, rule: rule, alternative: alternative, antipattern: -1))
            }
        }

        /// The id of an antipattern; one shared by many rules (the same `key`)
        /// is compiled and matched once.
        mutating func antipattern(_ pattern: PhrasePattern, key: String) -> Int {
            if let id = antipatternIDs[key] { return id }
            let id = antipatternIDs.count
            antipatternIDs[key] = id
            for variant in pattern.anchoredVariants() {
                entries.append(Entry(pattern: variant, rule: -1, alternative: "", antipattern: id))
            }
            return id
        }

        func build() -> PatternLane {
            var anchors: [[UInt32]] = []
            var owners: [Int32] = []
            for (index, entry) in entries.enumerated() {
                for anchor in entry.pattern.anchors {
                    anchors.append(anchor)
                    owners.append(Int32(index))
                }
            }
            return PatternLane(entries: entries, automaton: PhraseAutomaton(patterns: anchors), anchorOwner: owners)
        }
    }

    private let entries: [Entry]
    private let automaton: PhraseAutomaton
    /// The entry each automaton pattern (anchor) belongs to.
    private let anchorOwner: [Int32]

    /// Appends the hits in `view` that survive quotation marks and their
    /// rules' antipatterns (`excuses[rule]`).
    func collect(in view: inout PatternView, origin: [Int32], excuses: [[Int]], into found: inout [Hit]) {
        var lastTried: [Int] = []
        var candidates: [(entry: Int, marked: Range<Int>, anchor: Int)] = []
        var excusing: [Int: [Range<Int>]] = [:]
        automaton.scan(view.text) { pattern, end in
            let index = Int(anchorOwner[Int(pattern)])
            let start = Int(end) - Int(automaton.patternLengths[Int(pattern)])
            if lastTried.isEmpty { lastTried = [Int](repeating: -1, count: entries.count) }
            if lastTried[index] == start { return }
            lastTried[index] = start
            let entry = entries[index]
            guard let match = entry.pattern.match(in: &view, at: start) else { return }
            if entry.antipattern >= 0 {
                excusing[entry.antipattern, default: []].append(match.full)
            } else if !match.marked.isEmpty {
                candidates.append((index, match.marked, start))
            }
        }
        if candidates.isEmpty { return }
        let excused = excusing.mapValues(IntervalSet.init)
        for (index, marked, anchor) in candidates {
            let entry = entries[index]
            if view.flags[anchor] & NormalizedText.Flag.quoted != 0 { continue }
            if excuses[entry.rule].contains(where: { excused[$0]?.overlaps(marked) == true }) { continue }
            found.append(Hit(rule: entry.rule, alternative: entry.alternative,
                             start: Int(origin[marked.lowerBound]), end: Int(origin[marked.upperBound - 1]) + 1))
        }
    }
}

/// Ranges sorted by start with the furthest end so far, so whether any of
/// them overlaps a range is one binary search (many hits and many excuses in
/// one note stay n log n, not n²).
struct IntervalSet {
    private let starts: [Int]
    private let furthestEnd: [Int]

    init(_ ranges: [Range<Int>]) {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        starts = sorted.map(\.lowerBound)
        var furthest = Int.min
        furthestEnd = sorted.map { range in
            furthest = max(furthest, range.upperBound)
            return furthest
        }
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < range.upperBound { low = middle + 1 } else { high = middle }
        }
        return low > 0 && furthestEnd[low - 1] > range.lowerBound
    }
}
