import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskReports
import HelpDeskStore

/// `helpdesk report KIND`: the management reports of docs/kpis.md over any
/// period, in the terminal or as CSV, JSON or one HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Management reports: complaint structure, complaints per 10,000 dispatches, service level, agents, complaint handling, dispositions, pause reasons, the service log.",
        discussion: """
        KIND is structure, branches, service, agents, handling, dispositions, pauses, service-log, or all (every report on one page).
        The period is --month 2026-10, or --from/--to (a date alone means that whole day; --to includes it), \
        by default the current month. Figures and formulas: docs/kpis.md.
        Events come from the data directory, or from --events FILE (JSON Lines in the journal format, \
        such as Resources/samples/events.jsonl).
        """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case structure, branches, service, agents, handling, dispositions, pauses, all
        case serviceLog = "service-log"

        var kinds: [ReportKind] { self == .all ? ReportKind.allCases : [ReportKind(rawValue: rawValue)!] }
    }

    @Argument(help: "structure | branches | service | agents | handling | dispositions | pauses | service-log | all") var kind: Kind
    @OptionGroup var store: StoreOptions
    @Option(help: "Read events from this JSON Lines file instead of the data directory.") var events: String?
    @Option(help: "Dispatch volumes from this CSV (branch,month,dispatches) instead of the floor's own.")
    var dispatches: String?

    @Option(help: "A calendar month, like 2026-10.") var month: String?
    @Option(help: "Start: 2026-10-01 or 2026-10-01T08:00:00Z.") var from: String?
    @Option(help: "End: 2026-10-31 (included) or a time (excluded).") var to: String?
    @Option(help: "Only this branch.") var branch: String?
    @Option(help: "Only this agent number.") var agent: String?
    @Option(help: "Service report rows: day or hour.") var by: ServiceLevelReport.Granularity = .day

    @Option(help: "Time zone of days and months (default: the system's).") var timeZone: String?
    @OptionGroup var metrics: MetricsOptions

    @Flag(help: "Print CSV.") var csv = false
    @Flag(help: "With --csv: start with a UTF-8 byte-order mark, for spreadsheet programs.") var bom = false
    @Flag(help: "Print the figures as JSON.") var json = false
    @Option(help: "Write one self-contained HTML page with tables and charts to this file (owner-only, mode 0600).") var html: String?

    func validate() throws {
        if [csv, json, html != nil].filter({ $0 }).count > 1 { throw ValidationError("choose one of --csv, --json, --html") }
        if bom && !csv { throw ValidationError("--bom goes with --csv") }
        if month != nil && (from != nil || to != nil) { throw ValidationError("give --month or --from/--to, not both") }
        if timeZone.map({ TimeZone(identifier: $0) == nil }) == true { throw ValidationError("unknown time zone '\(timeZone!)'") }
        try checkIdentifiers(["--branch": branch, "--agent": agent])
    }

    func run() throws {
        try reportingFailures {
            let filter = try makeFilter()
            var data = ReportData(filter: filter)
            let window = filter.readWindow
            if let events {
                try EventLines.forEach(inFile: events) { e in
                    if e.at >= window.from && e.at < window.to { data.apply(e) }
                }
            } else {
                try store.open().forEachEvent(from: window.from, to: window.to) { data.apply($0) }
            }
            let builder = ReportBuilder(data: data, volumes: try volumes(), granularity: by, codes: try loadFloorCodes())
            let kinds = kind.kinds
            if json {
                FileHandle.standardOutput.write(try builder.json(kinds))
            } else if csv {
                FileHandle.standardOutput.write(Data(CSVReportRenderer.render(builder.document(kinds), bom: bom).utf8))
            } else if let html {
                let page = Array(HTMLReportRenderer.render(builder.document(kinds)).utf8)
                try LockedFloor.asUser { try PrivateFile.replace(html, with: page) }
            } else {
                print(TextReportRenderer.render(builder.document(kinds)), terminator: "")
            }
        }
    }

    private func makeFilter() throws -> ReportFilter {
        let config = metrics.config(timeZone: timeZone.flatMap(TimeZone.init(identifier:)) ?? .current)
        let day = config.day
        let now = Date()
        let period: DateInterval
        if let month {
            guard let m = day.month(month) else { throw ValidationError("'\(month)' is not a month like 2026-10") }
            period = m
        } else if from != nil || to != nil {
            let start = try from.map { try time($0, day: day, end: false) } ?? day.interval(containing: now).start
            let end = try to.map { try time($0, day: day, end: true) } ?? now
            guard start < end else { throw ValidationError("--from must come before --to") }
            period = DateInterval(start: start, end: end)
        } else {
            let comps = Calendar(identifier: .gregorian).dateComponents(in: day.timeZone, from: now)
            period = day.month(String(format: "%04d-%02d", comps.year!, comps.month!))!
        }
        return ReportFilter(from: period.start, to: period.end, branch: branch, agent: agent, config: config, now: now)
    }

    /// A date alone is a whole business day (its start for --from, its end
    /// for --to); a full time is taken as given.
    private func time(_ text: String, day: BusinessDay, end: Bool) throws -> Date {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if text.count == 10, parts.count == 3 {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = day.timeZone
            guard let start = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: day.resetHour))
            else { throw ValidationError("'\(text)' is not a date like 2026-10-01") }
            return end ? day.interval(containing: start).end : start
        }
        return try parseTime(text)
    }

    private func volumes() throws -> DispatchVolumes {
        guard let dispatches else { return try store.open().loadDispatches() }
        let bytes = try UserFile.contents(dispatches) { CLIFailure(message: $0, code: .storeUnavailable) }
        if dispatches.hasSuffix(".json") { return try JournalCoding.decoder().decode(DispatchVolumes.self, from: bytes) }
        return DispatchVolumes(volumes: try DispatchVolumes.parseCSV(String(decoding: bytes, as: UTF8.self)))
    }
}

extension ServiceLevelReport.Granularity: ExpressibleByArgument {}
