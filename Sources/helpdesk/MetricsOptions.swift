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

    func validate() throws {
        if !(0...23).contains(resetHour) { throw ValidationError("--reset-hour must be 0–23") }
        if threshold <= 0 { throw ValidationError("--threshold must be more than 0 seconds") }
        if !(0...100).contains(target) { throw ValidationError("--target must be 0–100") }
        if shortAbandon < 0 { throw ValidationError("--short-abandon must be 0 seconds or more") }
    }

    func config(timeZone: TimeZone = .current) -> MetricsConfig {
        MetricsConfig(target: ServiceLevelTarget(percent: target, seconds: threshold), shortAbandonSeconds: shortAbandon,
                      excludeShortAbandons: excludeShortAbandons, day: BusinessDay(resetHour: resetHour, timeZone: timeZone))
    }
}
