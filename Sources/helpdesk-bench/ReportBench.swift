import Foundation
import HelpDeskCore
import HelpDeskReports

/// The month-report benchmark (issue 7): a synthetic month of `events`
/// events is written as a JSON Lines journal to a temporary file (streamed,
/// so building it costs no memory), then timed: read in 4 MB chunks, decode
/// every line, fold into `ReportData`, and build all five reports. Prints
/// the time and the process's peak resident memory (VmHWM). Target: a
/// million events in under 2 s and 200 MB.
func runReportBench(events: Int) -> String {
    let path = NSTemporaryDirectory() + "helpdesk-report-bench-\(getpid()).jsonl"
    defer { unlink(path) }
    let month = DateInterval(start: JournalCoding.parseDate("2026-10-01T00:00:00Z")!,
                             end: JournalCoding.parseDate("2026-11-01T00:00:00Z")!)
    let written: Int
    do {
        written = try writeSyntheticMonth(events: events, in: month, to: path)
    } catch {
        return "report bench: cannot write \(path): \(error)"
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0

    let config = MetricsConfig(day: BusinessDay(timeZone: TimeZone(identifier: "UTC")!))
    let filter = ReportFilter(from: month.start, to: month.end, config: config, now: month.end)
    let start = DispatchTime.now()
    var data = ReportData(filter: filter)
    do {
        try EventLines.forEach(inFile: path) { data.apply($0) }
    } catch {
        return "report bench: cannot read back \(path): \(error)"
    }
    let doc = ReportBuilder(data: data).document(ReportKind.allCases)
    let text = TextReportRenderer.render(doc)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let figures = ServiceLevelReport(data).total
    return """
        report bench: \(written) events (\(size / 1_000_000) MB of JSON Lines), one month, all five reports
          decode + fold + report: \(String(format: "%.3f", seconds)) s (\(String(format: "%.2f", seconds * 1e6 / Double(max(1, written)))) µs/event)
          peak memory (VmHWM): \(peakMemoryMB()) MB
          check: offered \(figures.offered), answered \(figures.answered), complaints \(data.complaints.count), \(text.count) characters of report
        """
}

/// Writes about `events` events of a busy floor in `month`: 40 agents,
/// calls every few seconds (ring, claim, hang-up, completion, satisfaction;
/// one in twelve abandoned), a complaint on one call in twenty with its
/// lifecycle. Returns how many events were written.
func writeSyntheticMonth(events target: Int, in month: DateInterval, to path: String) throws -> Int {
    guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
    guard let out = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
    defer { try? out.close() }
    let encoder = JournalCoding.encoder()
    let categories = ComplaintCategory.allCases
    let branches = ["广州", "深圳", "南宁", "海口"]
    var seq = 0
    var chunk = Data()
    func emit(_ at: Date, _ agent: String?, _ body: EventBody) throws {
        seq += 1
        chunk.append(try encoder.encode(Event(seq: seq, at: at, agent: agent, user: "bench", body: body)))
        chunk.append(0x0A)
        if chunk.count > 4 << 20 { out.write(chunk); chunk.removeAll(keepingCapacity: true) }
    }
    let calls = max(1, target / 5)
    let spacing = month.duration / Double(calls)
    var i = 0
    while seq < target {
        let at = month.start.addingTimeInterval(Double(i) * spacing)
        let id = "C\(i + 1)"
        let agent = "A\(i % 40 + 1)"
        let customer = Customer(name: "王伟", surname: "王", honorific: "先生", phone: "138\(10_000_000 + i % 90_000_000)",
                                branch: branches[i % 4], language: .zh)
        try emit(at, nil, .callRung(CallRung(call: Call(id: id, customer: customer, enqueuedAt: at))))
        if i % 12 == 0 {
            try emit(at.addingTimeInterval(Double(i % 50)), nil, .callAbandoned(CallRef(call: id)))
        } else {
            let answered = at.addingTimeInterval(Double(i % 40))
            let ended = answered.addingTimeInterval(Double(60 + i % 400))
            try emit(answered, agent, .callClaimed(CallClaimed(call: id, agent: agent)))
            try emit(ended, nil, .callEnded(CallRef(call: id)))
            try emit(ended.addingTimeInterval(30), agent, .callCompleted(CallCompleted(
                call: id, category: .repair, disposition: "answered", resolved: i % 5 != 0)))
            try emit(ended.addingTimeInterval(31), agent, .satisfaction(SatisfactionRecorded(call: id, answer: .score(1 + i % 5))))
            if i % 20 == 1 {
                let complaint = Complaint(id: "K\(i)", call: id, customer: customer, category: categories[i % categories.count],
                                          branch: customer.branch, keyPoints: "上门时间不对", promisedBy: ended.addingTimeInterval(86400),
                                          owner: agent, openedAt: ended)
                try emit(ended.addingTimeInterval(32), agent, .complaintFiled(ComplaintFiled(complaint: complaint)))
                try emit(ended.addingTimeInterval(Double(3600 * (1 + i % 40))), agent,
                         .complaintChanged(ComplaintChanged(complaint: "K\(i)", status: .resolved)))
            }
        }
        i += 1
    }
    if !chunk.isEmpty { out.write(chunk) }
    return seq
}

/// Peak resident memory of this process in MB, from /proc/self/status.
func peakMemoryMB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return -1 }
    return kb / 1024
}
