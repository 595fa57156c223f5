/// The `q`-quantile of `values` by the nearest-rank method: the smallest
/// value with at least `q` of them at or below it. The one definition every
/// section's p50 and p99 use, so figures from two sections compare.
func percentile(_ values: [Double], _ q: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let rank = Int((q * Double(sorted.count)).rounded(.up))
    return sorted[min(sorted.count - 1, max(0, rank - 1))]
}
