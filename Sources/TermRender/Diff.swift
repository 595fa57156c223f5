/// A run of cells on one row that must be repainted, starting at (x, y).
/// `cells` may include continuation cells; a painter skips them because the
/// wide character before them already covers their column.
public struct Change: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }
}

/// The runs of cells that differ between `old` and `new`, row by row.
///
/// Identical buffers give no changes, so an idle frame writes nothing. A
/// wide character is always repainted whole: a difference in a continuation
/// cell starts the run at the wide character before it. Runs separated by
/// at most `mergeGap` unchanged cells are joined, since repainting a few
/// cells costs fewer bytes than a cursor move (`ESC [ row ; col H`, ~8 bytes).
/// When the sizes differ, every row of `new` is one change.
public func diff(_ old: Buffer, _ new: Buffer, mergeGap: Int = 3) -> [Change] {
    guard old.width == new.width, old.height == new.height else {
        return (0..<new.height).map { y in
            Change(x: 0, y: y, cells: Array(new.cells[(y * new.width)..<((y + 1) * new.width)]))
        }
    }
    let width = new.width
    var changes: [Change] = []
    old.cells.withUnsafeBufferPointer { before in
        new.cells.withUnsafeBufferPointer { after in
            for y in 0..<new.height {
                let rowStart = y * width
                var x = 0
                var pending: (start: Int, end: Int)? = nil
                while x < width {
                    guard before[rowStart + x] != after[rowStart + x] else {
                        x += 1
                        continue
                    }
                    var start = x
                    if after[rowStart + x].isContinuation || before[rowStart + x].isContinuation {
                        start = max(0, x - 1)
                    }
                    var end = x + 1
                    while end < width && before[rowStart + end] != after[rowStart + end] { end += 1 }
                    // Never end a run on the left half of a wide character.
                    if end < width && (after[rowStart + end].isContinuation || before[rowStart + end].isContinuation) {
                        end += 1
                    }
                    if let open = pending, start - open.end <= mergeGap {
                        pending = (open.start, end)
                    } else {
                        if let open = pending {
                            changes.append(Change(x: open.start, y: y, cells: Array(after[(rowStart + open.start)..<(rowStart + open.end)])))
                        }
                        pending = (start, end)
                    }
                    x = end
                }
                if let open = pending {
                    changes.append(Change(x: open.start, y: y, cells: Array(after[(rowStart + open.start)..<(rowStart + open.end)])))
                }
            }
        }
    }
    return changes
}

extension Buffer {
    /// Applies `changes` (from `diff(self, new)`) so this buffer equals `new`;
    /// what a terminal does with them, used by `MemoryTerminal` and tests.
    public mutating func apply(_ changes: [Change]) {
        for change in changes {
            var x = change.x
            for cell in change.cells {
                if !cell.isContinuation { set(cell, x: x, y: change.y) }
                x += 1
            }
        }
    }
}
