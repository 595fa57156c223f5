import Foundation
import HelpDeskCore
import HelpDeskPostgres
import HelpDeskReports
import HelpDeskStore

/// `helpdesk-bench floors`: the JSON data directory and the PostgreSQL
/// floor side by side, in one run (issue 16): durable ring and claim
/// throughput with 1 and 16 processes, change-to-arrival (inotify against
/// LISTEN/NOTIFY), console start-up over a million closed calls, and a
/// month's reports over a million events. Both floors are filled by their
/// own bulk path (`importJournal`: segments and compactions as a growing
/// directory would have them; one transaction of batched INSERTs on
/// PostgreSQL), not timed. The server is `$HELPDESK_BENCH_PG` or a private
/// one (see `BenchPostgres`).
struct FloorsBench {
    let quick: Bool
    let kinds: [StoreKind] = [.json, .postgres]

    var operations: Int { quick ? 300 : 600 }
    var history: Int { quick ? 100_000 : 1_000_000 }
    var monthEvents: Int { quick ? 100_000 : 1_000_000 }
    var changes: Int { quick ? 60 : 300 }
    /// Live callers on the start-up floors: the console's first frame shows them.
    let live = 200

    /// Every row; with `reportOnly`, the month report's alone (the
    /// `floor-report` section: a few minutes less, for re-measuring it).
    func run(reportOnly: Bool = false) throws {
        defer { BenchPostgres.stopIfStarted() }
        let scratch = try ScratchRoot()
        defer { scratch.remove() }
        note("scratch \(scratch.path); PostgreSQL at \(PostgresAddress.hidingPassword(try BenchPostgres.shared().adminURI))")
        var table = ResultTable(columns: kinds.map(\.title))
        if !reportOnly {
            try measureChanges(scratch: scratch, into: &table)
            try measureStartup(scratch: scratch, into: &table)
        }
        try measureReport(scratch: scratch, into: &table)

        print(table.render())
        print("""
            JSON dir wakes on inotify, PostgreSQL on LISTEN/NOTIFY; start-up is opening the floor to the console's first \
            frame (drawn headless); the report streams the month (segments / a cursor), folds it and builds all reports.
            """)
        print(targets(table))
    }

    /// Durable ring and claim throughput, then change-to-arrival.
    private func measureChanges(scratch: ScratchRoot, into table: inout ResultTable) throws {
        var throughput = ThroughputBench(operations: operations, rounds: quick ? 1 : 2, scratch: scratch)
        throughput.kinds = kinds
        for processes in [1, 16] {
            for work in ["ring", "claim"] {
                let row = "durable \(work), \(processes) process\(processes == 1 ? "" : "es") (ops/s)"
                note(row)
                table.add(row, try throughput.measure(work, processes: processes), digits: 0)
            }
        }

        note("change-to-arrival delay, \(changes) changes")
        let arrival = ArrivalBench(changes: changes, scratch: scratch)
        let delays = try kinds.map { try arrival.live($0) }
        table.add("change-to-arrival p50 (ms)", delays.map(\.p50), digits: 2)
        table.add("change-to-arrival p99 (ms)", delays.map(\.p99), digits: 2)
    }

    private func measureStartup(scratch: ScratchRoot, into table: inout ResultTable) throws {
        note("console start-up: building \(history) closed calls and \(live) waiting callers in each floor")
        let startupFloors = try kinds.map { kind in try fill(kind, scratch: scratch, name: "startup", events: closedCallHistory) }
        let startup = try medians(rounds: quick ? 5 : 15, of: zip(kinds, startupFloors).map { kind, floor in
            { _ = try ConsoleBench().firstFrame { try open(kind, floor, waiting: live) } }
        })
        table.add("console start-up, \(history) closed calls (ms)", startup, digits: 2)
    }

    private func measureReport(scratch: ScratchRoot, into table: inout ResultTable) throws {
        note("month report: building \(monthEvents) events of one month in each floor")
        let month = DateInterval(start: JournalCoding.parseDate("2026-10-01T00:00:00Z")!,
                                 end: JournalCoding.parseDate("2026-11-01T00:00:00Z")!)
        let file = scratch.fresh("month.jsonl")
        _ = try writeSyntheticMonth(events: monthEvents, in: month, to: file)
        let reportFloors = try kinds.map { kind in
            try fill(kind, scratch: scratch, name: "report") { put in try EventLines.forEach(inFile: file, put) }
        }
        let reports = try medians(rounds: 3, of: zip(kinds, reportFloors).map { kind, floor in
            { try report(over: open(kind, floor), month: month) }
        })
        table.add("month report, \(monthEvents) events (s)", reports.map { $0 / 1000 }, digits: 3)
    }

    // MARK: Building floors

    /// A fresh floor of `kind` holding `events` (handed over as `importJournal` takes them); its address.
    private func fill(_ kind: StoreKind, scratch: ScratchRoot, name: String,
                      events: (_ put: (Event) throws -> Void) throws -> Void) throws -> String {
        let floor = try kind.fresh("\(name)-\(kind.rawValue)", in: scratch)
        let started = Date()
        // A directory is built with larger segments (fewer compactions to wait for); its start-up
        // still reads one snapshot and the few events after it.
        let store: any CopyableFloor = kind == .json
            ? try DataDirectoryStore(path: floor, options: .init(segmentLimit: 10_000)) : try PostgresStore(uri: floor)
        try store.importJournal(events)
        note("  \(kind.title): \(store.state.lastSeq) events in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        return floor
    }

    /// `history` callers who rang and hung up while waiting (two events
    /// each), then `live` callers still waiting.
    private func closedCallHistory(_ put: (Event) throws -> Void) throws {
        let start = Date().addingTimeInterval(-Double(history) - 3600)
        var seq = 0
        func emit(_ at: Date, _ body: EventBody) throws {
            seq += 1
            try put(Event(seq: seq, at: at, agent: nil, user: "bench", body: body))
        }
        for n in 0..<(history + live) {
            let at = start.addingTimeInterval(Double(n))
            let id = "C\(n + 1)"
            let call = Call(id: id, customer: Customer(name: n < history ? "history \(n)" : "live \(n)", phone: "1380\(n % 100_000)"),
                            enqueuedAt: at)
            try emit(at, .callRung(CallRung(call: call)))
            if n < history { try emit(at.addingTimeInterval(0.5), .callAbandoned(CallRef(call: id))) }
        }
    }

    /// Opens a floor built above; `waiting` callers must be live on it (the start-up floors).
    private func open(_ kind: StoreKind, _ floor: String, waiting: Int = 0) throws -> any FloorStore {
        let store: any FloorStore = kind == .json ? try DataDirectoryStore(path: floor) : try PostgresStore(uri: floor)
        guard store.state.calls.count >= waiting else { throw BenchError("\(kind.title) opened with \(store.state.calls.count) live calls") }
        return store
    }

    // MARK: Timing

    /// Milliseconds of every report of `month`, read from `store`.
    private func report(over store: any FloorStore, month: DateInterval) throws {
        let config = MetricsConfig(day: BusinessDay(timeZone: TimeZone(identifier: "UTC")!))
        var data = ReportData(filter: ReportFilter(from: month.start, to: month.end, config: config, now: month.end))
        try store.forEachEvent(from: month.start, to: month.end) { data.apply($0) }
        let text = TextReportRenderer.render(ReportBuilder(data: data).document(ReportKind.allCases))
        guard ServiceLevelReport(data).total.offered > 0, !text.isEmpty else { throw BenchError("the month report found no calls") }
    }

    /// The issue's targets for the PostgreSQL floor (and the directory beside it).
    private func targets(_ table: ResultTable) -> String {
        func mark(_ ok: Bool) -> String { ok ? "met " : "MISS" }
        var lines = ["targets (issue 16):"]
        for (column, kind) in kinds.enumerated() {
            if let claims = table.value("durable claim, 16 processes (ops/s)", column) {
                lines.append("  [\(mark(claims >= 1000))] \(kind.title): claims from 16 processes \(Int(claims))/s, at least 1000/s")
            }
            if let p99 = table.value("change-to-arrival p99 (ms)", column) {
                lines.append("  [\(mark(p99 < 50))] \(kind.title): change-to-arrival p99 \(String(format: "%.2f", p99)) ms, under 50 ms")
            }
            if let start = table.value("console start-up, \(history) closed calls (ms)", column) {
                lines.append("  [\(mark(start < 100))] \(kind.title): console start-up \(String(format: "%.2f", start)) ms, under 100 ms")
            }
            if let seconds = table.value("month report, \(monthEvents) events (s)", column) {
                lines.append("  [\(mark(seconds < 2))] \(kind.title): month report \(String(format: "%.3f", seconds)) s, under 2 s")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func note(_ text: String) {
        FileHandle.standardError.write(Data("… \(text)\n".utf8))
    }
}
