/// One view of a note (Chinese and Korean, or English) as patterns walk it.
struct PatternView {
    let text: [UInt32]
    let flags: [UInt8]
    let latin: Bool
    /// Where a `…` starting at each position ends; computed on first use.
    private(set) lazy var clauseEnds: [Int32] = NormalizedText.clauseEnds(text, flags: flags, latin: latin)
    /// Where the clause holding each position starts (a leading `…`); computed on first use.
    private(set) lazy var clauseHeads: [Int32] = NormalizedText.heads(flags, at: NormalizedText.Flag.clauseStart)
    /// Where the sentence holding each position starts (a leading `……`); computed on first use.
    private(set) lazy var sentenceHeads: [Int32] = NormalizedText.heads(flags, at: NormalizedText.Flag.sentenceStart)

    init(text: [UInt32], flags: [UInt8], latin: Bool) {
        self.text = text
        self.flags = flags
        self.latin = latin
    }

    /// True when an English word goes on across `position` (so a match may
    /// not start or end there).
    func insideWord(at position: Int) -> Bool {
        position > 0 && position < text.count
            && ScalarFold.isWord(text[position - 1], in: ScalarFold.bmp) && ScalarFold.isWord(text[position], in: ScalarFold.bmp)
    }
}

extension PhrasePattern {
    struct Match {
        /// Everything the pattern consumed.
        var full: Range<Int>
        /// What the hit covers: the part between `<` and `>`, else `full`.
        var marked: Range<Int>
    }

    /// The longest match of this pattern starting at `start`, if any. Each
    /// attempt is bounded by the pattern alone (slots take at most two
    /// words, gaps are bounded, `…` is one table read), so scanning a note
    /// stays linear in its length.
    func match(in view: inout PatternView, at start: Int) -> Match? {
        if view.latin && view.insideWord(at: start) { return nil }
        var walk = PatternWalk(elements: elements, start: start)
        let head = elements.first == .rest || elements.first == .sentenceHead
        walk.step(head ? 1 : 0, start, consumed: false, mark: (-1, -1), view: &view)
        guard let best = walk.best else { return nil }
        var from = start
        if elements.first == .rest { from = Int(view.clauseHeads[start]) }
        if elements.first == .sentenceHead { from = Int(view.sentenceHeads[start]) }
        let full = from..<best.end
        let marked = best.mark.0 >= 0 ? best.mark.0..<max(best.mark.0, best.mark.1) : full
        return Match(full: full, marked: marked)
    }
}

/// The backtracking walk of one match attempt, keeping the longest end.
private struct PatternWalk {
    let elements: [PhrasePattern.Element]
    let start: Int
    var best: (end: Int, mark: (Int, Int))?

    mutating func step(_ index: Int, _ position: Int, consumed: Bool, mark: (Int, Int), view: inout PatternView) {
        guard index < elements.count else {
            if view.latin && view.insideWord(at: position) { return }
            if best == nil || position > best!.end { best = (position, mark) }
            return
        }
        let next = index + 1
        switch elements[index] {
        case .literal(let choice, let optional):
            if optional { step(next, position, consumed: consumed, mark: mark, view: &view) }
            guard let at = wordStart(position, joined: consumed, view: view), choice.mayStart(with: view.text[at]) else { return }
            for word in choice.words {
                if let end = literal(word, at: at, view: view) {
                    step(next, end, consumed: true, mark: mark, view: &view)
                }
            }
        case .slot(let choice):
            slot(index, choice, position, taken: 0, consumed: consumed, mark: mark, view: &view)
        case .gap(let width):
            gap(index, width, position, consumed: consumed, mark: mark, view: &view)
        case .rest:
            var end = position < view.text.count ? Int(view.clauseEnds[position]) : position
            while view.latin && end > position && view.text[end - 1] == 0x20 { end -= 1 }
            step(next, end, consumed: consumed || end > position, mark: mark, view: &view)
        case .sentenceHead:
            step(next, position, consumed: consumed, mark: mark, view: &view)
        case .markStart:
            // English: the space before the next word is not part of the hit.
            let at = view.latin && position < view.text.count && view.text[position] == 0x20 ? position + 1 : position
            step(next, position, consumed: consumed, mark: (at, mark.1), view: &view)
        case .markEnd:
            step(next, position, consumed: consumed, mark: (mark.0, position), view: &view)
        case .clauseStart:
            let at = view.latin && position < view.text.count && view.text[position] == 0x20 ? position + 1 : position
            if at < view.text.count && view.flags[at] & NormalizedText.Flag.clauseStart != 0 {
                step(next, position, consumed: consumed, mark: mark, view: &view)
            }
        case .question:
            if position > 0 && view.flags[position - 1] & NormalizedText.Flag.questionAfter != 0 {
                step(next, position, consumed: consumed, mark: mark, view: &view)
            }
        }
    }

    /// Zero, one or two words of a slot, then the rest of the pattern.
    private mutating func slot(_ index: Int, _ choice: WordChoice, _ position: Int, taken: Int, consumed: Bool,
                               mark: (Int, Int), view: inout PatternView) {
        step(index + 1, position, consumed: consumed, mark: mark, view: &view)
        guard taken < PhrasePattern.slotWords, let at = wordStart(position, joined: consumed, view: view),
              choice.mayStart(with: view.text[at]) else { return }
        for word in choice.words {
            if let end = literal(word, at: at, view: view) {
                slot(index, choice, end, taken: taken + 1, consumed: true, mark: mark, view: &view)
            }
        }
    }

    /// Up to `width` characters (English: words), never across a sentence end.
    private mutating func gap(_ index: Int, _ width: Int, _ position: Int, consumed: Bool, mark: (Int, Int), view: inout PatternView) {
        step(index + 1, position, consumed: consumed, mark: mark, view: &view)
        let text = view.text
        var end = position
        for _ in 0..<width {
            if view.latin {
                var cursor = end
                if cursor < text.count && text[cursor] == 0x20 { cursor += 1 }
                let wordStart = cursor
                while cursor < text.count && text[cursor] != 0x20 && view.flags[cursor] & NormalizedText.Flag.sentenceEnd == 0 { cursor += 1 }
                if cursor == wordStart { return }
                end = cursor
            } else {
                guard end < text.count, text[end] != 0 else { return }
                end += 1
            }
            step(index + 1, end, consumed: true, mark: mark, view: &view)
        }
    }

    /// Where the next word may start: at `position`, or for English after the
    /// one space that separates it from what came before; nil at the end.
    @inline(__always)
    private func wordStart(_ position: Int, joined: Bool, view: PatternView) -> Int? {
        var cursor = position
        if view.latin && joined {
            guard cursor < view.text.count, view.text[cursor] == 0x20 else { return nil }
            cursor += 1
        }
        return cursor < view.text.count ? cursor : nil
    }

    /// Where `literal` ends when it matches at `position`.
    private func literal(_ literal: [UInt32], at position: Int, view: PatternView) -> Int? {
        var cursor = position
        let text = view.text
        guard cursor + literal.count <= text.count else { return nil }
        for value in literal {
            if text[cursor] != value { return nil }
            cursor += 1
        }
        return view.latin && view.insideWord(at: cursor) ? nil : cursor
    }
}
