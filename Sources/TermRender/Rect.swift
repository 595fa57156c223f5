/// A rectangle of cells; widgets draw inside one and screens carve the
/// terminal into panels by splitting it.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(origin: Point, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    /// The first column past the right edge.
    public var maxX: Int { x + width }
    /// The first row past the bottom edge.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var origin: Point { Point(x: x, y: y) }
    public var size: Size { Size(width: width, height: height) }

    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    /// The rectangle shrunk by `amount` cells on every side.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rectangle shrunk on each side; never negative in size.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// The overlap of two rectangles (empty, at `self`'s origin, if none).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// A rectangle of at most `width` × `height` centred in this one — where
    /// a dialog (quit? help) goes.
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(width, self.width), h = min(height, self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// Row `index` of this rectangle as a one-row rectangle.
    public func row(_ index: Int) -> Rect {
        Rect(x: x, y: y + index, width: width, height: index >= 0 && index < height ? 1 : 0)
    }

    /// Splits the rectangle top to bottom into bands sized by `constraints`.
    public func rows(_ constraints: [Constraint]) -> [Rect] {
        var top = y
        return Constraint.resolve(constraints, total: height).map { size in
            defer { top += size }
            return Rect(x: x, y: top, width: width, height: size)
        }
    }

    /// Splits the rectangle left to right into columns sized by `constraints`.
    public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        let gaps = max(0, constraints.count - 1) * spacing
        var left = x
        return Constraint.resolve(constraints, total: max(0, width - gaps)).map { size in
            defer { left += size + spacing }
            return Rect(x: left, y: y, width: size, height: height)
        }
    }
}

/// How much of a split a band takes.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less if the space runs out).
    case fixed(Int)
    /// This percentage of the whole.
    case percent(Int)
    /// A share of what is left after fixed and percent bands, by weight.
    case fill(Int)

    /// Sizes for `constraints` within `total` cells. Fixed and percent bands
    /// are served first in order, then fills share the rest by weight; the
    /// rounding remainder goes to the first fills so sizes always sum up.
    public static func resolve(_ constraints: [Constraint], total: Int) -> [Int] {
        var sizes = [Int](repeating: 0, count: constraints.count)
        var remaining = max(0, total)
        for (index, constraint) in constraints.enumerated() {
            let wanted: Int
            switch constraint {
            case .fixed(let n): wanted = max(0, n)
            case .percent(let p): wanted = max(0, total * p / 100)
            case .fill: continue
            }
            sizes[index] = min(wanted, remaining)
            remaining -= sizes[index]
        }
        let weights = constraints.map { constraint -> Int in
            if case .fill(let w) = constraint { return max(0, w) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return sizes }
        var handed = 0
        for index in sizes.indices where weights[index] > 0 {
            sizes[index] = remaining * weights[index] / totalWeight
            handed += sizes[index]
        }
        var leftover = remaining - handed
        for index in sizes.indices where weights[index] > 0 && leftover > 0 {
            sizes[index] += 1
            leftover -= 1
        }
        return sizes
    }
}
