import ArgumentParser
import Foundation
import HelpDeskCore

/// What every figure depends on besides the events, shared by `report` and
/// `wallboard` so the two take the same options and agree for the same period.
struct MetricsOptions: ParsableArguments {
    @Option(name: [.customLong("reset-hour"), .customLong("day-start")],
            help: "Hour (0–23, local time) at which the business day, and today's figures, start.")
    var resetHour: Int = 0
    @Option(help: "Service-level threshold in seconds.") var threshold: Double = 20
    @Option(help: "Service-level target in percent.") var target: Double = 80
    @Option(help: "Abandons under this many seconds are short abandons.") var shortAbandon: Double = 5
    @Flag(help: "Leave short abandons out of offered and abandoned.") var excludeShortAbandons = false

    /// The longest threshold or short-abandon span taken, a day: beyond it
    /// the figures mean nothing, and NaN, infinity or 1e300 would trap
    /// where seconds become whole milliseconds.
    static let longestSpan = 86_400.0

    func validate() throws {
        if !(0...23).contains(resetHour) { throw badInput("--reset-hour \(resetHour): must be 0–23") }
        if !(threshold > 0 && threshold <= Self.longestSpan) {
            throw badInput("--threshold \(threshold): must be more than 0 and at most 86400 seconds")
        }
        if !(0...100).contains(target) { throw badInput("--target \(target): must be 0–100") }
        if !(shortAbandon >= 0 && shortAbandon <= Self.longestSpan) {
            throw badInput("--short-abandon \(shortAbandon): must be 0–86400 seconds")
        }
    }

    func config(timeZone: TimeZone = .current) -> MetricsConfig {
        MetricsConfig(target: ServiceLevelTarget(percent: target, seconds: threshold), shortAbandonSeconds: shortAbandon,
                      excludeShortAbandons: excludeShortAbandons, day: BusinessDay(resetHour: resetHour, timeZone: timeZone))
    }
}
