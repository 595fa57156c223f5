import Foundation

/// The `q`-quantile of `values` by the nearest-rank method: the smallest
/// value with at least `q` of them at or below it. The one definition every
/// section's p50 and p99 use, so figures from two sections compare.
func percentile(_ values: [Double], _ q: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let rank = Int((q * Double(sorted.count)).rounded(.up))
    return sorted[min(sorted.count - 1, max(0, rank - 1))]
}

/// The median milliseconds of each body, the bodies taking turns (after one
/// untimed warm-up turn), so a slow spell of the machine touches them all.
func medians(rounds: Int, of bodies: [() throws -> Void]) throws -> [Double] {
    var times = [[Double]](repeating: [], count: bodies.count)
    for round in 0...rounds {
        for (index, body) in bodies.enumerated() {
            let started = DispatchTime.now().uptimeNanoseconds
            try body()
            if round > 0 { times[index].append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6) }
        }
    }
    return times.map { percentile($0, 0.5) }
}
