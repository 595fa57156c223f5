/// An Aho–Corasick automaton over folded scalars: finds every occurrence of
/// every pattern in one left-to-right pass, whatever the number of rules, so a
/// check stays well under a millisecond on every keystroke. Scalars that occur
/// in no pattern map to symbol 0, which sends the automaton back to the root.
struct PhraseAutomaton: Sendable {
    let patternLengths: [Int32]
    private let symbols: [UInt16]
    private let rootNext: [Int32]
    private let edgeStart: [Int32]
    private let edgeSymbols: [UInt16]
    private let edgeTargets: [Int32]
    private let fail: [Int32]
    private let outputStart: [Int32]
    private let outputs: [Int32]

    /// Patterns must be non-empty and made of BMP scalars (the rule loader checks).
    init(patterns: [[UInt32]]) {
        var symbols = [UInt16](repeating: 0, count: 0x10000)
        var alphabet = 0
        for pattern in patterns {
            for value in pattern where symbols[Int(value)] == 0 {
                alphabet += 1
                symbols[Int(value)] = UInt16(alphabet)
            }
        }
        precondition(alphabet < Int(UInt16.max), "phrase rules use too many distinct characters")

        var children: [[UInt16: Int32]] = [[:]]
        var own: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() {
            var node = 0
            for value in pattern {
                let symbol = symbols[Int(value)]
                if let next = children[node][symbol] {
                    node = Int(next)
                } else {
                    children.append([:])
                    own.append([])
                    children[node][symbol] = Int32(children.count - 1)
                    node = children.count - 1
                }
            }
            own[node].append(Int32(index))
        }

        var fail = [Int32](repeating: 0, count: children.count)
        var merged = own
        var queue: [Int] = children[0].values.map { Int($0) }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (symbol, child) in children[node] {
                var target: Int32 = 0
                if node != 0 {
                    var link = Int(fail[node])
                    while link != 0 && children[link][symbol] == nil { link = Int(fail[link]) }
                    target = children[link][symbol] ?? 0
                }
                fail[Int(child)] = target
                merged[Int(child)] += merged[Int(target)]
                queue.append(Int(child))
            }
        }

        var rootNext = [Int32](repeating: 0, count: alphabet + 1)
        for (symbol, child) in children[0] { rootNext[Int(symbol)] = child }
        var edgeStart: [Int32] = []
        var edgeSymbols: [UInt16] = []
        var edgeTargets: [Int32] = []
        var outputStart: [Int32] = []
        var outputs: [Int32] = []
        for node in children.indices {
            edgeStart.append(Int32(edgeSymbols.count))
            for (symbol, child) in children[node].sorted(by: { $0.key < $1.key }) {
                edgeSymbols.append(symbol)
                edgeTargets.append(child)
            }
            outputStart.append(Int32(outputs.count))
            outputs += merged[node]
        }
        edgeStart.append(Int32(edgeSymbols.count))
        outputStart.append(Int32(outputs.count))

        self.patternLengths = patterns.map { Int32($0.count) }
        self.symbols = symbols
        self.rootNext = rootNext
        self.edgeStart = edgeStart
        self.edgeSymbols = edgeSymbols
        self.edgeTargets = edgeTargets
        self.fail = fail
        self.outputStart = outputStart
        self.outputs = outputs
    }

    /// Calls `body(pattern, end)` for every pattern occurrence in `text`, in
    /// order of end (`end`: view position one past its last scalar). Nothing
    /// is collected, so a text with millions of occurrences needs no memory.
    @inline(__always)
    func scan(_ text: [UInt32], _ body: (_ pattern: Int32, _ end: Int32) -> Void) {
        var node: Int32 = 0
        for position in text.indices {
            let value = text[position]
            let symbol = value < 0x10000 ? symbols[Int(value)] : 0
            node = symbol == 0 ? 0 : next(from: node, symbol)
            if node == 0 { continue }
            var index = outputStart[Int(node)]
            let last = outputStart[Int(node) + 1]
            while index < last {
                body(outputs[Int(index)], Int32(position + 1))
                index += 1
            }
        }
    }

    private func next(from start: Int32, _ symbol: UInt16) -> Int32 {
        var node = start
        while node != 0 {
            var low = Int(edgeStart[Int(node)])
            var high = Int(edgeStart[Int(node) + 1])
            while low < high {
                let middle = (low + high) / 2
                let found = edgeSymbols[middle]
                if found == symbol { return edgeTargets[middle] }
                if found < symbol { low = middle + 1 } else { high = middle }
            }
            node = fail[Int(node)]
        }
        return rootNext[Int(symbol)]
    }
}
